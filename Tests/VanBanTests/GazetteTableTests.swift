import Testing
@testable import VanBan

/// Tables of the official gazette (Công báo) as pdftotext writes them in reading order with the page breaks lost:
/// a cell per line or more, the rows found by their numbers; at each page break blank lines, the page's number
/// (more than once) and the header again; a count of the rows merged across the last row. Shapes of the real
/// danh mục of legal documents that ceased to be in force (held-out real-tables-2, files 15 and 05).
@Suite struct GazetteTableTests {
    @Test func theTableGoesOnOverPageBreaksToItsCount() throws {
        let t = try RowTextTableTests.table("""
        STT
        Văn bản hết hiệu lực
        Lý do hết hiệu lực
        Ngày hết
        hiệu lực
        I. LĨNH VỰC GIÁO DỤC NGHỀ NGHIỆP
        1
        Thông tư số 36/2017/TT-BLĐTBXH ngày 29/12/2017
        của Bộ trưởng Bộ Lao động - Thương binh và Xã hội
        Được thay thế bởi Thông tư số 05/2023/TT-
        BLĐTBXH ngày 15/6/2023
        30/7/2023
        2
        Thông tư số 03/2018/TT-BLĐTBXH ngày 15/6/2018
        Được thay thế bởi Thông tư số 07/2023/TT-BLĐTBXH

         
         
        74
        74
          
        STT
        Văn bản hết hiệu lực
        Lý do hết hiệu lực
        Ngày hết
        hiệu lực
        ngày 28/8/2023
        15/10/2023
        II. LĨNH VỰC QUAN HỆ LAO ĐỘNG
        3
        Nghị định số 63/2015/NĐ-CP ngày 22/7/2015 của Chính phủ
        Được thay thế bởi Nghị định số 97/2023/NĐ-CP
        31/12/2023
         
         
        Tổng số văn bản hết hiệu lực toàn bộ: 3 văn bản
        B. VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN
        """)
        #expect(t.rows.map { $0.cells[0].text } == ["I", "1", "2", "II", "3", ""])
        // The row cut by the page break goes on after the header repeated on the next page.
        #expect(t.rows[2].cells[1].text.hasSuffix("07/2023/TT-BLĐTBXH ngày 28/8/2023 15/10/2023"))
        #expect(t.rows[5].cells[1].text == "Tổng số văn bản hết hiệu lực toàn bộ: 3 văn bản")
    }

    /// Blank lines not followed by the header or a total still end the table.
    @Test func aBreakWithoutTheHeaderEndsTheTable() throws {
        let t = try RowTextTableTests.table("""
        STT
        Nội dung
        1
        Rà soát các mỏ
        2
        Lập báo cáo


        74
        Đề nghị các sở thực hiện nghiêm túc.
        """)
        #expect(t.rows.count == 2)
    }

    @Test func aListOfAppendicesInACellLabelsNone() {
        for text in ["Phụ lục II, III, IV, V", "Phụ lục I và II", "PHỤ LỤC 1 - 3 kèm theo"] {
            #expect(!AppendixParser.opens(TextLine(text: text, line: 1)), "\(text)")
        }
        for text in ["Phụ lục II", "PHỤ LỤC I", "Phụ lục 01: DANH MỤC", "PHỤ LỤC"] {
            #expect(AppendixParser.opens(TextLine(text: text, line: 1)), "\(text)")
        }
    }

    /// "Mẫu số 12" wrapped in a cell after "Mẫu số 01, Mẫu số 03," opens no attachment of its own.
    @Test func aFormLabelWrappedInACellIsNoAttachment() {
        let text = """
        QUYẾT ĐỊNH
        Điều 1. Công bố danh mục kèm theo.
        Nơi nhận:
        - Như Điều 1;
        - Lưu: VT.
        BỘ TRƯỞNG
        Đào Ngọc Dung
        DANH MỤC VĂN BẢN HẾT HIỆU LỰC
        (Ban hành kèm theo Quyết định số 135/QĐ-BLĐTBXH ngày 31/01/2024)
        STT
        Văn bản
        Nội dung hết hiệu lực
        1
        Thông tư số 14/2021/TT-BLĐTBXH
        Mẫu số 01, Mẫu số 03, Mẫu số 09,
        Mẫu số 12
        Được sửa đổi bởi Thông tư số 08/2023/TT-BLĐTBXH
        2
        Thông tư số 15/2021/TT-BLĐTBXH
        Mẫu số 01
        Được sửa đổi bởi Thông tư số 08/2023/TT-BLĐTBXH
        """
        let d = DocumentParser().parse(text: text, name: "t.txt")
        #expect(d.appendices.count == 1)
        #expect(d.appendices.first?.tables.first?.rows.count == 2)
    }

    /// Blank lines inside a row's cells: the table goes on to the next row number or section label.
    @Test func blankLinesInsideARow() throws {
        let t = try RowTextTableTests.table("""
        TT
        Nhiệm vụ
        Cơ quan chủ trì
        I Nghiên cứu, ứng dụng khoa học công nghệ
        1
        Đẩy mạnh phát triển nguồn nhân lực
        chất lượng cao.
         
         
        Thực hiện đặt hàng, giao nhiệm vụ.
        Bộ Giáo dục và Đào tạo
        II Huy động nguồn lực
        1
        Tổng hợp, báo cáo cấp có thẩm quyền.
        Bộ Tài chính
        """)
        #expect(t.rows.map { $0.cells[0].text } == ["I", "1", "II", "1"])
        #expect(t.rows[1].cells[1].text.hasSuffix("Thực hiện đặt hàng, giao nhiệm vụ. Bộ Giáo dục và Đào tạo"))
    }

    /// A gazette prints no "Nơi nhận": the signature over the attachment's title and caption closes the decision,
    /// and the attachment is read.
    @Test func aGazetteDecisionWithoutRecipients() throws {
        let text = """
        BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 169/QĐ-BLĐTBXH
        Hà Nội, ngày 24 tháng 01 năm 2025
        QUYẾT ĐỊNH
        Công bố Danh mục văn bản hết hiệu lực
        Điều 1. Công bố kèm theo Quyết định này Danh mục văn bản hết hiệu lực.
        Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.
        BỘ TRƯỞNG

        Đào Ngọc Dung

        49
        DANH MỤC VĂN BẢN HẾT HIỆU LỰC
        (Ban hành kèm theo Quyết định số 169/QĐ-BLĐTBXH ngày 24/01/2025
        của Bộ trưởng Bộ Lao động - Thương binh và Xã hội)
        STT
        Văn bản hết hiệu lực
        Lý do hết hiệu lực
        1
        Thông tư số 36/2017/TT-BLĐTBXH
        Được thay thế bởi Thông tư số 05/2023/TT-BLĐTBXH
        2
        Thông tư số 03/2018/TT-BLĐTBXH
        Được thay thế bởi Thông tư số 07/2023/TT-BLĐTBXH
        """
        let d = DocumentParser().parse(text: text, name: "t.txt")
        #expect(d.closing.signatures.first?.name == "Đào Ngọc Dung")
        let appendix = try #require(d.appendices.first)
        #expect(appendix.attachedTo?.number.canonical == "169/QĐ-BLĐTBXH")
        #expect(appendix.tables.first?.rows.count == 2)
    }

    /// The page's running title above the repeated header, a footnote at the foot of the page, and a header whose
    /// last heading is "Ghi chú" (no note that ends the table) (real-tables-3, file 01).
    @Test func aRunningTitleAndAFootnoteAtTheBreak() throws {
        let t = try RowTextTableTests.table("""
        TT
        Tên loại
        văn bản
        Trích yếu nội dung của văn bản
        Ghi chú
        I. LĨNH VỰC GIÁO DỤC NGHỀ NGHIỆP
        1
        Luật
        Số 74/2014/QH13
        Luật giáo dục nghề nghiệp
        2
        Quyết định
        Số 67/1998/QĐ-TTg
        Về việc chuyển giao nhiệm vụ quản lý Nhà nước


        2 Văn bản này được thống kê ở 2 lĩnh vực: Giáo dục nghề nghiệp và An toàn lao động


        61
        61
        Danh mục VBQPPL còn hiệu lực
        TT
        Tên loại
        văn bản
        Trích yếu nội dung của văn bản
        Ghi chú
        3
        Quyết định
        Số 121/2009/QĐ-TTg
        Về cơ chế hoạt động của các cơ sở dạy nghề
        """)
        #expect(t.rows.map { $0.cells[0].text } == ["I", "1", "2", "3"])
        #expect(t.rows[3].cells[1].text == "Quyết định Số 121/2009/QĐ-TTg Về cơ chế hoạt động của các cơ sở dạy nghề")
    }

    /// A footnote of two long lines at the page's foot, then the running title, the page number and the gazette's
    /// own running header above the repeated header (real-tables-6, file 05): the row cut by the break goes on.
    @Test func aWrappedFootnoteAndTheGazettesRunningHeaderAtTheBreak() throws {
        let t = try RowTextTableTests.table("""
        TT
        Tên loại
        văn bản
        Trích yếu nội dung của văn bản
        1.
        Luật
        Số 74/2014/QH13 ngày 27/11/2014
        Luật giáo dục nghề nghiệp
        2.
        Nghị định
        Số 140/2018/NĐ-CP ngày 08/10/20181
        Sửa đổi, bổ sung các Nghị định số 152/2020/NĐ-CP ngày


        1 Văn bản này được thống kê ở tám lĩnh vực: Việc làm, An toàn lao động, Quan hệ lao động và Tiền lương, Lao động ngoài nước
        nghiệp, Phòng chống tệ nạn xã hội và Bảo trợ xã hội

        Tập hệ thống hóa VBQPPL còn hiệu lực


        66
        CÔNG BÁO/Số 1059 + 1060/Ngày 25-9-2024
        TT
        Tên loại
        văn bản
        Trích yếu nội dung của văn bản
        30/12/2020 của Chính phủ
        3.
        Nghị định
        Số 31/2015/NĐ-CP ngày 24/3/2015
        Quy định chi tiết thi hành một số điều của Luật Việc làm
        """)
        #expect(t.rows.map { $0.cells[0].text } == ["1", "2", "3"])
        #expect(t.rows[1].cells[1].text.hasSuffix("ngày 30/12/2020 của Chính phủ"))
    }

    /// Blank lines between a section row and its first row (a gazette page's empty cells): the row "1." goes on the
    /// table (real-tables-4, file 01).
    @Test func blankLinesBeforeTheFirstRowOfASection() throws {
        let t = try RowTextTableTests.table("""
        TT
        Tên nhiệm vụ
        Cơ quan chủ trì
        I.
        Tăng cường sự lãnh đạo của Đảng trong công tác phi chính phủ nước ngoài




        1.
        Tổ chức tuyên truyền, phổ biến Chỉ thị số 49-CT/TW
        Bộ Ngoại giao
        2.
        Rà soát, hoàn thiện thể chế
        Bộ Nội vụ
        """)
        #expect(t.rows.map { $0.cells[0].text } == ["I.", "1", "2"])
    }
}
