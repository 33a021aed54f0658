import Testing
@testable import VanBan

/// A document that is only an attachment without a "PHỤ LỤC" label, sent apart from its decision: a title in
/// capitals over its caption "(Kèm theo Quyết định số …)" (the shape of a real quy trình nội bộ in the first
/// real-tables set, file 20). It is read as its own appendix, named by its type, its tables read.
@Suite struct AttachmentOnlyTests {
    static let text = """
    QUY TRÌNH
    NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOÁ CHẤT THUỘC THẨM QUYỀN CỦA UỶ BAN NHÂN DÂN TỈNH
    (Kèm theo Quyết định số 1696/QĐ-UBND ngày 15/5/2026
    của Chủ tịch Ủy ban nhân dân tỉnh Lào Cai)

    I. TTHC CÓ THỜI GIAN GIẢI QUYẾT 05 NGÀY LÀM VIỆC
    1. Cấp Giấy phép vận chuyển hàng hóa nguy hiểm, gồm các bước:

    STT | Nội dung công việc | Đơn vị thực hiện | Thời gian
    1 | Tiếp nhận hồ sơ | Trung tâm Phục vụ hành chính công | 4 giờ
    2 | Thẩm định hồ sơ, tiền chất thuốc nổ | Phòng Quản lý công nghiệp | 2 ngày
    3 | Trả kết quả | Trung tâm Phục vụ hành chính công | 4 giờ
    """

    @Test func anAttachmentAloneIsItsOwnAppendix() throws {
        let d = DocumentParser().parse(text: Self.text, name: "quy-trinh.txt")
        #expect(d.header.documentType?.name == "Quy trình")
        // The subject is the title as written: "THUỘC" is not read back from "tiền chất thuốc nổ" in the body.
        #expect(d.header.subject?.text.contains("HOÁ CHẤT THUỘC THẨM QUYỀN") == true)
        let appendix = try #require(d.appendices.first)
        #expect(appendix.label == "QUY TRÌNH")
        #expect(appendix.attachedTo?.number.canonical == "1696/QĐ-UBND")
        #expect(appendix.tables.first?.rows.count == 3)
    }

    /// A header's lines over a caption do not make an attachment: a decision's own header stays a header.
    @Test func aHeaderIsNoAttachmentTitle() {
        let lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "(Kèm theo Quyết định số 12/QĐ-UBND)"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(!DocumentParser.opensAttachment(lines, at: 0))
        let prose = ["Kế hoạch triển khai", "(Kèm theo Quyết định số 12/QĐ-UBND)"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(!DocumentParser.opensAttachment(prose, at: 0))
    }

    /// A procedure's table of steps in Word text: "Thứ tự các bước" heads the labels "Bước 1" …, a total merged
    /// across the first columns ("Tổng thời gian … | 5 ngày") is a row, and a cell printed over two lines is one.
    @Test func aTableOfStepsWithItsTotalTime() throws {
        let text = """
        QUY TRÌNH
        NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOÁ CHẤT
        (Kèm theo Quyết định số 1696/QĐ-UBND ngày 15/5/2026 của Chủ tịch Ủy ban nhân dân tỉnh)

        Thứ tự các bước | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện
        Tổng thời gian giải quyết thủ tục hành chính | 5 ngày
        Bước 1 | Tiếp nhận hồ sơ | Trung tâm Phục vụ hành chính công | 4 giờ
        Bước 2 | Thụ lý và soát xét hồ sơ.
        Tiến hành thẩm định. | Phòng Quản lý công nghiệp | 2 ngày
        Bước 3 | Trả kết quả | Trung tâm Phục vụ hành chính công | 4 giờ
        """
        let d = DocumentParser().parse(text: text, name: "quy-trinh.txt")
        let table = try #require(d.appendices.first?.tables.first)
        #expect(table.columns.first == "Thứ tự các bước")
        #expect(table.rows.map { $0.cells[0].text } == ["Tổng thời gian giải quyết thủ tục hành chính", "Bước 1", "Bước 2", "Bước 3"])
        #expect(table.rows[2].cells.map(\.text) == ["Bước 2", "Thụ lý và soát xét hồ sơ. Tiến hành thẩm định.", "Phòng Quản lý công nghiệp", "2 ngày"])
    }

    /// An appendix sent alone is of the kind of the act it is attached to: a decree's appendix is legal, a letter's
    /// administrative (held-out code-9 10 and 11, Phụ lục II and III of Nghị định 30/2020/NĐ-CP). OCR may run the
    /// caption onto the label's line (code-6 13): it is still read as the parent.
    @Test func anAppendixAloneTakesItsParentsKind() throws {
        let decree = DocumentParser().parse(text: """
            Phụ lục III
            BẢNG CHỮ VIẾT TẮT TÊN LOẠI VĂN BẢN
            (Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ)

            I. BẢNG CHỮ VIẾT TẮT
            """, name: "t")
        #expect(decree.kind == .legal)
        let letter = DocumentParser().parse(text: """
            Phụ lục I
            DANH SÁCH ĐƠN VỊ
            (Kèm theo Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê)

            I. CÁC ĐƠN VỊ
            """, name: "t")
        #expect(letter.kind == .administrative)
        let glued = DocumentParser().parse(text: """
            Phụ lục I DANH MỤC HÀNG NGUY HIỂM(Kèm theo Nghị định số 161/2024/NĐ-CP ngày 18 tháng 12 năm 2024 của Chính phủ)___________

            TT | Tên gọi và mô tả | Số hiệu UN
            1 | AMONI PICRAT khô | 0004
            2 | ĐẠN DÙNG TRONG VŨ KHÍ có hạt nổ | 0005
            """, name: "t")
        let appendix = try #require(glued.appendices.first)
        #expect(appendix.title == "DANH MỤC HÀNG NGUY HIỂM")
        #expect(appendix.attachedTo?.number.canonical == "161/2024/NĐ-CP")
        #expect(glued.kind == .legal)
    }
}
