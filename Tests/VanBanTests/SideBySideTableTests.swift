import Testing
@testable import VanBan

/// Lists printed several blocks across the page ("STT  Tên xã  STT  Tên xã  STT  Tên xã"): one entry per row,
/// in their numbers' order, down the blocks or across them.
@Suite struct SideBySideTableTests {
    static func table(_ text: String) throws -> Table { try TableReaderTests.firstTable(TableReaderTests.lines(text)) }

    @Test func blocksDownThePageOneUnderTheOther() throws {
        let t = try Self.table("""
         STT     Tên xã/phường       STT      Tên xã/phường       STT         Tên xã/phường
           1   Phường Cầu Thia         4    Xã Hợp Thành            7   Xã Phong Dụ Thượng
           2   Phường Sa Pa            5    Xã Hưng Khánh           8   Xã Phong Hải
           3   Xã A Mú Sung            6    Xã Khánh Hòa
        """)
        #expect(t.columns == ["STT", "Tên xã/phường"])
        #expect(t.rows.map { $0.cells.map(\.text) } == [
            ["1", "Phường Cầu Thia"], ["2", "Phường Sa Pa"], ["3", "Xã A Mú Sung"], ["4", "Xã Hợp Thành"],
            ["5", "Xã Hưng Khánh"], ["6", "Xã Khánh Hòa"], ["7", "Xã Phong Dụ Thượng"], ["8", "Xã Phong Hải"],
        ])
        // Each entry points at its own cells, not at the whole line.
        #expect(t.rows[3].span.start.line == 2 && t.rows[3].span.start.column > 20)
    }

    @Test func blocksAcrossThePageInReadingOrder() throws {
        let t = try Self.table("""
        STT | Tên xã | STT | Tên xã
        1 | Xã Bản Hồ | 2 | Xã Bản Lầu
        3 | Xã Bản Liền | 4 | Xã Bản Xèo
        """)
        #expect(t.rows.map { $0.cells[1].text } == ["Xã Bản Hồ", "Xã Bản Lầu", "Xã Bản Liền", "Xã Bản Xèo"])
    }

    /// Repeated names without a row-number column first, or numbers that run in neither order: left as read.
    @Test func otherRepeatedHeadingsAreLeftAlone() throws {
        let periods = try Self.table("""
        TT | Chỉ tiêu | Năm 2025 | Năm 2025
        1 | Doanh thu | 10 | 12
        2 | Lợi nhuận | 3 | 4
        """)
        #expect(periods.columns.count == 4)
        let unordered = try Self.table("""
        STT | Tên xã | STT | Tên xã
        1 | Xã Bản Hồ | 7 | Xã Bản Lầu
        2 | Xã Bản Liền | 9 | Xã Bản Xèo
        """)
        #expect(unordered.columns.count == 4 && unordered.rows.count == 2)
    }
}
