/// A word's letters without marks as one number: what `bareKey` says of a word, without making a string, for
/// reading many words fast (`SubjectSpelling` weighs every word of a body by it).
extension VietnameseText {
    /// A word's letters without marks, five bits each, and their count: nil for a word of other characters or of
    /// more than ten letters.
    static func bareCode(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64? {
        var code: UInt64 = 0
        var count: UInt64 = 0
        for scalar in scalars {
            guard scalar.value < UInt32(bareLetterCodes.count) else { return nil }
            let letter = bareLetterCodes[Int(scalar.value)]
            guard letter != 0, count < 10 else { return nil }
            code = code << 5 | UInt64(letter)
            count += 1
        }
        return count == 0 ? nil : code | count << 58
    }

    /// Each scalar below U+1F00 that is a Latin letter: its letter without marks as 1 for "a" to 26 for "z" ("Ỗ" →
    /// "o", "Đ" → "d", as `bareLetter` reads it); 0 for anything else.
    /// Only ASCII and the blocks `bareLetter` reads marks off (Latin-1 to Extended-B, Extended Additional) are
    /// worked out: no other scalar below U+1F00 loses its marks to an ASCII letter, and building the whole
    /// table through `bareLetter` cost every run as much as parsing a short document.
    static let bareLetterCodes: [UInt8] = {
        var codes = [UInt8](repeating: 0, count: 0x1F00)
        for range in [0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1EA0...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
                      let ascii = bareLetter(Character(scalar)).asciiValue, ascii >= 0x61, ascii <= 0x7A else { continue }
                codes[value] = ascii - 0x60
            }
        }
        return codes
    }()
}
