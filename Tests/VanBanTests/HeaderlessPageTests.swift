import Foundation
import Testing
@testable import VanBan

/// Copies of a document that kept no header block: a portal's print view (held-out code-16 07).
@Suite struct HeaderlessPageTests {
    static let printView = """
        In bài viết
        Giấy mời dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018

        Hưởng ứng phong trào “Mùa xuân là Tết trồng cây”; Ủy ban nhân dân tỉnh Hải Dương tổ chức Lễ phát động.

        1. Thành phần mời:

        - Đồng chí Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;

        - Văn phòng Quốc hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;

        2. Thời gian: ½ ngày, từ 7h30 - 9h00, Thứ ba, ngày 06/02/2018.
        """

    /// The title line gives the type and the subject; the quốc hiệu named in a sentence is no banner of a header.
    @Test func aPrintViewsTitleLineGivesTypeAndSubject() {
        let header = DocumentParser().parse(text: Self.printView, name: "gm.txt").header
        #expect(header.documentType?.name == "Giấy mời")
        #expect(header.subject?.text == "dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018")
        #expect(header.nationalTitle == nil)
    }

    /// The title wrapped inside the quotation it opened (the page re-wrapped by Evaluation/metamorphic) goes on to the
    /// line that closes it.
    @Test func aTitleWrappedInsideItsQuotation() {
        let text = Self.printView.replacingOccurrences(of: "nhớ ơn Bác Hồ”", with: "nhớ ơn Bác\nHồ”")
        let header = DocumentParser().parse(text: text, name: "gm.txt").header
        #expect(header.documentType?.name == "Giấy mời")
        #expect(header.subject?.text == "dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018")
    }

    /// A first line that cites a document by its number is a sentence, not a title.
    @Test func aSentenceCitingANumberIsNoTitle() {
        let text = "Kế hoạch số 12/KH-UBND ngày 05/01/2025 đã được triển khai đến các xã.\nCác đơn vị báo cáo kết quả.\n"
        let header = DocumentParser().parse(text: text, name: "x.txt").header
        #expect(header.documentType == nil)
        #expect(header.subject == nil)
    }
}
