import Testing
@testable import VanBan

/// HTML tables that OCR pipelines write into their Markdown (MinerU; held-out i03, k06).
@Suite struct HtmlTableReaderTests {
    static func tables(_ text: String) -> [Table] {
        if case .tables(let t, _)? = TableReaderTests.outcome(text) { return t }
        return []
    }

    @Test func cellsArePlacedByTheirSpans() throws {
        let text = #"<table><tr><td rowspan=2 colspan=1>STT</td><td rowspan=1 colspan=2>Thực hiện</td><td rowspan=2>Ghi chú</td></tr>"#
            + #"<tr><td>Chủ trì</td><td>Phối hợp</td></tr><tr><td>A</td><td colspan=3>NHIỆM VỤ CHUNG</td></tr>"#
            + #"<tr><td rowspan=2>1</td><td>Sở Tài chính</td><td>Sở Nội vụ &amp; Sở Tư pháp</td><td>Xong trước 30/6/2026</td></tr>"#
            + #"<tr><td>Sở Xây dựng</td><td>UBND xã<br>phường</td><td></td></tr></table>"#
        let table = try #require(Self.tables(text).first)
        #expect(table.columns == ["STT", "Thực hiện: Chủ trì", "Thực hiện: Phối hợp", "Ghi chú"])
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["A", "NHIỆM VỤ CHUNG", "", ""],
            ["1", "Sở Tài chính", "Sở Nội vụ & Sở Tư pháp", "Xong trước 30/6/2026"],
            ["", "Sở Xây dựng", "UBND xã phường", ""],
        ])
        #expect(table.rows[1].cells[0].rowSpan == 2)
        #expect(table.rows[1].cells[3].values.first.map { [$0.day, $0.month, $0.year] } == [30, 6, 2026])
        // Spans point at the cell as written, entity and all.
        #expect(table.rows[1].cells[2].span?.start.column == text.distance(from: text.startIndex, to: text.range(of: "Sở Nội vụ")!.lowerBound) + 1)
    }

    @Test func aSpanReachesNoFurtherThanTheTable() throws {
        let table = try #require(Self.tables("<table><tr><td>TT</td><td>Tên</td></tr><tr><td rowspan=999>1</td><td>Cấp phép</td></tr><tr><td>Gia hạn</td></tr></table>").first)
        #expect(table.rows.first?.cells.first?.rowSpan == 2)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["1", "Cấp phép"], ["", "Gia hạn"]])
    }

    @Test func aTableOverSeveralLines() {
        let text = "<table>\n<tr><th>TT</th><th>Tên thủ tục</th></tr>\n<tr><td>1</td><td>Cấp giấy phép</td></tr>\n<tr><td>2</td><td>Gia hạn</td></tr>\n</table>"
        #expect(Self.tables(text).first?.rows.count == 2)
    }

    @Test func aHeaderWithoutRowsIsUnreadable() {
        guard case .unreadable? = TableReaderTests.outcome("<table><tr><td>TT</td><td>Tên thủ tục hành chính</td></tr></table>") else {
            Issue.record("expected unreadable"); return
        }
    }

    /// Each table start reads only its own lines, and a grid without a header is kept as paragraphs: a text
    /// of many unclosed tables costs one pass, not one per line.
    @Test func anUnclosedTableEndsAtTheNextAndAnUnnamedOneIsUnreadable() {
        let lines = TableReaderTests.lines((0..<5).map { _ in "<table><tr><td>a</td><td>b</td></tr>" }.joined(separator: "\n"))
        guard case .unreadable(_, _, let end)? = HtmlTableReader().read(lines, from: 0) else { Issue.record("expected unreadable"); return }
        #expect(end == 1)
    }

    @Test func aLabelLineMayCarryItsTitleAndCaption() {
        let line = TextLine(text: "Phụ lục I DANH MỤC THỦ TỤC HÀNH CHÍNH (Ban hành kèm theo Quyết định số", line: 1)
        #expect(AppendixParser.opens(line))
        #expect(!AppendixParser.opens(TextLine(text: "Phụ lục I kèm theo Quyết định này (bản chính)", line: 1)))
    }
}

/// A Word table flattened with " | " whose cells hold several paragraphs, one per line (held-out m05).
@Suite struct PipeRowsOverLinesTests {
    static let text = """
        Số TT | Tên TTHC | Thời hạn giải quyết | Địa điểm thực hiện | Phí, lệ phí

        1 | Hỗ trợ chi phí chăn nuôi | 90 ngày | Nộp hồ sơ tại Bộ phận một cửa:
        - Trực tiếp.
        - Qua dịch vụ bưu chính.
        - Trực tuyến. | Không

        2 | Hỗ trợ đào tạo | 40 ngày | - Trực tiếp.
        - Trực tuyến. | Không
        """

    @Test func aRowGoesOnUntilItHasTheHeadersCells() throws {
        let table = try #require(HtmlTableReaderTests.tables(Self.text).first)
        #expect(table.rows.map { $0.cells.first?.text } == ["1", "2"])
        #expect(table.rows[0].cells[3].text == "Nộp hồ sơ tại Bộ phận một cửa: - Trực tiếp. - Qua dịch vụ bưu chính. - Trực tuyến.")
        #expect(table.rows[1].cells[4].text == "Không")
    }

    @Test func withoutANumberHeaderTheLinesAreNotJoined() {
        let garbled = Self.text.replacingOccurrences(of: "Số TT |", with: "l lớn „ |")
        #expect(PipeTableReader.rowsOverLines(TableReaderTests.lines(garbled), from: 0, width: 5) == nil)
    }
}
