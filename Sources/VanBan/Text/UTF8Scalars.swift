/// Reading scalars straight off UTF-8 bytes, for the few passes that run over every byte of a text and make no
/// string of what they skip (`SubjectSpelling`, `TextMixedToneStyle`).
extension VietnameseText {
    /// The scalar value that starts at byte `index` of valid UTF-8, and its width in bytes. A sequence cut short at
    /// the end reads as U+10FFFF (no letter) over the bytes left.
    @inline(__always)
    static func scalar(inUTF8 bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= bytes.count else { return (0x10FFFF, bytes.count - index) }
        switch width {
        case 1: return (UInt32(lead), 1)
        case 2: return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case 3: return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        default:
            return (UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                        | UInt32(bytes[index + 3] & 0x3F), 4)
        }
    }
}
