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

    /// A portal's summary line names the notice by its own number (held-out pages-63 03): "Thông báo số 217/TB-UBND
    /// ngày 08/5/2019 của UBND thị xã Điện Bàn V/v …" under the headline gives the number and the date; the
    /// headline's subject stays; the own number is no citation.
    @Test func aSummaryLineNamingTheTitlesTypeGivesTheNumberAndDate() {
        let text = """
            Thông báo treo cờ Tổ quốc và tiếp thanh chương trình phát thanh trực tiếp phiên khai mạc Đại hội
            Tác giả: UBND thị xã Điện Bàn .Ngày đăng: 10/05/2019 .Lượt xem: 1844 lượt.
            Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc và tiếp thanh chương trình
            Tải về: 217-2019-TB-UBND.signed.pdf

            Theo đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam thị xã tại Công văn số 275/MTTQ-BTT ngày 06/5/2019, Ủy ban nhân dân thị xã thông báo như sau:
            """
        let document = DocumentParser().parse(text: text, name: "tb.txt")
        #expect(document.header.documentType?.name == "Thông báo")
        #expect(document.header.number?.canonical == "217/TB-UBND")
        #expect(document.header.date?.value == "2019-05-08")
        #expect(document.header.subject?.text.hasPrefix("treo cờ Tổ quốc") == true)
        #expect(document.references.map(\.number.canonical) == ["275/MTTQ-BTT"])
    }

    /// A print view's source line under the body, "(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)" (held-out pages-61
    /// 04), names the notice its headline typed; a number of another type ("Công văn số …") would not.
    @Test func aSourceLineGivesTheNumberOfTheTitlesType() {
        let text = """
            Thông báo về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Lãnh đạo UBND huyện

            Để thực hiện nghiêm các văn bản chỉ đạo và Thông báo số 935/TB-UBND ngày 07/6/2021 của UBND tỉnh, UBND huyện thông báo hoãn các phiên tiếp công dân.

            Ủy ban nhân dân huyện thông báo để các phòng, ban, ngành biết, thực hiện./.

            (Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)
            """
        let header = DocumentParser().parse(text: text, name: "tb.txt").header
        #expect(header.number?.canonical == "81/TB-UBND")
        #expect(header.date?.value == "2021-06-08")
        #expect(header.subject?.text == "về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Lãnh đạo UBND huyện")
        let other = DocumentParser().parse(text: text.replacingOccurrences(of: "Nguồn: Thông báo số 81/TB-UBND", with: "Nguồn: Công văn số 81/UBND"), name: "tb.txt").header
        #expect(other.number == nil)
    }

    /// A blog's copy opens with the circular's name, number and subject on one line, then its preamble (held-out
    /// pages-64 06): the type, the number, a legal act's kind and the subject.
    @Test func aFirstLineWithTypeNumberAndSubject() {
        let text = """
            Thông Tư số 16/2018/TT-BGDĐT quy định về tài trợ cho các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân
            Căn cứ
            Luật Giáo dục ngày 14 tháng 6 năm 2005;
            Căn cứ Nghị định số 69/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ;
            """
        let document = DocumentParser().parse(text: text, name: "tt.txt")
        #expect(document.header.documentType?.name == "Thông tư")
        #expect(document.header.number?.canonical == "16/2018/TT-BGDĐT")
        #expect(document.header.subject?.text == "quy định về tài trợ cho các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân")
        #expect(document.kind == .legal)
        #expect(!document.references.contains { $0.number.canonical == "16/2018/TT-BGDĐT" })
    }

    /// A library page's title line (held-out pages-69 02): a party công văn's number ("CV" is a party code of the
    /// same type), its date and its "về việc …".
    @Test func aPartyLettersTitleLine() {
        let text = """
            Văn bản chỉ đạo

            Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức kỷ niệm 77 năm ngày thành lập Đảng

            Thực hiện chỉ đạo của Ban Bí thư Trung ương Đảng, Ban Thường vụ Thành ủy yêu cầu :

            1/ Ban Cán sự Đảng Ủy ban Nhân dân Thành phố chỉ đạo Ban Tổ chức các ngày lễ lớn chuẩn bị chu đáo Lễ mít-tinh.

            2/ Các quận - huyện ủy, đảng ủy cấp trên cơ sở tổ chức họp mặt kỷ niệm.
            """
        let document = DocumentParser().parse(text: text, name: "cv.txt")
        #expect(document.header.number?.canonical == "175-CV/TU")
        #expect(document.header.date?.value == "2007-01-25")
        #expect(document.header.subject?.text == "về việc tổ chức kỷ niệm 77 năm ngày thành lập Đảng")
        #expect(document.kind == .party)
        #expect(document.body.compactMap(\.marker) == ["1", "2"])
    }

    /// "Thông báo Khẩn ngày 18/10/2020" over "Kính gửi:" (held-out pages-61 01): the type and the date, no subject;
    /// the line is not passed over as the header's.
    @Test func aTitleOfTypeUrgencyAndDate() {
        let text = """
            Thông báo Khẩn ngày 18/10/2020

            Kính gửi:

            Hiệu trưởng các trường MN, TH, THCS trên toàn thị xã
            Do tình trạng ngập lụt nghiêm trọng xảy ra trên diện rộng, Phòng GD&ĐT yêu cầu các đơn vị cho học sinh nghỉ học.
            """
        let header = DocumentParser().parse(text: text, name: "tb.txt").header
        #expect(header.documentType?.name == "Thông báo")
        #expect(header.date?.value == "2020-10-18")
        #expect(header.subject == nil)
    }

    /// A portal's title under its short chrome lines (held-out pages-61 02), and a news copy's title over a body whose
    /// last sentence opens with "UBND tỉnh" (pages-61 06): neither is passed over.
    @Test func aTitleUnderShortChromeOrOverABodyNamingTheBody() {
        let underChrome = """
            Thursday, 18/07/2024
            Ngày đăng: 21/01/2021 - Lượt xem: 87
            Xem với cỡ chữ

            Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021

            Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021 thông báo lịch tiếp công dân như sau:
            """
        let first = DocumentParser().parse(text: underChrome, name: "tb.txt").header
        #expect(first.documentType?.name == "Thông báo")
        #expect(first.subject?.text == "lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021")
        let overBody = """
            Thông báo về việc tiếp công dân của Chủ tịch UBND tỉnh
            Thực hiện Luật Tiếp công dân, Chủ tịch UBND tỉnh tổ chức tiếp công dân vào lúc 9 giờ ngày 11-4-2017, tại Hội trường UBND huyện.
            UBND tỉnh thông báo để công dân biết.
            """
        let second = DocumentParser().parse(text: overBody, name: "tb.txt")
        #expect(second.header.documentType?.name == "Thông báo")
        #expect(second.header.subject?.text == "về việc tiếp công dân của Chủ tịch UBND tỉnh")
    }

    /// A news copy tells when the letter was issued before it names it (held-out pages-63 08): "Ngày 08 tháng 6 năm
    /// 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn số 50/VHTT về …", under the page's chrome.
    @Test func aLeadSentenceDatedAtItsStart() {
        let text = """
            Thông tin tuyên truyền

            Về việc tháo dỡ pano cũ, rách và thay thế khẩu hiệu tuyên truyền cổ động trực quan
            Ngày đăng 10/06/2016 | 10:20  | View count: 511

            Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn số 50/VHTT về tháo dỡ pano cũ. Hiện nay nhiều cụm panô đã bị gió lốc làm gẫy.
            """
        let header = DocumentParser().parse(text: text, name: "cv.txt").header
        #expect(header.documentType?.name == "Công văn")
        #expect(header.number?.canonical == "50/VHTT")
        #expect(header.date?.value == "2016-06-08")
    }

    /// A site's heading over a copy without its header (held-out pages-69 03): the type, then its own number, no "số";
    /// the site scrambled the type's tones ("KẾT LỦẬN"). A number of another type stays a citation.
    @Test func aHeadingWithTheTypeAndItsOwnNumber() {
        for heading in ["KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI SẮP XẾP TỔ CHỨC BỘ MÁY",
                        "KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ TRỈỂN KHÀÌ SẮP XẾP TỔ CHỨC BỘ MÁỲ"] {
            let text = heading + "\nTại phiên họp ngày 28/2/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo, Bộ Chính trị, Ban Bí thư có ý kiến như sau:\n"
            let document = DocumentParser().parse(text: text, name: "kl.txt")
            #expect(document.header.number?.canonical == "127-KL/TW")
            #expect(document.header.documentType?.name == "Kết luận")
            #expect(document.kind == .party)
            #expect(document.references.isEmpty)
        }
        let other = DocumentParser().parse(text: "KẾT LUẬN 57-NQ/TW VỀ PHÁT TRIỂN\nBộ Chính trị kết luận như sau:\n", name: "kl.txt")
        #expect(other.header.number == nil)
    }
}
