import Testing
@testable import VanBan

/// The table readers on text cut verbatim from the dev documents (shared/corpus/dev): each shape is
/// rebuilt with the right rows, cells, merged cells, values and spans; near misses give no table, and
/// tables that cannot be rebuilt with confidence are reported unreadable, never as wrong rows.
@Suite struct TableReaderTests {
    // MARK: Helpers

    /// Lines as the appendix parser sees them (page numbers at page breaks dropped).
    static func lines(_ text: String) -> [TextLine] {
        let read = LineReader.read(text)
        var lines = read.lines
        var repairs = read.repairs
        PageFurniture().run(&lines, repairs: &repairs)
        return lines
    }

    static func outcome(_ text: String) -> TableReadOutcome? { TableReader().read(lines(text), from: 0) }

    static func tables(_ text: String) -> [Table] {
        if case .tables(let t, _)? = outcome(text) { return t }
        return []
    }

    /// The first table read from `lines`' first line; throws when no table is read there.
    static func firstTable(_ lines: [TextLine]) throws -> Table {
        guard case .tables(let tables, _)? = TableReader().read(lines, from: 0), let first = tables.first else { throw NoTable() }
        return first
    }

    struct NoTable: Error {}

    /// The rows with merged cells repeated in the rows they cover (the HTML table model undone).
    static func grid(_ table: Table) -> [[String]] {
        var carried: [Int: (text: String, rows: Int)] = [:]
        return table.rows.map { row in
            var out: [String] = []
            var cells = row.cells[...]
            var next: [Int: (text: String, rows: Int)] = [:]
            while out.count < table.columns.count {
                let c = out.count
                if let m = carried[c], m.rows > 0 {
                    out.append(m.text)
                    if m.rows > 1 { next[c] = (m.text, m.rows - 1) }
                } else if let cell = cells.popFirst() {
                    out.append(cell.text)
                    if let n = cell.rowSpan, n > 1 { next[c] = (cell.text, n - 1) }
                } else { out.append("") }
            }
            #expect(cells.isEmpty, "a row has more cells than the table has columns")
            carried = next
            return out
        }
    }

    static func unreadableReason(_ text: String) -> String? {
        if case .unreadable(let reason, _, _)? = outcome(text) { return reason }
        return nil
    }

    // MARK: Rebuilt shapes, table-driven

    struct Shape: CustomStringConvertible, Sendable {
        var name: String
        var text: String
        var rows: [Int]
        var columns: Int
        var description: String { name }
    }

    static let shapes: [Shape] = [
        Shape(name: "pipe rows with a column-number header row (43, Biểu số 01)", text: pipeReport, rows: [4], columns: 5),
        Shape(name: "pipe rows without header, numbered labels (43, Phụ lục I index)", text: pipeIndex, rows: [4], columns: 2),
        Shape(name: "pipe rows with group rows I, II (43, Biểu số 03)", text: pipeGroups, rows: [6], columns: 5),
        Shape(name: "-layout coordinates over a page break with the header repeated (15)", text: layoutCoordinates, rows: [38], columns: 4),
        Shape(name: "-layout rows centred on their TT numbers (27)", text: layoutCentred, rows: [3], columns: 5),
        Shape(name: "-layout without row numbers, merged cells and a group row (58)", text: layoutMerged, rows: [3], columns: 7),
        Shape(name: "column by column, values run per column, page number dropped (17)", text: columnOrder, rows: [35], columns: 4),
        Shape(name: "column by column, two columns interleaved row by row (17)", text: columnOrderInterleaved, rows: [27], columns: 3),
        Shape(name: "tesseract OCR rows, garbled row numbers (55)", text: ocrRows, rows: [18], columns: 3),
        Shape(name: "fragments one per line, OCR-spaced header 'S TT' (21)", text: fragmentsOCR, rows: [7], columns: 3),
    ]

    @Test(arguments: shapes) func rebuilds(_ shape: Shape) {
        let found = Self.tables(shape.text)
        #expect(found.map(\.rows.count) == shape.rows)
        #expect(found.first?.columns.count == shape.columns)
        // Every row fills the columns exactly, merged cells included.
        for table in found { _ = Self.grid(table) }
    }

    // MARK: Near misses

    struct Miss: CustomStringConvertible, Sendable {
        var name: String
        var text: String
        /// nil: no table at all; otherwise a word of the unreadable reason.
        var reason: String?
        var description: String { name }
    }

    static let misses: [Miss] = [
        Miss(name: "a form header laid out with pipes is furniture, not a table (43)", text: pipeFormHeader, reason: nil),
        Miss(name: "Nơi nhận beside the signature in -layout (15)", text: layoutSignature, reason: nil),
        Miss(name: "two pipe rows without header or numbering", text: "Ghi chú | Nội dung một\nXem thêm | Nội dung hai", reason: nil),
        Miss(name: "justified prose with wide gaps", text: "Các   sở,   ban,   ngành   căn   cứ   chức   năng\nnhiệm vụ được giao, hướng dẫn nhà đầu tư.", reason: nil),
        Miss(name: "numbered paragraphs of justified -layout prose", text: [
            "Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh yêu cầu:",
            "1.  Các   sở,   ban,   ngành   căn   cứ   chức   năng   nhiệm   vụ",
            "được   giao   tổ   chức   thực   hiện   nghiêm   túc   Kế   hoạch.",
            "2.  Ủy   ban   nhân   dân   các   xã,   phường   chủ   động   phối",
            "hợp   với   các   cơ   quan   liên   quan   thực   hiện.",
            "3.  Giao   Sở   Công   Thương   theo   dõi,   tổng   hợp,   báo   cáo.",
        ].joined(separator: "\n"), reason: nil),
        Miss(name: "a pipe row with more cells than the header", text: "TT | Nội dung\n1 | Một | Hai | Ba", reason: "more cells"),
        Miss(name: "column by column: a page's values emitted after the next table (17)", text: columnOrderOrphan, reason: "matches no run"),
        Miss(name: "OCR with borders read as '[' and no header (29)", text: ocrBordered, reason: "cell borders"),
    ]

    @Test(arguments: misses) func doesNotInvent(_ miss: Miss) {
        #expect(Self.tables(miss.text).isEmpty)
        if let word = miss.reason {
            #expect(Self.unreadableReason(miss.text)?.contains(word) == true, "reason: \(Self.unreadableReason(miss.text) ?? "none")")
        }
    }

    // MARK: Cells, merged cells, values, spans

    @Test func pipeCellsAndSpans() throws {
        let table = try #require(Self.tables(Self.pipeReport).first)
        #expect(table.columns == ["TT (1)", "Chỉ tiêu (2)", "Đơn vị tính (3)", "Kết quả (4)", "Ghi chú (5)"])
        #expect(table.rows[3].cells.map(\.text) == ["4", "Thu nhập bình quân người lao động của dự án trong kỳ báo cáo", "Triệu đồng/người/tháng", "", ""])
        // Row 2 is line 4 of the text; its unit cell starts after "2 | Số nộp … báo cáo | ".
        let unit = try #require(table.rows[1].cells[2].span)
        #expect(unit.start.line == 4)
        #expect(unit.start.column == "2 | Số nộp ngân sách nhà nước của dự án trong kỳ báo cáo | ".count + 1)
        let groups = try #require(Self.tables(Self.pipeGroups).first)
        #expect(groups.rows.map { $0.cells[0].text } == ["I", "1", "2", "II", "3", "4"])
    }

    @Test func layoutCentredRows() throws {
        let table = try #require(Self.tables(Self.layoutCentred).first)
        #expect(table.columns == ["TT", "Tên đơn vị được kiểm tra", "Đối tượng kiểm tra", "Thời gian công bố Quyết định kiểm tra", "Thời hạn kiểm tra"])
        #expect(table.rows.map { $0.cells[1].text } == ["Công ty cổ phần xây dựng giao thông Yên Bái", "Tổng công ty xây dựng Trường Sơn", "Công ty TNHH Hiệp Phú"])
        // Row 1 holds both of its gói thầu; row 2 begins with the next one.
        #expect(table.rows[0].cells[2].text.hasPrefix("Gói thầu số 13:"))
        #expect(table.rows[0].cells[2].text.contains("Gói thầu số 14:"))
        #expect(table.rows[1].cells[2].text.hasPrefix("Gói thầu số 16"))
        #expect(table.rows[0].cells[3].values.first?.value == "2026-03-23")
        #expect(table.rows[2].cells[4].text == "02 ngày")
        // The date cell points at its original place: line 6 of the text, where "23/3/2026" stands.
        let date = try #require(table.rows[0].cells[3].span)
        let line6 = String(Self.layoutCentred.split(separator: "\n", omittingEmptySubsequences: false)[5])
        #expect(date.start.line == 6)
        #expect(date.start.column == String(line6[..<line6.range(of: "23/3/2026")!.lowerBound]).unicodeScalars.count + 1)
        // The row spans run from its first to its last original line.
        #expect(table.rows[0].span.start.line == 4 && table.rows[0].span.end.line == 8)
        #expect(table.rows[2].span.start.line == 18 && table.rows[2].span.end.line == 20)
    }

    @Test func layoutMergedCellsAndGroupRow() throws {
        let table = try #require(Self.tables(Self.layoutMerged).first)
        #expect(table.columns.first == "STT")
        #expect(table.columns.last == "GHI CHÚ")
        #expect(table.rows[0].cells[1].text == "Lĩnh vực vật liệu nổ công nghiệp")
        #expect(table.rows[0].cells.filter { !$0.text.isEmpty }.count == 1)
        let task = table.rows[1].cells[1]
        #expect(task.rowSpan == 2)
        #expect(task.text.hasPrefix("Huấn luyện, kiểm tra, cấp, cấp lại giấy chứng nhận"))
        #expect(task.text.hasSuffix("181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ."))
        #expect(task.values.map(\.value) == ["2024-12-31"])
        #expect(table.rows[1].cells[2].rowSpan == 2)
        #expect(table.rows[1].cells[2].text.contains("146/2025/NĐ-CP ngày 12/6/2025"))
        #expect(Self.grid(table).map { $0[5] } == ["", "2.000229", "2.000210"])
        #expect(Self.grid(table)[2][3] == "Cấp lại giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp thuộc thẩm quyền của Sở Công Thương.")
        // The merged cells are left out of the row they cover (HTML table model) …
        #expect(table.rows[2].cells.count == 5)
        // … and repeated there when the table is laid out as a grid.
        #expect(Self.grid(table)[2][1] == task.text)
    }

    @Test func layoutMergedValueAndRepeatedHeader() throws {
        let table = try #require(Self.tables(Self.layoutCoordinates).first)
        #expect(table.columns == ["Tên điểm Mốc", "Hệ tọa độ VN 2,000, kinh tuyến trục 104º45’, múi chiếu 3º X",
                                  "Hệ tọa độ VN 2,000, kinh tuyến trục 104º45’, múi chiếu 3º Y", "Diện tích (m2)"])
        #expect(table.rows.map { $0.cells[0].text } == (1...38).map { "M\($0)" })
        #expect(table.rows[17].cells.map(\.text) == ["M18", "2498298,08", "407218"])
        // The area printed once in the middle of the page covers the page's 35 rows.
        #expect(table.rows[0].cells[3].text == "763.876,85")
        #expect(table.rows[0].cells[3].rowSpan == 35)
        #expect(table.rows[0].cells[3].span?.start.line == 21)
        // After the page break the geometry shifts; the rows go on.
        #expect(table.rows[35].cells.map(\.text) == ["M36", "2497875,51", "407312,41", ""])
        #expect(Self.grid(table)[34][3] == "763.876,85" && Self.grid(table)[35][3] == "")
        #expect(table.rows[35].span.start.line == 43)
    }

    @Test func columnOrderCells() throws {
        let table = try #require(Self.tables(Self.columnOrder).first)
        #expect(table.rows[0].cells.map(\.text) == ["M1", "2498697,55", "407129,25", "763.876,85"])
        #expect(table.rows[0].cells[3].rowSpan == 35)
        #expect(table.rows[34].cells.map(\.text) == ["M35", "2497896,76", "407299,68"])
        // Each cell points at its own original line: M2 is line 9, its X line 46, its Y line 83.
        #expect(table.rows[1].cells.compactMap { $0.span?.start.line } == [9, 46, 83])
        let interleaved = try #require(Self.tables(Self.columnOrderInterleaved).first)
        #expect(interleaved.columns == ["Tên điểm Mốc", "Hệ tọa độ VN 2,000, kinh tuyến 105, múi chiếu 6º X", "Hệ tọa độ VN 2,000, kinh tuyến 105, múi chiếu 6º Y"])
        #expect(interleaved.rows[0].cells.map(\.text) == ["M1", "2498125,02", "381456,27"])
        #expect(interleaved.rows[26].cells.map(\.text) == ["M27", "2497503,93", "381554,44"])
    }

    /// A page break inside a column of values, as pdftotext writes it (the page's number, a blank line, a form feed
    /// opening the next page): the column goes on over it.
    @Test func columnOrderValuesOverAPageBreak() throws {
        var lines = Self.columnOrder.components(separatedBy: "\n")
        let tenth = try #require(lines.indices.filter { lines[$0].hasPrefix("2498") }.dropFirst(9).first)
        lines[tenth] = "\u{0C}" + lines[tenth]
        lines.insert(contentsOf: ["5", ""], at: tenth)
        let table = try #require(Self.tables(lines.joined(separator: "\n")).first)
        #expect(table.rows.count == 35)
        #expect(table.rows[34].cells.map(\.text) == ["M35", "2497896,76", "407299,68"])
    }

    @Test func ocrRowsWithGarbledNumbersAndMiddleLines() throws {
        let table = try #require(Self.tables(Self.ocrRows).first)
        #expect(table.columns == ["TT", "Chỉ tiêu", "Mục tiêu"])
        #expect(table.rows.map { $0.cells[0].text } == ["1", "2.", "3.", "4.", "Ề", "6.", "z", "8", "9.", "10.", "1N", "12", "13.", "14.", "15.", "1ó.", "17.", "18"])
        #expect(table.rows[0].cells[2].text == "Tối thiểu 2%")
        // Row 2's number sits on its middle line: the line above it opens the row.
        #expect(table.rows[1].cells[1].text.hasPrefix("T¡ lệ các nguồn nước thải"))
        #expect(table.rows[1].cells[1].text.hasSuffix("động, liên tục"))
        #expect(table.rows[1].cells[2].text == "100%")
        #expect(table.rows[1].span.start.line == 4 && table.rows[1].span.end.line == 6)
        #expect(table.rows[16].cells.map(\.text) == ["17.", "Số công trình xây dựng xanh được chứng nhận trên cả nước", "1.200"])
    }

    @Test func fragmentRowsStopAtTheNextTitle() throws {
        let table = try #require(Self.tables(Self.fragmentsOCR).first)
        #expect(table.rows[0].cells.map(\.text) == ["1", "M óng Cái (Quảng N inh)", "Đông Hưng (Quảng Tây)"])
        #expect(table.rows[6].cells[1].text == "Lào Cai (Lào Cai)")
        #expect(!table.rows[6].cells[2].text.contains("P H"))
    }

    /// In an appendix, a table that cannot be rebuilt is a "table.unreadable" diagnostic with its reason,
    /// and its text stays in the body as paragraphs.
    @Test func unreadableTableStaysParagraphs() throws {
        let text = "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Quyết định số 1696/QĐ-UBND ngày 15/5/2026)\n\nTT | Nội dung\n1 | Một | Hai | Ba\n"
        var diagnostics: [Diagnostic] = []
        let appendix = try #require(AppendixParser().parse(Self.lines(text), starts: [0], diagnostics: &diagnostics).first)
        #expect(appendix.tables.isEmpty)
        let d = try #require(diagnostics.first { $0.rule == "table.unreadable" })
        #expect(d.message.contains("more cells"))
        #expect(d.span.start.line == 5)
        func texts(_ nodes: [OutlineNode]) -> [String] { nodes.flatMap { [$0.text ?? "", $0.title ?? ""] + texts($0.children) } }
        #expect(texts(appendix.body).joined(separator: " ").contains("Hai"))
    }

    /// A row whose wrapped cell goes on over a page break (numbers heading their rows), and a next page
    /// printed two columns further right: the continuation joins the row above, the cells keep their
    /// columns.
    @Test func layoutRowAcrossAPageBreak() throws {
        let text = [
            "STT   Tên đơn vị                      Thời gian            Ghi chú",
            "1     Sở Công Thương                  15/5/2025",
            "2     Ban Quản lý Khu kinh tế và      16/5/2025",
            "\u{0C}        các Khu công nghiệp tỉnh",
            "  3       Sở Tài chính                    17/5/2025            Họp trực tuyến",
        ].joined(separator: "\n")
        let table = try #require(Self.tables(text).first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["1", "Sở Công Thương", "15/5/2025", ""],
            ["2", "Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh", "16/5/2025", ""],
            ["3", "Sở Tài chính", "17/5/2025", "Họp trực tuyến"],
        ])
        #expect(table.rows[1].span.start.line == 3 && table.rows[1].span.end.line == 4)
        #expect(table.rows[2].cells[2].values.first?.value == "2025-05-17")
    }

    /// A `-layout` table whose rows are separated by blank lines and centred on their numbers, so a row's
    /// text starts lines above its "2" (a Quyết định of Sở Công Thương Lào Cai, 1050/QĐ-SCT, not in dev).
    static let layoutRowsAboveTheirNumbers = #"""
TT   Đơn vị kiểm tra       Địa chỉ Doanh nghiệp                                   Tên và địa chỉ Dự án

                                                      Gói thầu số 13: Thi công công trình nối Quốc lộ 32 với cao tốc Nội Bài -
1    Công ty cổ phần                                  Lào Cai (IC14) đoạn thi công từ Km0 - Km2+571 và khu tái định cư 1,
                       Số 779, TDP Nguyễn Thái học 7, phường Trung Tâm và xã Liên Sơn, tỉnh Lào Cai
      xây dựng giao
                        phường Yên Bái, tỉnh Lào Cai
      thông Yên Bái                                   Gói thầu số 14: Thi công công trình đường kết nối Mường La (Sơn La),
                                                      Than Uyên, Tân Uyên (Lai Châu), xã Mù Cang Chải, tỉnh Lào Cai

                                                    Gói thầu số 16 lý trình Km26+793+ Km30+00 thuộc dự án công trình đường
                                                    kết nối Mường La (Sơn La), Than Uyên, Tân Uyên (Lai Châu), Mù Cang
                                                    Chải, Văn Chấn (Yên Bái) với đường cao tốc Nội Bài - Lào Cai (IC15) xã
                      KM6+500, Đại lộ Thăng Long, Nậm Có, tỉnh Lào Cai
     Tổng công ty xây
2                     phường Xuân Phương, thành phố
     dựng Trường Sơn                                Gói thầu số 23 lý trình Km30+00 - Km40+00 thuộc dự án công trình đường
                      Hà Nội
                                                    kết nối Mường La (Sơn La), Than Uyên, Tân Uyên (Lai Châu), Mù Cang
                                                    Chải, Văn Chấn (Yên Bái) với đường cao tốc Nội Bài - Lào Cai (IC15) xã
                                                    Nậm Có, tỉnh Lào Cai

     Công ty TNHH Tổ dân phố Chè 8, phường An Gói thầu số 15: Thi công công trình đường kết nối Mường La (Sơn La), Than
3
     Hiệp Phú     Tường, tỉnh Tuyên Quang     Uyên, Tân Uyên (Lai Châu), xã Mù Cang Chải, tỉnh Lào Cai

"""#

    @Test func layoutRowStartsAboveItsNumberAfterABlankLine() throws {
        let table = try #require(Self.tables(Self.layoutRowsAboveTheirNumbers).first)
        #expect(table.rows.count == 3)
        #expect(table.rows.map { $0.cells[0].text } == ["1", "2", "3"])
        #expect(table.rows[1].cells[1].text == "Tổng công ty xây dựng Trường Sơn")
        #expect(table.rows[1].cells[3].text.hasPrefix("Gói thầu số 16 lý trình"))
        #expect(table.rows[1].cells[3].text.contains("Gói thầu số 23"))
    }

    @Test func layoutNumbersOutOfSequenceAreUnreadable() {
        let text = [
            "STT   Tên đơn vị                      Thời gian",
            "1     Sở Công Thương                  15/5/2025",
            "2     Sở Xây dựng                     16/5/2025",
            "5     Sở Tài chính                    17/5/2025",
        ].joined(separator: "\n")
        #expect(Self.tables(text).isEmpty)
        #expect(Self.unreadableReason(text)?.contains("does not follow") == true)
    }

    /// Appendix labels as OCR leaves them: letters spaced out ("P H Ụ LỤ C 2", 21), specks before the
    /// label ("„ Sa „ Phụ lục", 55); words or a list bullet before "Phụ lục" do not open an appendix.
    @Test(arguments: [
        ("P H Ụ LỤ C 2", true), ("PH Ụ LỤ C 1", true), ("„ Sa „ Phụ lục", true), ("PHỤ LỤC SỐ 1", true),
        ("Phụ lục", true), ("Về Phụ lục", false), ("- Phụ lục I", false), ("Chi tiết theo Phụ lục đính kèm", false),
    ])
    func appendixLabels(_ text: String, _ opens: Bool) {
        #expect(AppendixParser.opens(TextLine(text: text, line: 1)) == opens)
    }

    @Test func spacedLabelIsReadAsMeant() throws {
        var diagnostics: [Diagnostic] = []
        let appendix = try #require(AppendixParser().parse(Self.lines("P H Ụ LỤ C 2\nCÁC T U Y Ế N V Ậ N T Ả I"), starts: [0], diagnostics: &diagnostics).first)
        #expect(appendix.label == "PHỤ LỤC 2")
    }

    /// Column by column with bare row numbers: 1, 2, 3 one per line, then a run of values per column.
    @Test func columnOrderWithNumbers() throws {
        let text = ["STT", "1", "2", "3", "", "Số lượng", "12", "7", "30", "", "Tỉ lệ", "45,5", "12,0", "99,5"].joined(separator: "\n")
        let table = try #require(Self.tables(text).first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["1", "12", "45,5"], ["2", "7", "12,0"], ["3", "30", "99,5"]])
        #expect(table.columns == ["STT", "Số lượng", "Tỉ lệ"])
    }

    // MARK: The text of the dev documents

    static let pipeReport = #"""
TT | Chỉ tiêu | Đơn vị tính | Kết quả | Ghi chú
(1) | (2) | (3) | (4) | (5)
1 | Doanh thu của dự án trong kỳ báo cáo  | Tỷ đồng |   |  
2 | Số nộp ngân sách nhà nước của dự án trong kỳ báo cáo | Tỷ đồng |   |  
3 | Tổng số lao động (có hợp đồng lao động) làm việc tại dự án trong kỳ báo cáo | Người |   |  
4 | Thu nhập bình quân người lao động của dự án trong kỳ báo cáo  | Triệu đồng/người/tháng |   |  
"""#

    static let pipeIndex = #"""
Biểu số 01 | Tình hình hoạt động của dự án đầu tư trong cụm công nghiệp
Biểu số 02 | Tình hình hoạt động của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp
Biểu số 03 | Tổng hợp tình hình cụm công nghiệp trên địa bàn cấp huyện
Biểu số 04 | Tổng hợp tình hình cụm công nghiệp trên địa bàn cấp tỉnh
"""#

    static let pipeGroups = #"""
TT | Chỉ tiêu | Đơn vị tính | Kết quả (Luỹ kế đến thời điểm báo cáo) | Ghi chú |  
(1) | (2) | (3) | (4) | (5) |  
I | Phương án phát triển cụm công nghiệp |   |   |   |  
1 | Số lượng cụm công nghiệp theo phương án phát triển cụm công nghiệp | Cụm |   |   |  
2 | Tổng diện tích các cụm công nghiệp theo phương án phát triển cụm công nghiệp | ha |   |   |  
II | Thành lập, đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp |   |   |   |  
3 | Số lượng cụm công nghiệp đã thành lập | Cụm |   |   |  
4 | Tổng diện tích các cụm công nghiệp đã thành lập | ha |   |   |  
"""#

    static let pipeFormHeader = #"""
ỦY BAN NHÂN DÂN / TỈNH/THÀNH PHỐ … / ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc / ---------------
Số: …/QĐ-UBND | …, ngày … tháng … năm …
"""#

    static let layoutCoordinates = #"""
Tên       Hệ tọa độ VN 2,000, kinh tuyến trục 104º45’,   Diện tích
điểm                     múi chiếu 3º                      (m2)
Mốc               X                          Y
M1           2498697,55                  407129,25
M2            2498688,9                  407135,43
M3           2498667,33                   407149,1
M4           2498645,02                  407161,57
M5           2498622,04                  407172,79
M6           2498598,47                  407182,72
M7           2498574,36                  407191,34
M8           2498549,81                   407198,6
M9           2498524,89                   407204,5
M10          2498499,74                  407209,08
M11          2498474,47                   407212,5
M12          2498449,15                  407214,92
M13          2498423,82                  407216,52
M14          2498398,51                  407217,46
M15          2498373,27                  407217,91
M16          2498348,13                  407218,05
M17          2498323,08                  407218,03
M18          2498298,08                    407218        763.876,85
M19          2498273,08                  407217,97
M20           2498248,1                  407217,94
M21          2498223,19                  407217,97
M22          2498198,36                  407218,24
M23          2498173,64                   407218,9
M24          2498149,07                   407220,1
M25          2498124,66                    407222
M26          2498100,45                  407224,75
M27          2498076,49                  407228,48
M28          2498052,83                  407233,35
M29          2498029,52                  407239,47
M30          2498006,56                  407246,86
M31          2497983,98                  407255,49
M32          2497961,73                  407265,24
M33           2497939,8                  407275,95
M34          2497918,17                  407287,47
M35          2497896,76                  407299,68
\#u{0C}                               2

Tên    Hệ tọa độ VN 2,000, kinh tuyến trục 104º45’,   Diện tích
điểm                  múi chiếu 3º                      (m2)
M36       2497875,51                  407312,41
M37       2497854,39                  407325,52
M38       2497833,32                  407338,86
"""#

    static let layoutCentred = #"""
          Tên đơn vị được                                                                        Thời gian công bố     Thời hạn
  TT                                                Đối tượng kiểm tra
             kiểm tra                                                                            Quyết định kiểm tra   kiểm tra
                            Gói thầu số 13: Thi công công trình nối Quốc lộ 32 với cao tốc Nội
        Công ty cổ phần xây Bài - Lào Cai (IC14) đoạn thi công từ Km0 - Km2+571 và khu tái
   1     dựng giao thông    định cư 1, phường Trung Tâm và xã Liên Sơn, tỉnh Lào Cai                 23/3/2026         02 ngày
             Yên Bái        Gói thầu số 14: Thi công công trình đường kết nối Mường La (Sơn
                            La), Than Uyên, Tân Uyên (Lai Châu), Mù Cang Chải, tỉnh Lào Cai
                            Gói thầu số 16 lý trình Km26+793+ Km30+00 thuộc dự án công
                            trình đường kết nối Mường La (Sơn La), Than Uyên, Tân Uyên
                            (Lai Châu), Mù Cang Chải, Văn Chấn (Yên Bái) với đường cao tốc
         Tổng công ty xây Nội Bài - Lào Cai (IC15) xã Nậm Có, tỉnh Lào Cai
   2                                                                                                 25/3/2025         02 ngày
         dựng Trường Sơn Gói thầu số 23 lý trình Km30+00 - Km40+00 thuộc dự án công
                            trình đường kết nối Mường La (Sơn La), Than Uyên, Tân Uyên
                            (Lai Châu), Mù Cang Chải, Văn Chấn (Yên Bái) với đường cao tốc
                            Nội Bài - Lào Cai (IC15) xã Nậm Có, tỉnh Lào Cai
          Công ty TNHH       Gói thầu số 15: Thi công công trình đường kết nối Mường La (Sơn
   3                                                                                                 27/3/2025         02 ngày
            Hiệp Phú         La), Than Uyên, Tân Uyên (Lai Châu), Mù Cang Chải, tỉnh Lào Cai

       (*) Nếu có sự thay đổi về thời gian công bố Quyết định kiểm tra, Sở Công Thương sẽ thông báo bằng văn bản (Thông tin
liên hệ: Ông Đỗ Mạnh Cường, SĐT: 0983 XXX XXX).
"""#

    static let layoutMerged = #"""
                                                                  DANH MỤC TTHC ĐÃ CÔNG BỐ (NẾU CÓ)
        NỘI DUNG NHIỆM VỤ                CĂN CỨ PHÁP
STT                                                                                     LĨNH VỰC                    GHI CHÚ
             ỦY QUYỀN                        LÝ                  TÊN TTHC                                MÃ TTHC
                                                                                        CÔNG BỐ
      Lĩnh vực vật liệu nổ công nghiệp
                                                          Cấp giấy chứng nhận huấn
      Huấn luyện, kiểm tra, cấp, cấp                      luyện kỹ thuật an toàn vật
                                                                                      Vật liệu nổ công
      lại giấy chứng nhận huấn luyện                      liệu nổ công nghiệp thuộc                      2.000229
                                       Khoản 1 Điều 24 thẩm quyền của Sở Công nghiệp
      kỹ thuật an toàn vật liệu nổ
                                       Nghị    định    số Thương.
      công nghiệp quy định tại khoản
                                       146/2025/NĐ-CP
      1 Điều 6, Điều 9 và điểm b
                                       ngày 12/6/2025 của Cấp lại giấy chứng nhận
      khoản 1 Điều 18 Nghị định số                        huấn luyện kỹ thuật an toàn
                                       Chính phủ.                                     Vật liệu nổ công
      181/2024/NĐ-CP            ngày                      vật liệu nổ công nghiệp                        2.000210
      31/12/2024 của Chính phủ.                                                       nghiệp
                                                          thuộc thẩm quyền của Sở
                                                          Công Thương.
"""#

    static let layoutSignature = #"""
Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- Các cơ quan có tên tại Điều 3;
- Thường trực Tỉnh ủy (báo cáo);                         CHỦ TỊCH
- Chủ tịch UBND tỉnh;
- Các Phó Chủ tịch UBND tỉnh;
- Trung tâm Phục vụ HCC tỉnh;
- Các PCVP UBND tỉnh;
- Lưu: VT, KT(Long).


                                                        Nguyễn Tuấn Anh
"""#

    static let columnOrder = #"""
Tên
điểm

Hệ tọa độ VN 2,000, kinh tuyến trục
104º45’, múi chiếu 3º

Mốc
M1
M2
M3
M4
M5
M6
M7
M8
M9
M10
M11
M12
M13
M14
M15
M16
M17
M18
M19
M20
M21
M22
M23
M24
M25
M26
M27
M28
M29
M30
M31
M32
M33
M34
M35

X
2498697,55
2498688,9
2498667,33
2498645,02
2498622,04
2498598,47
2498574,36
2498549,81
2498524,89
2498499,74
2498474,47
2498449,15
2498423,82
2498398,51
2498373,27
2498348,13
2498323,08
2498298,08
2498273,08
2498248,1
2498223,19
2498198,36
2498173,64
2498149,07
2498124,66
2498100,45
2498076,49
2498052,83
2498029,52
2498006,56
2497983,98
2497961,73
2497939,8
2497918,17
2497896,76

Y
407129,25
407135,43
407149,1
407161,57
407172,79
407182,72
407191,34
407198,6
407204,5
407209,08
407212,5
407214,92
407216,52
407217,46
407217,91
407218,05
407218,03
407218
407217,97
407217,94
407217,97
407218,24
407218,9
407220,1
407222
407224,75
407228,48
407233,35
407239,47
407246,86
407255,49
407265,24
407275,95
407287,47
407299,68
5

Diện tích
(m2)

763.876,85

"""#

    static let columnOrderInterleaved = #"""
Tên điểm
Mốc
M1
M2
M3
M4
M5
M6
M7
M8
M9
M10
M11
M12
M13
M14
M15
M16
M17
M18
M19
M20
M21
M22
M23
M24
M25
M26
M27

Hệ tọa độ VN 2,000, kinh tuyến 105, múi
chiếu 6º
X
Y
2498125,02
381456,27
2498116,37
381462,43
2498094,77
381476,07
2498072,45
381488,5
2498049,46
381499,68
2498025,87
381509,57
2498001,76
381518,14
2497977,19
381525,36
2497952,27
381531,22
2497927,12
381535,75
2497901,85
381539,13
2497876,53
381541,51
2497851,21
381543,06
2497825,9
381543,96
2497800,67
381544,37
2497775,53
381544,46
2497750,49
381544,41
2497725,5
381544,33
2497700,51
381544,26
2497675,53
381544,18
2497650,62
381544,18
2497625,8
381544,41
2497601,08
381545,02
2497576,51
381546,18
2497552,11
381548,04
2497527,9
381550,75
2497503,93
381554,44
"""#

    static let columnOrderOrphan = #"""
Tên điểm
Mốc
M1
M2
M3
M4
M5
M6
M7
M8
M9
M10
M11
M12
M13
M14
M15
M16
M17
M18
M19
M20
M21
M22
M23
M24
M25
M26
M27

Diện tích
(m2)

408170,87
408422,27
408203,63
408129,22
407726,91
407669,34
407430,83
407315,74
407155,98
"""#

    static let ocrRows = #"""
TT Chỉ tiêu Mục tiêu
1 Tỉ lệ chỉ sự nghiệp bảo vệ môi trường trong tổng chỉ ngân | Tối thiểu
'_ | sách nhà nước hăng năm 2%
T¡ lệ các nguồn nước thải, khí thải lớn được quan trắc tự
2. R - 100%
động, liên tục
3. |TiIệ số ngày trong năm có chỉ số chất lượng môi trường không 80%
`] khí (AQD) ở mức tt và trung bình ở các đô thị đặc biệt °
Tỉ lệ cụm công nghiệp có nước thải được xử lý đạt quy R
4. jv I9 n Siế 100%
chuân môi trường
Ề Tỉ lệ nước thải sinh hoạt đô thị tại các đô thị đặc biệt và đô 10%
`] thị loại I được thu gom, xử lý đạt quy chuân môi trường °
6. | Tỉ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý 95%
z | Tỉ lệ chất thải rắn sinh hoạt ở khu vực nông thôn được thu N57
` | gom, xử ly °
8 Tỉ lệ chất thải rắn sinh hoạt được xử lý bằng phương pháp <30%
` | chôn lập trực tiếp so với lượng chât thải được thu gom °
9. | Tỉ lệ che phủ rừng 42%
Tỉ lệ diện tích các khu bảo tồn biển, ven biển so với diện tích
10. ¬¬ m Ra 6%
tự nhiên vùng biên quôc gia
Tỉ lệ số hộ dân thuộc khu vực thường xuyên xảy ra thiên tai
1N Ca da n 703%
có nhà ở an toàn
12 Ti lệ các hộ dân sinh sống ở nơi có nguy cơ cao xảy ra lũ 80%

-_| quét, sạt lở đất được di dời đến nơi an toàn °
13. | Tỉ trọng kinh tế xanh trên GDP 10%
14. | Tỉ lệ khu công nghiệp sinh thái trên cả nước 10%
15. | Tỉ trọng năng lượng tái tạo trong tổng cung năng lượng sơ cấp 26,1%
1ó. | Giảm tiêu hao năng lượng tính trên GDP/năm 1-1,5%
17. | Số công trình xây dựng xanh được chứng nhận trên cả nước 1.200
18 Giảm phát thải khí nhà kính của quốc gia so với kịch bản 9%

. 0

phát triển thông thường



===== Trang 12 =====

"""#

    static let ocrBordered = #"""
[Tờ trình thẩm định hoặc thẩm định điều chỉnh Báo cáo

Mẫu số 01 kinh tế - kỹ thuật đầu tư xây dựng

[Tờ trình thảm định hoặc thẩm định điều chinh Báo cáo

Vêusô2_  ghiên cím khả thì đầu tư xây dựng

[Tờ trình phê duyệt hoặc phê duyệt điều chỉnh Báo cáo

MỀMSÔÓ3_ linhtá-kỹ thuật đầu tr xây dựng

[Tờ trình phê duyệt hoặc phê duyệt điều chỉnh Báo cáo

"""#

    static let fragmentsOCR = #"""
S TT

Cửa khẩu V iệ t N am

Cửa khẩu T ru n g Quốc

1

M óng Cái (Quảng N inh)

Đông Hưng (Quảng Tây)

2

H ữu N g h ị (Lạng Sơn)

Hữu N g hị Quan (Quảng Tây)

3

T rà L ĩn h (Cao Bằng)

Long Bang (Quảng Tây)

4

Tà Lùng (Cao Bằng)

Thủy Khẩu (Quảng Tây)

5

M a L ù Thàng (L a i Châu)

K im T hủy Hà (Vân Nam)

6

Thanh T hủy (H à G iang)

Thiên Bảo (Vân Nam)

7

Lào Cai (Lào Cai)

Hà Khẩu (Vân Nam)
.

\#u{0C}P H Ụ LỤ C 2
CÁC T U Y Ế N V Ậ N T Ả I H À N G H ổ A V À H À N H K H Á C H Đ Ã M Ở
"""#

    static let scrambled = #"""
STT

NỘI DUNG NHIỆM VỤ ỦY QUYỀN

CĂN CỨ PHÁP
LÝ

GHI
CHÚ

DANH MỤC TTHC ĐÃ CÔNG BỐ
TÊN TTHC

I.

Lĩnh vực Vận chuyển hàng hóa nguy hiểm

1

Cấp, cấp điều chỉnh, cấp lại, thu hồi
Cấp Giấy phép vận chuyển hàng hóa
giấy phép vận chuyển hàng hóa nguy
nguy hiểm loại 1 (trừ vật liệu nổ công
hiểm đối với loại 1 (trừ vật liệu nổ
nghiệp, tiền chất thuốc nổ), 2, 3, 4, 9
Khoản 2 Điều 3
công nghiệp, tiền chất thuốc nổ), loại
Cấp điều chỉnh Giấy phép vận chuyển
Thông tư số
2, loại 3, loại 4, loại 9 theo quy định
15/2026/TT-BCT hàng hóa nguy hiểm loại 1 (trừ vật liệu
tại điểm b, điểm e khoản 4, khoản 6
ngày 25/3/2026 nổ công nghiệp, tiền chất thuốc nổ), 2,
Điều 44 Nghị định số 105/2025/NĐ3, 4, 9
của Bộ Công
CP của Chính phủ quy định chi tiết
Thương
Cấp lại Giấy phép vận chuyển hàng hóa
một số điều và biện pháp thi hành Luật
nguy hiểm loại 1 (trừ vật liệu nổ công
Phòng cháy, chữa cháy và cứu nạn,
nghiệp, tiền chất thuốc nổ), 2, 3, 4, 9
cứu hộ

II

Lĩnh vực An toàn vệ sinh lao động

1

Điều 27 Nghị
Cấp chứng chỉ kiểm định viên
định số
Cấp, cấp lại chứng chỉ kiểm định viên 146/2025/NĐ-CP
ngày 12/6/2025 Cấp lại chứng chỉ kiểm định viên
của Chính phủ

LĨNH VỰC
CÔNG BỐ

MÃ
TTHC

Vận chuyển hàng
1.014967
hóa nguy hiểm
Vận chuyển hàng
1.014968
hóa nguy hiểm
Vận chuyển hàng
1.014969
hóa nguy hiểm

An toàn vệ sinh
2.000140
lao động
An toàn vệ sinh
2.000066
lao động
"""#
}

/// Found by fuzzing shuffled corpus text: a Markdown separator row with only prose under it.
@Suite struct PipeTableEdgeTests {
    @Test func aSeparatorRowAloneIsNoTableAndNoCrash() {
        let lines = ["| --- | --- |", "Nội dung bình thường của văn bản."].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(PipeTableReader().read(lines, from: 0) == nil)
        let document = DocumentParser().parse(text: "PHỤ LỤC\n| --- | --- |\nNội dung.\n", name: "pl.txt")
        #expect(document.appendices.count == 1)
    }
}

/// A report form's table with its blank signing block laid out as a last row (dev 43). Without the blank line
/// between them (a docx text that drops them), the block ends the table and is no row of it.
@Suite struct PipeTableSigningBlockTests {
    @Test func aSigningBlockUnderTheRowsEndsTheTable() throws {
        let text = """
            TT | Chỉ tiêu | Đơn vị tính | Kết quả | Ghi chú
            (1) | (2) | (3) | (4) | (5)
            1 | Doanh thu của dự án trong kỳ báo cáo | Tỷ đồng |   |
            2 | Số nộp ngân sách nhà nước của dự án | Tỷ đồng |   |
              | …, ngày … tháng … năm … / NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT / (Chữ ký, họ và tên, chức danh, dấu)
            Biểu số 02. Tình hình hoạt động của dự án
            """
        let table = try #require(TableReaderTests.tables(text).first)
        #expect(table.rows.map { $0.cells[0].text } == ["1", "2"])
        #expect(TableText.signingBlock.matches("(Ký, ghi rõ họ tên)"))
        #expect(!TableText.signingBlock.matches("Ký kết hợp đồng ngày 12 tháng 3 năm 2024"))
    }
}

/// A vision model's Markdown of a table printed over two pages (held-out code-15 03): the heading's merged cells are
/// empty cells after it, the species under it; dashed sub-rows have an empty number cell; the second page prints the
/// heading again. One table, every line a row.
@Suite struct MarkdownTableOverPagesTests {
    static let text = """
        PHỤ LỤC
        ĐỊNH MỨC KINH TẾ - KỸ THUẬT

        | TT | Định mức lao động | Đơn vị tính | Yêu cầu định mức |  |  |
        |----|-------------------|-------------|------------------|---|---|
        |    |                   |             | Cá nheo mỹ | Cá rô phi | Cá chép V1 |
        |----|-------------------|-------------|------------|-----------|------------|
        | 1  | Định mức lao động trực tiếp |  |  |  |  |
        | 1.1| Lao động kỹ thuật |  |  |  |  |
        |    | - Giống bố mẹ | công/100kg cá | 10 | 15 | 145 |
        |    | - Giống hậu bị bố mẹ | công/vạn con | - | - | - |

        | TT  | Định mức lao động | Đơn vị tính | Yêu cầu định mức |  |  |
        |-----|-------------------|-------------|------------------|---|---|
        |     |                   |             | Cá nheo mỹ | Cá rô phi | Cá chép V1 |
        | 1.2 | Lao động phổ thông |  |  |  |  |
        | -   | Giống cá bố mẹ | công/100kg cá | 15 | 15 | 80 |
        """

    @Test func oneTableWithItsSubRowsAndSpannedColumns() throws {
        let document = DocumentParser().parse(text: Self.text, name: "pl.txt")
        let tables = document.appendices.flatMap(\.tables)
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.columns.suffix(3) == ["Yêu cầu định mức: Cá nheo mỹ", "Yêu cầu định mức: Cá rô phi", "Yêu cầu định mức: Cá chép V1"])
        #expect(table.rows.map { $0.cells[1].text } == ["Định mức lao động trực tiếp", "Lao động kỹ thuật", "- Giống bố mẹ",
                                                       "- Giống hậu bị bố mẹ", "Lao động phổ thông", "Giống cá bố mẹ"])
    }

    /// Held-out code-18 01: an index of procedures. A group's heading under a roman numeral is a row, not a line of the
    /// row above; the procedures' codes numbered 1, 2, 3 … ("01/QTTB") are no citations.
    @Test func aRomanGroupHeadingIsARowAndProcedureCodesAreNoCitations() throws {
        let text = """
            PHỤ LỤC
            DANH MỤC QUY TRÌNH

            | STT | Số hiệu | Tên quy trình | Trang |
            |-----|---------|---------------|-------|
            |     |         | I Quy trình điều khiển, kiểm tra thiết bị: |  |
            | 1   | 01/QTTB | Hệ thống thang máy | 4 |
            | 2   | 02/QTTB | Hệ thống điện | 6 |
            | 3   | 03/QTTB | Hệ thống thiết bị hội trường | 26 |
            |     |         | II Quy trình thực hiện các công tác vệ sinh: |  |
            | 1   | 01/QTVS | Công tác quét và lau sảnh | 28 |

            Căn cứ Quyết định số 02/QĐ-UBND ngày 05/01/2025 và văn bản số 3/SXD-KTXD.
            """
        let document = DocumentParser().parse(text: text, name: "pl.txt")
        let table = try #require(document.appendices.flatMap(\.tables).first)
        #expect(table.rows.map { $0.cells[2].text }.filter { $0.hasPrefix("I") } == ["I Quy trình điều khiển, kiểm tra thiết bị:", "II Quy trình thực hiện các công tác vệ sinh:"])
        #expect(table.rows.count == 6)
        #expect(Set(document.references.map(\.number.canonical)) == ["02/QĐ-UBND", "01/QTVS", "3/SXD-KTXD"])
    }

    /// Held-out code-15 01: the next page's part under a heading row of empty cells, one cell wider than the rows.
    @Test func aPartUnderAnEmptyHeadingGoesOnWithTheTableAbove() throws {
        let text = """
            PHỤ LỤC III
            ĐƠN GIÁ NHÀ TẠM, VẬT KIẾN TRÚC

            | Stt | Loại công trình | Đơn vị tính | Năm 2023 | Năm 2024 |
            |-----|-----------------|-------------|----------|----------|
            | III | Nhà sàn |  |  |  |
            | 1   | Nhà sàn khung gỗ | m² | 751.200 | 752.200 |

            |    |                  |                |   |        |         |
            |----|------------------|----------------|---|--------|---------|
            | IV | Quán             |                |   |        |         |
            | 1  | Cột tre, mái lá, nền đất | m² | 154.900 | 155.100 |
            """
        let tables = DocumentParser().parse(text: text, name: "pl.txt").appendices.flatMap(\.tables)
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.rows.map { $0.cells[0].text } == ["III", "1", "IV", "1"])
        #expect(table.rows.allSatisfy { $0.cells.count == 5 })
        #expect(table.rows[3].cells[4].text == "155.100")
    }
}

/// A Word table flattened with " | " and no borders (held-out d03): a heading spanning two sub-headings,
/// and a merged first cell that leaves rows starting with " | ".
@Suite struct PipeTableSubHeaderTests {
    static let text = """
        Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm | Thực hiện
         |  |  | Đơn vị chủ trì | Đơn vị phối hợp
        I | GIAI ĐOẠN 1: LẬP NHIỆM VỤ
        10-11/2019 | Xây dựng khung định hướng. | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Vật liệu xây dựng
         | Lấy ý kiến các Bộ, ngành. | Cơ quan tổ chức lập quy hoạch | Vụ Vật liệu xây dựng | -
        12/2019 | Trình Thủ tướng phê duyệt. | Cơ quan lập quy hoạch | Vụ Vật liệu xây dựng | - Vụ Pháp chế
        """

    @Test func theSpanningHeadingNamesItsSubColumns() throws {
        let table = try #require(TableReaderTests.tables(Self.text).first)
        #expect(table.columns == ["Thời gian", "Nội dung công việc", "Cơ quan chịu trách nhiệm",
                                  "Thực hiện: Đơn vị chủ trì", "Thực hiện: Đơn vị phối hợp"])
        let grid = TableReaderTests.grid(table)
        #expect(grid.count == 4)   // the stage row counts, as group rows do elsewhere
        #expect(grid[2] == ["", "Lấy ý kiến các Bộ, ngành.", "Cơ quan tổ chức lập quy hoạch", "Vụ Vật liệu xây dựng", "-"])
    }
}

/// An OCR'd table with "|" borders whose cells ran together (held-out e07).
@Suite struct PipeTableOCRTests {
    @Test func aGarbledRowNumberIsNoHeader() {
        let text = """
            Š1 |Xã Khánh Yên Đạt Đạt Đạt H 28 13
            52 |Xã Bảo Hà Đạt Đạt Đạt I ó0 35
            53 |Xã Phong Hải Đạt Không Đạt Đạt IH 15 9
            """
        #expect(TableReaderTests.tables(text).isEmpty)
    }

    @Test func rowsFillingHalfTheirHeadersColumnsAreUnreadable() {
        let text = """
            l lớn „| tộc thiểu số |KwYVWELÍ, rã ¿ số |Số thôn đặc biệt
            34 |Xã Gia Phú Đạt Không đạt Đạt H 42 Ễ
            35 |Xã Hợp Thành Đạt Đạt Đạt H 30 §
            36 |Xã Cảm Nhân Đạt Đạt Đạt H 24 10
            """
        #expect(TableReaderTests.tables(text).isEmpty)
        #expect(TableReaderTests.unreadableReason(text)?.contains("fill") == true)
    }
}

/// A document that is only an appendix, under a collector's note in prose (held-out e07).
@Suite struct AppendixAfterNoteTests {
    @Test func aNoteInProseAboveALabelIsNoHeader() {
        let text = """
            BẢN TRÍCH CHỮ BẰNG OCR (tesseract vie, 08/10/2026) — Phụ lục II kèm QĐ 2752/QĐ-UBND ngày 31/12/2025: danh sách xã
            CẢNH BÁO: cột khu vực in số La Mã, OCR hay đọc nhầm (II → H, I → | hoặc l). Soi ảnh PDF trước khi viện dẫn.

            PHỤ LỤC II
            DANH SÁCH XÃ KHU VỰC I, II, III
            1. Xã Văn Phú
            """
        let d = DocumentParser().parse(text: text, name: "pl.txt")
        #expect(d.header.documentType?.name == "Phụ lục")
        #expect(d.references.isEmpty)   // the note's "2752/QĐ-UBND" is not the appendix's citation
    }

    @Test func aHeaderAboveALabelIsStillAHeader() {
        #expect(DocumentParser.appendixLabel(afterNotesIn: ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "PHỤ LỤC II"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) }) == nil)
    }
}

/// Boundary points one per line, as tesseract leaves them (held-out e03).
@Suite struct CoordinateTableTests {
    @Test func pointsUnderAnXYHeaderAreRows() throws {
        let text = """
            Mốc X(m) Y(m)
            AI 431757.0513 2473109.7263
            A2 432648.8519 2471984.7766
            A12 432123.6344 2471237.1260 200 ha
            Al4 431636.8077 2471768.8796
            Tên điểm Hệ tọa độ VN 2.000, kinh tuyến 105
            """
        let table = try #require(TableReaderTests.tables(text).first)
        #expect(table.columns == ["Mốc", "X(m)", "Y(m)", ""])
        let grid = TableReaderTests.grid(table)
        #expect(grid.count == 4)
        #expect(grid[2] == ["A12", "432123.6344", "2471237.1260", "200 ha"])
        #expect(grid[0][0] == "AI")   // labels as OCR wrote them
    }

    @Test func fewerThanThreePointsOrNoHeaderIsNoTable() {
        #expect(TableReaderTests.tables("Mốc X(m) Y(m)\nA1 431757.0513 2473109.7263\nA2 432648.8519 2471984.7766").isEmpty)
        #expect(TableReaderTests.tables("A1 431757.0513 2473109.7263\nA2 432648.8519 2471984.7766\nA3 432816.3698 2471804.3611").isEmpty)
    }

    /// A block of pipe rows is tried from its first row, not again from every line inside it: a block no
    /// reader takes (20,000 rows of alternating widths) took minutes, once per line. A TT/STT header inside
    /// the block, or under a one-cell title row, is still a start.
    @Test func pipeRowsAreTriedOncePerBlock() {
        let lines = TableReaderTests.lines("|a |b |c |d |e |\n|x |y |\n|1 |Kiểm tra |\n|2 |Báo cáo |")
        #expect(PipeTableReader().read(lines, from: 1) == nil)
        let underJunk = TableReaderTests.lines("|a |b |c |d |e |\n|TT |Nội dung |\n|1 |Kiểm tra |\n|2 |Báo cáo |")
        if case .tables(let tables, _)? = PipeTableReader().read(underJunk, from: 1) {
            #expect(tables.first?.rows.count == 2)
        } else { Issue.record("a TT header inside a block is still a start") }
        let afterTitle = TableReaderTests.lines("| PHỤ LỤC |\n| TT | Nội dung |\n| 1 | Kiểm tra |\n| 2 | Báo cáo |")
        guard case .tables(let tables, _)? = PipeTableReader().read(afterTitle, from: 1) else {
            Issue.record("a header under a one-cell title row is still a start"); return
        }
        #expect(tables.first?.rows.count == 2)
    }
}
