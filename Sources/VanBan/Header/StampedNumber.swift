import PCRE2
/// The running number an e-office system stamps into a blank "Số" at signing. The printed form leaves it out
/// ("Số -CV/ĐU"), and the stamp's digits sit in the text layer after the signer's stamp, where pdftotext writes
/// them: "ĐẢNG UỶ XÃ CÔNG HẢI" / "07-11-2025 09:02:57 +07:00" / "177". That number is 177-CV/ĐU.
///
/// Only a line of digits right under the signing time counts: the time with seconds and the Vietnam offset is the
/// stamp's own mark, so a page number or a table's cell is not read as the number. The number's text stays as
/// written (its span is the "Số" line); `canonical` and `sequence` carry the stamped digits.
enum StampedNumber {
    /// The running number alone on its line (1 to 99,999).
    private static let digitsOnly = try! Pattern(#"^\s*(?<digits>[1-9]\d{0,4})\s*$"#)

    /// The digits stamped beside the signing time at `index`: on the line under it, or over the signer's stamp, the
    /// name of the body in capitals between ("Nguyễn Đăng Quang" / "298" / "ĐẢNG UỶ XÃ CÔNG HẢI" / "26-01-2026 15:11:22
    /// +07:00").
    private static func stampedDigits(around index: Int, in lines: ArraySlice<TextLine>) -> Substring? {
        if index + 1 < lines.endIndex, let digits = digitsOnly.firstMatch(in: lines[index + 1].text)?["digits"] { return digits }
        guard index - 2 >= lines.startIndex, VietnameseText.isUppercase(lines[index - 1].text),
              HeaderPatterns.startsOrganisation(lines[index - 1].text.trimmingCharacters(in: .whitespaces)) else { return nil }
        return digitsOnly.firstMatch(in: lines[index - 2].text)?["digits"]
    }

    /// Gives a number whose running part is blank the digits stamped under the first signing time in `lines`;
    /// true when it did.
    @discardableResult
    static func fill(_ header: inout Header, from lines: ArraySlice<TextLine>) -> Bool {
        guard let number = header.number, number.sequence == nil,
              number.canonical.first == "-" || number.canonical.first == "/" else { return false }
        var index = lines.startIndex
        while index < lines.endIndex {
            defer { index += 1 }
            guard HeaderPatterns.signingTimeLine.matches(lines[index].text),
                  let digits = stampedDigits(around: index, in: lines),
                  var stamped = NumberParser.parse(digits + number.canonical), stamped.sequence == Int(digits) else { continue }
            stamped.text = number.text
            header.number = stamped
            return true
        }
        return false
    }
}
