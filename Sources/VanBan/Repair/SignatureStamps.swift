import PCRE2
/// Drops the stamp a digital signature prints into the text layer wherever the PDF carries it:
/// "Ký bởi: CÔNG BÁO …" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày ký: 2026-05-21 08:05:48 +07:00", or the
/// older "Người ký: …" / "Email: …" / "Thời gian ký: 12.07.2021 09:09:40 +07:00". A gazette prints it in the
/// middle of the body; on a signed scan it stands above the header. A run of labelled lines is a stamp only
/// when it opens with the signer and holds the signing time, so a "Cơ quan:" line of a form stays. A signed
/// copy's stamp opens with its mark and the copying body unlabelled: "SAO Y" / "Ngân hàng Nhà nước Việt Nam" /
/// "Thời gian ký: 24/04/2023 01:01:25 +07:00" (not the document's type: a copy's own slip prints "SAO Y" under
/// a header of its own).
struct SignatureStamps: Repair {
    static let id = "signature-stamps"

    private static let signer = try! Pattern(#"^\s*(?:Ký bởi|Người ký)\s*:"#, requiringOneOf: ["Ký bởi", "Người ký"])
    private static let copyMark = try! Pattern(#"^\s*(?:SAO Y|SAO LỤC|BẢN SAO)\s*$"#, requiringOneOf: ["SAO"])
    /// Unlabelled lines after a copy's mark before its labels: the body that made the copy.
    private static let copyingBody = 2
    private static let label = try! Pattern(#"^\s*(?:Ký bởi|Người ký|Email|Cơ quan|Chức vụ|Địa chỉ|Ngày ký|Thời gian ký|Giờ ký)\s*:"#)
    /// The signing time: a date and a clock time with minutes ("10.11.2023 15:36", "2026-05-21 08:05:48").
    private static let signingTime = try! Pattern(#"(?:Ngày ký|Thời gian ký|Giờ ký)\s*:.*\d{1,2}:\d{2}"#)

    /// Lines a stamp takes at most.
    private static let longest = 6

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var drop: [Range<Int>] = []
        var i = 0
        while i < lines.count {
            let copy = Self.copyMark.matches(lines[i].text)
            guard copy || Self.signer.matches(lines[i].text) else { i += 1; continue }
            var end = i + 1
            if copy {
                while end < lines.count, end - i <= Self.copyingBody, !lines[end].isBlank, !Self.label.matches(lines[end].text) { end += 1 }
            }
            while end < lines.count, end - i < Self.longest, !lines[end].isBlank, Self.label.matches(lines[end].text) { end += 1 }
            if lines[i..<end].contains(where: { Self.signingTime.matches($0.text) }) {
                drop.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return drop.isEmpty ? nil : lines.dropping(Set(drop.joined()))
    }
}
