import Testing
@testable import VanBan

/// Where a subject ends when no blank line follows it (raw pdftotext of a party Chương trình hành động).
@Suite struct HeaderSubjectTests {
    static func subject(_ lines: [String]) -> String? {
        let text = (["TỈNH UỶ LÀO CAI", "*", "Số         -CTr/TU", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "",
                     "Lào Cai, ngày        tháng 8 năm 2026", "", "CHƯƠNG TRÌNH HÀNH ĐỘNG"] + lines).joined(separator: "\n")
        return DocumentParser().parse(text: text, name: "t.txt").header.subject?.text
    }

    @Test func aWrappedLineGoesOnBeforeACapital() {
        let got = Self.subject([
            "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành  ",
            "Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW ",
            "ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động ",
            "ứng phó với biến đổi khí hậu trong thời kỳ mới",
            "-----", "",
            "Thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành ",
        ])
        #expect(got == "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới")
    }

    @Test func aShortLastLineEndsTheSubject() {
        let got = Self.subject([
            "về bảo vệ môi trường",
            "Tỉnh ủy ban hành Chương trình hành động thực hiện Kết luận số 75-KL/TW như sau:",
        ])
        #expect(got == "về bảo vệ môi trường")
    }
}
