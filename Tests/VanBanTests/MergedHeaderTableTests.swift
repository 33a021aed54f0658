import Testing
@testable import VanBan

/// Word tables flattened with " | " under a heading of merged cells over two or three rows, cells holding line
/// breaks, and sub-rows with an empty number cell: the shape of the tables of planning decisions (boundary
/// points under a mine, capacities per period under "Công suất khai thác"). Whole documents, so the repairs
/// before the table readers are on the path.
@Suite struct MergedHeaderTableTests {
    static func tables(_ body: String) throws -> (tables: [Table], diagnostics: [Diagnostic]) {
        let text = """
        THỦ TƯỚNG CHÍNH PHỦ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 2581/QĐ-TTg
        Hà Nội, ngày 24 tháng 11 năm 2025
        QUYẾT ĐỊNH
        Điều chỉnh danh mục dự án khoáng sản
        Điều 1. Điều chỉnh danh mục tại Phụ lục I kèm theo Quyết định này.
        Điều 2. Quyết định này có hiệu lực từ ngày ký.
        Nơi nhận:
        - Như Điều 2;
        - Lưu: VT, CN.
        KT. THỦ TƯỚNG
        PHÓ THỦ TƯỚNG
        Trần Hồng Hà
        PHỤ LỤC I
        ĐIỀU CHỈNH DANH MỤC CÁC DỰ ÁN
        (Kèm theo Quyết định số 2581/QĐ-TTg ngày 24 tháng 11 năm 2025 của Thủ tướng Chính phủ)
        1. Điều chỉnh danh mục các dự án khai thác như sau:

        """ + body
        let document = try DocumentParser().parse(bytes: Array(text.utf8), name: "merged.txt")
        return (document.appendices.flatMap(\.tables), document.diagnostics)
    }

    @Test func threeHeadingRowsWithWrappedCellsAndSubRows() throws {
        let (tables, _) = try Self.tables("""
        TT | Tên mỏ, dự án | Diện tích (ha) | Trữ lượng | Công suất khai thác | Ghi chú
         |  |  |  | 2021 - 2030 | 2031 - 2050 | 
         |  |  | Quặng
        (103 tấn) | Tinh quặng | Quặng
        (103 tấn/năm) | Tinh quặng | Quặng
        (103 tấn/năm) | Tinh quặng | 
        3 | Thái Nguyên |  |  |  |  |  |  |  | 
        b | Mỏ Núi Pháo (mở rộng)
        thuộc xã Đại Phúc | 42,9 | 55.192 | 94.830 | 2.850 | 4.500 | 2.850 | 4.500 | Điều chỉnh giảm
         |  | 12,5 | 1.000 | 900 | 100 | 90 | 100 | 90 | Phần mở rộng

        2. Điều chỉnh tọa độ khép góc như sau:
        """)
        let t = try #require(tables.first)
        #expect(t.columns == ["TT", "Tên mỏ, dự án", "Diện tích (ha)", "Trữ lượng: Quặng (103 tấn)", "Trữ lượng: Tinh quặng",
                              "Công suất khai thác: 2021 - 2030: Quặng (103 tấn/năm)", "Công suất khai thác: 2021 - 2030: Tinh quặng",
                              "Công suất khai thác: 2031 - 2050: Quặng (103 tấn/năm)", "Công suất khai thác: 2031 - 2050: Tinh quặng", "Ghi chú"])
        #expect(t.rows.map { $0.cells.map(\.text) } == [
            ["3", "Thái Nguyên", "", "", "", "", "", "", "", ""],
            ["b", "Mỏ Núi Pháo (mở rộng) thuộc xã Đại Phúc", "42,9", "55.192", "94.830", "2.850", "4.500", "2.850", "4.500", "Điều chỉnh giảm"],
            ["", "", "12,5", "1.000", "900", "100", "90", "100", "90", "Phần mở rộng"],
        ])
    }

    @Test func boundaryPointsUnderAHeadingOverThreeColumns() throws {
        let (tables, _) = try Self.tables("""
        TT | Tên mỏ, vị trí địa lý | Tọa độ VN2000 | Diện tích (ha)
         |  | Tên điểm | X(m) | Y(m) | 
        2 | Thái Nguyên |  |  |  | 
        a | Núi Pháo (phần mở rộng) | 1 | 2394627 | 567730 | 42,9
         |  | 2 | 2394701 | 567497 | 
         |  | 3 | 2394602 | 567307 | 
        c | Khu vực Núi Chiếm | 1 | 2396000 | 566000 | 984,3
         |  | 2 | 2396000 | 569401 | 
        """)
        let t = try #require(tables.first)
        #expect(t.columns == ["TT", "Tên mỏ, vị trí địa lý", "Tọa độ VN2000: Tên điểm", "Tọa độ VN2000: X(m)", "Tọa độ VN2000: Y(m)", "Diện tích (ha)"])
        #expect(t.rows.count == 6)
        #expect(t.rows[2].cells.map(\.text) == ["", "", "2", "2394701", "567497", ""])
    }

    /// A row with cells merged across columns (a section, a total) ends where the next row opens, and a line with
    /// no pipe under a full row goes on its last cell.
    @Test func mergedBodyRowsAndALastCellOverTwoLines() throws {
        let (tables, _) = try Self.tables("""
        TT | Nội dung | Thời gian | Ghi chú
         |  | Bắt đầu | Kết thúc | 
        I | Các dự án cấp mới
        1 | Khảo sát thực địa | 01/2026 | 03/2026 | Thực hiện
        theo kế hoạch riêng
        2 | Lập báo cáo | 04/2026 | 06/2026 | 
        Tổng cộng | 2 dự án

        Ghi chú: số liệu tạm tính.
        """)
        let t = try #require(tables.first)
        #expect(t.rows.map { $0.cells[0].text } == ["I", "1", "2", "Tổng cộng"])
        #expect(t.rows[0].cells.map(\.text) == ["I", "Các dự án cấp mới", "", "", ""])
        #expect(t.rows[1].cells[4].text == "Thực hiện theo kế hoạch riêng")
    }

    @Test func headingsLaidOverTheRowBelow() {
        // Two headings sharing a run of four names evenly; an empty name is the heading above it, continued.
        #expect(MergedHeaderTableReader.groups(upper: 4, lower: ["", "a", "b", "c", "d", ""]) == [0..<1, 1..<3, 3..<5, 5..<6])
        // One heading over each run.
        #expect(MergedHeaderTableReader.groups(upper: 4, lower: ["", "a", "b", "", "c"]) == [0..<1, 1..<3, 3..<4, 4..<5])
        // Five names cannot be shared evenly by two headings; too few headings for the empty cells.
        #expect(MergedHeaderTableReader.groups(upper: 3, lower: ["", "a", "b", "c", "d", "e"]) == nil)
        #expect(MergedHeaderTableReader.groups(upper: 2, lower: ["", "", "", "a"]) == nil)
    }

    /// A heading that cannot be laid over the row below is left to the other readers: no columns are guessed.
    @Test func unevenHeadingIsNotGuessed() throws {
        let (tables, diagnostics) = try Self.tables("""
        TT | Tên | Trữ lượng | Công suất | Ghi chú
         |  | Quặng | Tinh quặng | Năm 2030 | Năm 2040 | Năm 2050 | 
        1 | Mỏ A | 10 | 2 | 3 | 4 | 5 | 
        2 | Mỏ B | 11 | 3 | 4 | 5 | 6 | 
        """)
        #expect(tables.allSatisfy { !$0.columns.contains { $0.hasPrefix("Trữ lượng: Quặng") } })
        #expect(tables.isEmpty == diagnostics.contains { $0.rule == "table.unreadable" })
    }

    /// A first body row with no number under a one-row heading (a section's title) is no heading row: it splits no
    /// merged cell (no more cells than the heading).
    @Test func aSectionRowWithoutANumberIsNoHeading() throws {
        let (tables, _) = try Self.tables("""
        TT | Nội dung | Đơn vị thực hiện
         | Các dự án cấp mới | 
        1 | Khảo sát thực địa | Sở Công Thương
        2 | Lập báo cáo | Sở Tài chính
        """)
        #expect(tables.allSatisfy { !$0.columns.contains { $0.contains("Các dự án cấp mới") } })
    }

    /// A Word table with no row numbers, a block of its own between blank lines: its first row names the columns
    /// (a legal act's appendix of risk levels). A block run into prose, or of two lines, is no table.
    @Test func aTableWithoutRowNumbersBetweenBlankLines() throws {
        let (tables, _) = try Self.tables("""
        Hậu quả của mối nguy hiểm được chia thành 3 cấp độ như bảng sau:

        Cấp độ | Mô tả
        Nhẹ | Không chấn thương, chỉ yêu cầu sơ cứu
        Trung bình | Chấn thương yêu cầu điều trị y tế
        Nặng | Chết người, chấn thương trầm trọng

        Hoặc chia thành 2 mức:

        Tần suất | Mô tả
        Hiếm khi | Ít có khả năng xảy ra
        Ví dụ tại bảng sau, việc xác định khả năng xảy ra được chia làm 2 mức.
        """)
        #expect(tables.count == 1)
        #expect(tables.first?.columns == ["Cấp độ", "Mô tả"])
        #expect(tables.first?.rows.map { $0.cells[0].text } == ["Nhẹ", "Trung bình", "Nặng"])
    }

    /// A risk matrix in the same shape (real-tables-5, file 04): headings with their levels in parentheses, empty
    /// cells after them, a legend column right of the named ones, and a last row short of its empty cells.
    @Test func aMatrixWithLevelsAndALegendColumn() throws {
        let (tables, _) = try Self.tables("""
        Ví dụ ma trận xác định mức độ rủi ro 5 x 5

        Cấp độ Tần suất | A (5) | B(4) | C (3) |  | 
        Hiếm khi xảy ra (1) | 5 | 4 | 3 |  | Rủi ro thấp (1÷4)
        Ít khi xảy ra (2) | 10 | 8 | 6 |  | Rủi ro trung bình (5÷9)
        Gần như chắc chắn (3) | 15 | 12 | 9 | 

        - Vùng màu xanh dương là vùng rủi ro thấp.
        """)
        let table = try #require(tables.first)
        #expect(table.columns.prefix(4) == ["Cấp độ Tần suất", "A (5)", "B(4)", "C (3)"])
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Hiếm khi xảy ra (1)", "5", "4", "3", "", "Rủi ro thấp (1÷4)"],
            ["Ít khi xảy ra (2)", "10", "8", "6", "", "Rủi ro trung bình (5÷9)"],
            ["Gần như chắc chắn (3)", "15", "12", "9", "", ""],
        ])
    }

    /// A land-price table (held-out 2026-11-code-4, file 06): three headings over four sub-headings that start
    /// again under each ("VT1 | VT1 | VT1 | VT2"), the last heading spanning two.
    @Test func subHeadingsStartingAgainUnderEachHeading() throws {
        let (tables, _) = try Self.tables("""
        TT | Nội dung | Phường Sa Pa | Các phường còn lại | Các xã
         |  | VT1 | VT1 | VT1 | VT2
        1 | Đất trồng lúa | 65.000 | 48.000 | 45.000 | 40.500
        2 | Đất rừng sản xuất | 21.000 | 21.000 | 15.000 | 13.500
        """)
        let table = try #require(tables.first)
        #expect(table.columns == ["TT", "Nội dung", "Phường Sa Pa: VT1", "Các phường còn lại: VT1", "Các xã: VT1", "Các xã: VT2"])
        #expect(table.rows.map { $0.cells.count } == [6, 6])
    }
}
