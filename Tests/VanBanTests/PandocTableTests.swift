import Testing
@testable import VanBan

/// pandoc's plain-text tables (`pandoc -t plain` of a Word file): cells cut at the column rule's dash runs,
/// rows between blank lines (multiline) or one per line (simple). Texts in the shape pandoc 3 writes for
/// the synthetic set's Word tables (Evaluation/synthetic-tables).
@Suite struct PandocTableTests {
    static func table(_ text: String) throws -> Table {
        guard case .tables(let tables, _)? = TableReader().read(TableReaderTests.lines(text), from: 0) else { throw Failure.noTable }
        return try #require(tables.first)
    }

    enum Failure: Error { case noTable }

    /// A multiline table: wrapped headings, the sub-columns of a merged heading as the first row, a row of
    /// column numbers, cells wrapping in place, an empty cell.
    @Test func multilineTableWithSubHeadingsAndColumnNumbers() throws {
        let t = try Self.table("""
          ---------------------------------------------------------------------------
          STT   Nội dung, nhiệm vụ      Địa điểm    Dự kiến                  Ghi chú
                                                    kinh phí                 
                                                    (triệu                   
                                                    đồng)                    
          ----- ----------------------- ----------- -------- ------- ------- --------
                                                    Tổng     NSTW    NSĐP    

          (1)   (2)                     (3)         (4)      (5)     (6)     (7)

          1     Kiểm tra nghiệm thu,    xã Cẩm Khê  2.025    1.200   825     
                bàn giao công trình                                          

          2     Cập nhật cơ sở dữ liệu  xã Tam      1.275    800     475     Chuyển
                về hoạt động xây dựng   Nông                                 tiếp
          ---------------------------------------------------------------------------

        Ghi chú: số liệu dự kiến.
        """)
        #expect(t.columns == ["STT", "Nội dung, nhiệm vụ", "Địa điểm", "Dự kiến kinh phí (triệu đồng): Tổng", "NSTW", "NSĐP", "Ghi chú"])
        #expect(t.rows.map { $0.cells.map(\.text) } == [
            ["1", "Kiểm tra nghiệm thu, bàn giao công trình", "xã Cẩm Khê", "2.025", "1.200", "825", ""],
            ["2", "Cập nhật cơ sở dữ liệu về hoạt động xây dựng", "xã Tam Nông", "1.275", "800", "475", "Chuyển tiếp"],
        ])
        #expect(t.rows[1].span.start.line == 14 && t.rows[1].span.end.line == 15)
    }

    /// A table with no row numbers, where nothing but pandoc's blank lines says where a row ends.
    @Test func rowsWithoutNumbersAreTheBlocksBetweenBlankLines() throws {
        let t = try Self.table("""
          -----------------------------------------------------------------------
          Cơ quan, đơn vị     Thời gian làm   Địa điểm          Thành phần
                              việc                              
          ------------------- --------------- ----------------- -----------------
          Công an tỉnh        Chiều ngày      Trụ sở Công an    Lãnh đạo và
                              11/3/2026       tỉnh              chuyên viên

          Sở Xây dựng         Sáng ngày       Trụ sở Sở Xây     Lãnh đạo
                              07/10/2026      dựng              
          -----------------------------------------------------------------------
        """)
        #expect(t.columns == ["Cơ quan, đơn vị", "Thời gian làm việc", "Địa điểm", "Thành phần"])
        #expect(t.rows.map { $0.cells[0].text } == ["Công an tỉnh", "Sở Xây dựng"])
        #expect(t.rows[1].cells[1].values.map(\.value) == ["2026-10-07"])
    }

    /// A simple table: one heading line, the column rule, a row per line, a blank line at the end.
    @Test func simpleTableEndsAtABlankLine() throws {
        let t = try Self.table("""
          TT   Đơn vị              Số cơ sở
          ---- ------------------- ----------
          1    UBND xã Cẩm Khê     13
          2    UBND xã Tam Nông    23

          Tổng số cơ sở: 36.
        """)
        #expect(t.rows.map { $0.cells.map(\.text) } == [["1", "UBND xã Cẩm Khê", "13"], ["2", "UBND xã Tam Nông", "23"]])
    }

    /// Rules that are not a table's: a line of dashes under prose, a single run of dashes, a list.
    @Test(arguments: [
        "Trên đây là kế hoạch của Sở.\n  --------------------\nNơi nhận:",
        "  ------------------------------\n  Nội dung không có quy tắc cột\n  ------------------------------",
        "- Như trên;\n- Lưu: VT.",
    ])
    func noColumnRuleNoTable(_ text: String) {
        if case .tables(let tables, _)? = TableReader().read(TableReaderTests.lines(text), from: 0) {
            Issue.record("read as a table: \(tables.map(\.columns))")
        }
    }
}
