import Testing
@testable import VanBan

/// Appendix tables as Word-to-PDF extractors print them (synthetic set 5: held-out documents re-typeset with
/// tables, through pdftotext, pypdf, PyMuPDF and docx-text).
@Suite struct AppendixTableShapesTests {
    static func appendices(_ text: String) -> [Appendix] { DocumentParser().parse(text: text, name: "t.txt").appendices }

    static let header = """
        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG NGÃI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 4074/KH-UBND
        Quảng Ngãi, ngày 06 tháng 7 năm 2017
        KẾ HOẠCH
        Thực hiện Chỉ thị số 20/CT-TTg
        I. MỤC ĐÍCH
        Các đơn vị báo cáo kết quả theo Phụ lục kèm theo.
        II. NHIỆM VỤ
        1. Văn phòng tổng hợp số liệu hằng tháng.
        2. Các phòng, ban chuyên môn báo cáo theo quý.
        3. Ủy ban nhân dân cấp xã báo cáo trước ngày 20 hằng tháng.

        """

    /// "Phụ lục số 01" alone over a title in capitals and a caption is an appendix even where the copy has no closing.
    @Test func aSentenceCaseLabelOverACaptionedTitleOpensAnAppendix() {
        let text = Self.header + """
            Phụ lục số 01
            PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHỈ TIÊU
            (Kèm theo Kế hoạch số 4074/KH-UBND ngày 06/7/2017 của UBND tỉnh)
            STT | Nhiệm vụ | Cơ quan chủ trì
            1 | Báo cáo tháng | Văn phòng
            2 | Báo cáo quý | Sở Tài chính
            """
        let appendices = Self.appendices(text)
        #expect(appendices.count == 1)
        #expect(appendices.first?.tables.first?.rows.count == 2)
    }

    /// A body sentence that starts with "Phụ lục" opens nothing.
    @Test func aBodySentenceStartingWithPhuLucStays() {
        let text = Self.header + "Phụ lục 01 kèm theo Kế hoạch này nêu các chỉ tiêu.\nCÁC ĐƠN VỊ THỰC HIỆN NGHIÊM TÚC\n(Kèm theo lời nhắc)\n"
        #expect(Self.appendices(text).isEmpty)
    }

    /// The STT header wrapped in its narrow cell ("ST" / "T"), and the total row under the numbered rows.
    @Test func aWrappedNumberHeaderAndATotalRowInReadingOrder() {
        let text = Self.header + """
            PHỤ LỤC
            KẾT QUẢ THỰC HIỆN
            (Kèm theo Kế hoạch số 4074/KH-UBND ngày 06/7/2017)
            ST
            T
            Tên đơn vị
            Số lượng
            1 Văn phòng 812
            2 Các phòng, ban chuyên môn 10.687
            3 Ủy ban nhân dân cấp xã 7.859
            Tổng cộng 19.358
            """
        let rows = Self.appendices(text).first?.tables.first?.rows
        #expect(rows?.count == 4)
        #expect(rows?.last?.cells.map(\.text).contains("Tổng cộng") == true)
    }

    /// In layout text the total row stands under the last numbered row without a number of its own.
    @Test func aTotalRowInLayoutText() {
        let text = Self.header + """
            PHỤ LỤC
            KẾT QUẢ THỰC HIỆN
            (Kèm theo Kế hoạch số 4074/KH-UBND ngày 06/7/2017)
            TT                 Tên đơn vị                  Số lượng   Số lượt
            1    Văn phòng                                   812      8.669
            2    Các phòng, ban chuyên môn                 10.687       57
            3    Ủy ban nhân dân cấp xã                     7.859      459
                            Tổng cộng                       19.358    9.185
            """
        let rows = Self.appendices(text).first?.tables.first?.rows
        #expect(rows?.count == 4)
        #expect(rows?.dropLast().last?.cells.map(\.text) == ["3", "Ủy ban nhân dân cấp xã", "7.859", "459"])
    }

    /// docx-text prints a heading Word merged over two columns once: the row under it has more cells, the names
    /// under the heading, and empty cells under the headings that span both rows.
    @Test func aMergedHeadingInTheMiddleOfAWordTable() {
        let lines = ["TT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện | Kết quả",
                     " |  |  | Bắt đầu | Kết thúc | ",
                     "1 | Rà soát nợ đọng | Sở Tài chính | Tháng 1/2013 | 30/8/2014 | Báo cáo",
                     "2 | Báo cáo tiến độ | Văn phòng | Tháng 3/2013 | 30/6/2014 | Hội nghị"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        guard case .tables(let tables, _)? = PipeTableReader().read(lines, from: 0) else { Issue.record("no table"); return }
        #expect(tables.first?.columns == ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện: Bắt đầu", "Thời gian thực hiện: Kết thúc", "Kết quả"])
        #expect(tables.first?.rows.count == 2)
    }

    /// antiword wraps a heading onto the next line with as many cells: that is no second header row of names.
    @Test func aWrappedHeadingIsNoSubHeader() {
        let lines = ["|STT |Địa bàn            |Kinh phí|Chỉ tiêu|", "|    |                  |(triệu  |giao    |", "|    |                  |đồng)   |        |",
                     "|1   |Tỉnh Tuyên Quang  |454     |59      |", "|2   |Sở Giáo dục       |159     |130     |"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        guard case .tables(let tables, _)? = PipeTableReader().read(lines, from: 0) else { Issue.record("no table"); return }
        #expect(tables.first?.columns.count == 4)
        #expect(tables.first?.rows.count == 2)
    }

    /// antiword draws a Word table with border pipes at the same columns: no Markdown, so its borders stay and a cell
    /// wrapped onto the next line (the row-number cell empty) goes on its row; the total row is a row.
    @Test func anAntiwordTableKeepsItsBorders() {
        let text = Self.header + """
            PHỤ LỤC
            KẾT QUẢ THỰC HIỆN
            (Kèm theo Kế hoạch số 4074/KH-UBND ngày 06/7/2017)

            |TT   |Tên đơn vị                      |Kết quả|Số lượng|Ghi   |
            |     |                                |đạt    |        |chú   |
            |1    |Văn phòng                       |812    |8.669   |Hoàn  |
            |     |                                |       |        |thành |
            |2    |Các phòng, ban chuyên môn       |10.687 |57      |Hoàn  |
            |     |                                |       |        |thành |
            |Tổng cộng                             |11.499 |8.726   |      |
            """
        let document = DocumentParser().parse(text: text, name: "t.txt")
        #expect(!document.source.repairs.contains(MarkdownMarkup.id))
        let table = document.appendices.first?.tables.first
        #expect(table?.columns == ["TT", "Tên đơn vị", "Kết quả đạt", "Số lượng", "Ghi chú"])
        #expect(table?.rows.count == 3)
        #expect(table?.rows.first?.cells.last?.text == "Hoàn thành")
    }

    /// antiword prints a row merged across the table with its outer borders only ("|I. Công tác …   |"), or with the
    /// label's cell kept ("|1   |Nhiệm vụ trọng tâm   |"): a section row, and the table's borders still hold (synthetic
    /// set 7).
    @Test func antiwordSectionRowsKeepSomeBorders() {
        let text = Self.header + """
            PHỤ LỤC
            DANH MỤC NHIỆM VỤ
            (Kèm theo Kế hoạch số 4074/KH-UBND ngày 06/7/2017)

            |TT  |Nhiệm vụ                       |Đơn vị chủ trì    |Thời gian     |
            |I. Công tác kiểm tra, giám sát                                        |
            |1   |Tổ chức hội thảo về đổi mới    |Các trường đại    |Trước ngày    |
            |    |sáng tạo với các trường        |học, cao đẳng     |30/11/2026    |
            |2   |Đánh giá mức độ chuyển đổi số  |Sở Tài chính      |Tháng 9/2026  |
            |II  |Nhiệm vụ trọng tâm                                               |
            |1   |Làm việc với các sở, ban, ngành|Công an tỉnh      |Quý I/2026    |
            |    |về kế hoạch chuyển đổi số      |                  |              |
            """
        let document = DocumentParser().parse(text: text, name: "t.txt")
        #expect(!document.source.repairs.contains(MarkdownMarkup.id))
        let rows = document.appendices.first?.tables.first?.rows.map { $0.cells.prefix(2).map(\.text) }
        #expect(rows == [["I", "Công tác kiểm tra, giám sát"], ["1", "Tổ chức hội thảo về đổi mới sáng tạo với các trường"],
                         ["2", "Đánh giá mức độ chuyển đổi số"], ["II", "Nhiệm vụ trọng tâm"],
                         ["1", "Làm việc với các sở, ban, ngành về kế hoạch chuyển đổi số"]])
    }

    /// docx-text: a section row merged across the table prints without pipes ("I. MỤC TIÊU") between the rows, and the
    /// column numbers stand under a two-row header; the label may carry its title after a colon.
    @Test func sectionRowsAndColumnNumbersInAWordTable() {
        let text = Self.header + """
            Phụ lục số 01: DANH MỤC NỘI DUNG VÀ KINH PHÍ
            (Kèm theo Kế hoạch số 4074/KH-UBND ngày 06/7/2017 của UBND tỉnh)
            STT | Nội dung | Năm 2026 | Ghi chú
             |  | Kế hoạch | Thực hiện | 
            (1) | (2) | (3) | (4) | (5)
            I. MỤC TIÊU
            1 | Tỷ lệ người biết chữ | 99 | 98 | 
            II. NHIỆM VỤ
            1 | Mở lớp xóa mù chữ | 68 | 60 | 
            2 | Cấp tài liệu | 317 | 300 | 
            """
        let table = Self.appendices(text).first?.tables.first
        #expect(table?.columns == ["STT", "Nội dung", "Năm 2026: Kế hoạch", "Năm 2026: Thực hiện", "Ghi chú"])
        #expect(table?.rows.map { $0.cells.first?.text ?? "" } == ["I", "1", "II", "1", "2"])
    }

    /// In layout text rows may be numbered on across the sections ("I", 1, 2, "II", 3): 3 follows 2, not "II".
    @Test func rowsNumberedOnAcrossSections() {
        let text = Self.header + """
            PHỤ LỤC
            NỘI DUNG CÔNG VIỆC
            (Kèm theo Kế hoạch số 4074/KH-UBND ngày 06/7/2017)
              TT         Nội dung công việc        Đơn vị chủ trì     Kinh phí
               I    PHẠM VI ĐIỀU CHỈNH
               1    Phạm vi điều chỉnh             Bộ Quốc phòng        111
               2    Những người đang hưởng         Bộ Tài chính         22.790
               II   ĐỐI TƯỢNG KHÔNG ÁP DỤNG
               3    Người đang chấp hành án        Bộ Quốc phòng        4.035
               4    Người được hưởng trợ cấp       Bộ Tài chính         491
            """
        let rows = Self.appendices(text).first?.tables.first?.rows
        #expect(rows?.map { $0.cells.first?.text ?? "" } == ["I", "1", "2", "II", "3", "4"])
    }

    /// Pandoc's grid table ("+----+----+" rules, aligned pipes) is Markdown: its pipes still go, as before.
    @Test func aPandocGridTableIsStillMarkdown() {
        let lines = ["+-------------------------------+--------------------------------------+",
                     "| **Nơi nhận:**\\                | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI**\\    |",
                     "| - Ban Tổ chức Trung ương;\\    | **CHỦ TỊCH**\\                         |",
                     "| - Kiểm toán nhà nước;\\        | \\                                     |",
                     "| - Lưu: HC, PLTP.              | **Trần Thanh Mẫn**                   |",
                     "+-------------------------------+--------------------------------------+"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(MarkdownMarkup.drawnTableLines(lines).isEmpty)
    }
}
