import Testing
@testable import VanBan

/// A blank "Số" whose running number the e-office system stamped at signing, written after the signer's stamp.
@Suite struct StampedNumberTests {
    static func document(number: String, afterStamp: [String]) -> Document {
        let text = ["ĐẢNG BỘ TỈNH KHÁNH HOÀ", "ĐẢNG UỶ XÃ CÔNG HẢI", "*", number, "Hoãn tổ chức Hội nghị Ban Chấp hành",
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "Công Hải, ngày tháng 11 năm 2025",
                    "Kính gửi: - Các đồng chí Uỷ viên Ban Chấp hành Đảng bộ xã.",
                    "Thường trực Đảng uỷ thống nhất hoãn tổ chức Hội nghị./.", "Nơi nhận:", "- Như trên,", "- Lưu VPĐU.",
                    "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Đăng Quang", "ĐẢNG UỶ XÃ CÔNG HẢI"] + afterStamp
        return DocumentParser().parse(text: text.joined(separator: "\n"), name: "t.txt")
    }

    /// incoming set 36, 02: "Số -CV/ĐU" printed, "177" under the stamp's "07-11-2025 09:02:57 +07:00".
    @Test func theDigitsUnderTheSigningTimeAreTheRunningNumber() throws {
        let d = Self.document(number: "Số -CV/ĐU", afterStamp: ["07-11-2025 09:02:57 +07:00", "177"])
        let number = try #require(d.header.number)
        #expect(number.canonical == "177-CV/ĐU")
        #expect(number.sequence == 177)
        #expect(number.text == "-CV/ĐU")   // as printed, where it is printed
        #expect(d.source.repairs.contains("stamped-number"))
        #expect(!d.diagnostics.contains { $0.rule == "number.missing" })
    }

    /// held-out code-60 06: the digits stand over the signer's stamp ("Nguyễn Đăng Quang" / "298" / "ĐẢNG UỶ XÃ CÔNG HẢI" /
    /// "26-01-2026 15:11:22 +07:00"); over a line that names no body they are not taken.
    @Test func theDigitsOverTheStampsBodyAreTheRunningNumber() {
        func number(_ closing: [String]) -> String? {
            let head = ["ĐẢNG BỘ TỈNH KHÁNH HOÀ", "ĐẢNG UỶ XÃ CÔNG HẢI", "*", "Số -CV/ĐU", "Mời họp Thường trực Đảng uỷ",
                        "ĐẢNG CỘNG SẢN VIỆT NAM", "Công Hải, ngày tháng 01 năm 2026", "Kính gửi: - Các đồng chí Uỷ viên.",
                        "Thường trực Đảng uỷ mời các đồng chí dự họp./.", "Nơi nhận:", "- Như trên,", "- Lưu VPĐU.",
                        "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"]
            return DocumentParser().parse(text: (head + closing).joined(separator: "\n"), name: "t.txt").header.number?.canonical
        }
        #expect(number(["Nguyễn Đăng Quang", "298", "ĐẢNG UỶ XÃ CÔNG HẢI", "26-01-2026 15:11:22 +07:00"]) == "298-CV/ĐU")
        #expect(number(["298", "Nguyễn Đăng Quang", "26-01-2026 15:11:22 +07:00"]) == "-CV/ĐU")
    }

    @Test func digitsElsewhereOrAPrintedNumberAreNotTaken() {
        // No signing time above the digits: a page number or a stray cell.
        let pageNumber = Self.document(number: "Số -CV/ĐU", afterStamp: ["07-11-2025", "2"])
        #expect(pageNumber.header.number?.canonical == "-CV/ĐU")
        #expect(pageNumber.diagnostics.contains { $0.rule == "number.missing" })
        // A number printed on the "Số" line is the number; the stamp's digits do not replace it.
        let printed = Self.document(number: "Số 175-CV/ĐU", afterStamp: ["07-11-2025 09:02:57 +07:00", "177"])
        #expect(printed.header.number?.canonical == "175-CV/ĐU")
        // A line after the time that is not digits alone.
        let words = Self.document(number: "Số -CV/ĐU", afterStamp: ["07-11-2025 09:02:57 +07:00", "177 người"])
        #expect(words.header.number?.canonical == "-CV/ĐU")
    }
}

/// A party letter's blank number ("Số -CV/ĐU") is the header's, so a subject line under it that names a document by
/// its type ("Nghị quyết số 01-NQ/TU ngày 14/7/2025") is no web page's title above the header (incoming set 37, 04).
@Suite struct PartyBlankNumberHeaderTests {
    @Test func aSubjectThatNamesADocumentStaysInTheHeader() {
        let text = ["ĐẢNG BỘ TỈNH KHÁNH HOÀ", "ĐẢNG UỶ XÃ CÔNG HẢI", "*", "Số -CV/ĐU", "Tham mưu triển khai thực hiện",
                    "Nghị quyết số 01-NQ/TU ngày 14/7/2025", "của Tỉnh uỷ", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Công Hải, ngày tháng 8 năm 2025", "Kính gửi:", "- Uỷ ban nhân dân xã,", "- Ban Xây dựng Đảng.",
                    "Thực hiện Nghị quyết số 01-NQ/TU ngày 14/7/2025 của Tỉnh uỷ, Thường trực Đảng uỷ có ý kiến như sau:"]
        let d = DocumentParser().parse(text: text.joined(separator: "\n"), name: "t.txt")
        #expect(d.header.issuer?.text == "ĐẢNG UỶ XÃ CÔNG HẢI")
        #expect(d.header.number?.canonical == "-CV/ĐU")
        #expect(d.header.subject?.text == "Tham mưu triển khai thực hiện Nghị quyết số 01-NQ/TU ngày 14/7/2025 của Tỉnh uỷ")
    }

    /// A subject's last line that opens with a dash, the right column still to come (held-out code-60 06: "Mời họp
    /// Thường trực Đảng uỷ" / "- Tuần 04/2026" / "ĐẢNG CỘNG SẢN VIỆT NAM" / "Công Hải, ngày tháng 01 năm 2026"): the
    /// subject's, and the party title and the date are the header's. Before, the body started at the dash and an
    /// attached programme's date was taken for the letter's.
    @Test func aDashedLineBeforeTheRightColumnEndsTheSubject() {
        let text = ["ĐẢNG BỘ TỈNH KHÁNH HOÀ", "ĐẢNG UỶ XÃ CÔNG HẢI", "*", "Số -CV/ĐU", "Mời họp Thường trực Đảng uỷ", "- Tuần 04/2026",
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "Công Hải, ngày tháng 01 năm 2026", "Kính gửi: - Các đồng chí Thường trực Đảng uỷ,",
                    "- Lãnh đạo các cơ quan, đơn vị,", "Thực hiện Chương trình công tác, kính mời các đồng chí dự họp.",
                    "ĐẢNG UỶ XÃ CÔNG HẢI", "VĂN PHÒNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Công Hải, ngày 26 tháng 01 năm 2026",
                    "CHƯƠNG TRÌNH", "Họp Thường trực Đảng uỷ - tuần 4/2026"]
        let header = DocumentParser().parse(text: text.joined(separator: "\n"), name: "t.txt").header
        #expect(header.subject?.text == "Mời họp Thường trực Đảng uỷ - Tuần 04/2026")
        #expect(header.date?.value == "2026-01")
        #expect(header.nationalTitle?.text == "ĐẢNG CỘNG SẢN VIỆT NAM")
    }
}

/// The document's own number is no citation of it, but the same number dated in another year is another document:
/// numbers start again each year (set 39, 06: Chỉ thị 07/CT-UBND of 2023 cites Chỉ thị 07/CT-UBND of 31/5/2021).
@Suite struct OwnNumberOfAnotherYearTests {
    static func references(_ sentence: String) -> [String] {
        let text = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 07/CT-UBND", "Lâm Đồng, ngày 20 tháng 6 năm 2023", "", "CHỈ THỊ", "Về tăng cường phòng cháy", "",
                    sentence].joined(separator: "\n")
        return DocumentParser().parse(text: text, name: "t.txt").references.map { "\($0.number.canonical) \($0.date?.value ?? "-")" }
    }

    @Test func theSameNumberOfAnotherYearIsCited() {
        #expect(Self.references("Tiếp tục thực hiện Chỉ thị số 07/CT-UBND ngày 31/5/2021 của UBND tỉnh.") == ["07/CT-UBND 2021-05-31"])
        #expect(Self.references("Chỉ thị số 07/CT-UBND ngày 20/6/2023 có hiệu lực từ ngày ký.").isEmpty)
        #expect(Self.references("Giao các sở thực hiện Chỉ thị số 07/CT-UBND.").isEmpty)
    }
}
