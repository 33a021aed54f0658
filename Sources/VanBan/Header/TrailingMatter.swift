import PCRE2

/// What a law site prints under the document and is not part of it: the page's title again, its notice that no
/// English text exists, its lists of related documents ("## Văn bản liên quan" / "Ban hành: …" / "Hiệu lực: Đã biết"),
/// its comparison help, its attachments box and its account notices ("Cảm ơn đã dùng ThuVienPhapLuat.vn"). Nothing in
/// it is the document's: no citation, date or table is read from it.
enum TrailingMatter {
    /// The id in `source.repairs` of a text whose site matter was set aside.
    static let id = "site-footer"

    /// A line only a law site's page prints, never a document.
    private static let siteLine = try! Pattern(
        #"^\W*(?:Văn bản này chưa cập nhật nội dung Tiếng Anh|#*\s*Văn bản liên quan\s*$|NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN\s*$|Rà chuột vào nội dụng văn bản|FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN|FILE ATTACHED TO DOCUMENT|Cảm ơn đã dùng ThuVienPhapLuat)"#,
        requiringOneOf: ["Văn bản", "NỘI DUNG", "Rà chuột", "FILE", "Cảm ơn"])

    /// The closing's label or a signer's mode: the document has reached its end.
    private static let closing = try! Pattern(#"N[ơo]i\s+nh[ậa]n|NƠI\s+NHẬN|^\W*(?:TM|KT|TL|TUQ)\s*\.\s*\p{Lu}"#,
                                              requiringOneOf: ["Nơi", "Noi", "NƠI", "TM", "KT", "TL", "TUQ"])

    /// The first source line of the site's trailing matter, or nil when the text ends with the document. The page's
    /// title right above the first such line ("Quyết định 98/2025/QĐ-UBND phân cấp …") is the site's too. A mark is
    /// looked for under the closing, or in the text's second half where no closing was found: a site's tabs above the
    /// document ("Văn bản liên quan" among them) set nothing aside.
    static func firstLine(in lines: [TextLine]) -> Int? {
        let from = lines.firstIndex(where: { closing.matches($0.text) }) ?? lines.count / 2
        guard let first = lines[from...].firstIndex(where: { siteLine.matches($0.text) }) else { return nil }
        var start = first
        if let above = lines[..<first].lastIndex(where: { !$0.isBlank }), first - above <= 2,
           let word = lines[above].text.split(separator: " ").first, DocumentTypes.firstWords.contains(VietnameseText.foldKey(String(word))),
           !lines[above].text.hasSuffix(".") {
            start = above
        }
        return lines[start].firstLine
    }
}
