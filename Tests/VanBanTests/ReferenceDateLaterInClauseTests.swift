import Testing
@testable import VanBan

/// A cited number dated later in its clause, after its issuer or its subject (held-out code-7 09, a tesseract
/// biên bản), and the sentences where such a date is not the number's.
@Suite struct ReferenceDateLaterInClauseTests {
    static func dates(_ sentence: String) -> [String: String?] {
        let document = DocumentParser().parse(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n" + sentence + "\n", name: "t.txt")
        return Dictionary(uniqueKeysWithValues: document.references.map { ($0.number.canonical, $0.date?.value) })
    }

    @Test func anIssuerThenTheActOfIssuingDatesTheNumber() {
        #expect(Self.dates("Được cấp Giấy chứng nhận số 839/ĐK-PCCC của phòng PC 07 công an tỉnh Yên Bái cấp ngày 29/12/2011; Biên bản kiểm tra.")
                == ["839/ĐK-PCCC": "2011-12-29"])
    }

    @Test func aSubjectThenADateEndingTheClauseDatesTheNumber() {
        #expect(Self.dates("Quyết định số 02/QĐ-PQLCS về việc thành lập Ban chỉ huy PCCC của cơ sở ngày 01/01/2016; Sổ theo dõi.")
                == ["02/QĐ-PQLCS": "2016-01-01"])
    }

    /// A law is passed, not issued: the date that opens the clause is its own.
    @Test func aDateOpeningTheClauseDatesTheLawPassedInIt() {
        #expect(Self.dates("Ngày 26/11/2024, Quốc hội đã thông qua Luật Thuế giá trị gia tăng số 48/2024/QH15 có hiệu lực từ ngày 01/7/2025.")
                == ["48/2024/QH15": "2024-11-26"])
    }

    /// "đã được ban hành ngày …" after a number cited inside another's subject is the outer act's date.
    @Test func anActWithoutItsIssuerIsTheSentences() {
        let got = Self.dates("Nghị định số 21/2026/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP đã được ban hành ngày 10/01/2026 chưa có quy định.")
        #expect(got["193/2025/NĐ-CP"] == .some(nil))
    }

    /// A date inside the subject, the clause going on after it, is the event's.
    @Test func aDateInsideTheSubjectIsTheEvents() {
        let got = Self.dates("Công văn số 45/SCT-VP về việc tổ chức hội nghị ngày 15/5/2025 tại Hà Nội; các đơn vị tham dự.")
        #expect(got["45/SCT-VP"] == .some(nil))
    }

    /// The date after a list of the acts an unnumbered law amends is that law's (held-out code-13 02 and pages 05, each
    /// keyed so by a reader who never saw the other): Luật 43/2024/QH15 of 29/6/2024 amends the four.
    @Test func theDateAfterAListOfAmendedActsIsTheAmendingActs() {
        let got = Self.dates("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024;")
        #expect(got["32/2024/QH15"] == .some(nil))
        #expect(got["31/2024/QH15"] == .some(nil))
        // One amended act: the date after it is its own.
        #expect(Self.dates("Căn cứ Nghị định số 80/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ;")["83/2014/NĐ-CP"]
                == "2014-09-03")
        // A chain of acts, each of the next ("… Thông tư số 10/2018/TT-BCT … quy định chi tiết … Nghị định số …"), is no list.
        #expect(Self.dates("sửa đổi, bổ sung khoản 1 Điều 5 Thông tư số 10/2018/TT-BCT của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều của Nghị định số 40/2018/NĐ-CP ngày 12 tháng 3 năm 2018 của Chính phủ;")["40/2018/NĐ-CP"]
                == "2018-03-12")
    }
}
