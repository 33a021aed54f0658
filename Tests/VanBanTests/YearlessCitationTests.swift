import Testing
@testable import VanBan

/// An act cited once without the year its symbol carries ("Nghị định số 178/NĐ-CP ngày 01/7/2025" beside
/// "178/2025/NĐ-CP ngày 01/7/2025", held-out code-3 09): one reference, where its first mention stands.
@Suite struct YearlessCitationTests {
    static func references(_ lines: [String]) -> [Reference] {
        DocumentParser().parse(text: (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""] + lines).joined(separator: "\n") + "\n", name: "t.txt").references
    }

    @Test func theSameActWithoutItsYearIsOneReference() {
        let refs = Self.references([
            "Căn cứ Nghị định số 178/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết;",
            "Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ;",
            "Căn cứ Nghị định số 178/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;"])
        #expect(refs.map(\.number.canonical) == ["178/2025/NĐ-CP", "35/2022/NĐ-CP"])
        #expect(refs.first?.mentions.count == 2)
    }

    /// A people's council numbers its individual resolutions apart from its legal ones: dated another day, another act.
    @Test func aNumberWithoutAYearDatedAnotherDayIsAnotherAct() {
        let refs = Self.references([
            "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 06/7/2022 của Hội đồng nhân dân tỉnh;",
            "Căn cứ Nghị quyết số 27/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh;"])
        #expect(refs.map(\.number.canonical) == ["27/NQ-HĐND", "27/2021/NQ-HĐND"])
    }

    /// Held-out pages-51 01: a joint circular named in full in the V/v line, then cited twice without "TTLT".
    @Test func theSameActWithoutItsTypeCodeIsOneReference() {
        let refs = Self.references([
            "V/v thực hiện Thông tư liên tịch số 21/2010/TTLT-BTNMT-BQP",
            "Thực hiện Thông tư số 21/2010/BTNMT-BQP ngày 13/10/2010 của liên Bộ Tài nguyên và Môi trường - Bộ Quốc phòng;",
            "Căn cứ Thông tư số 22/2010/TT-BTNMT ngày 13/10/2010 của Bộ Tài nguyên và Môi trường."])
        #expect(refs.map(\.number.canonical) == ["21/2010/TTLT-BTNMT-BQP", "22/2010/TT-BTNMT"])
        #expect(refs.first?.mentions.count == 2)
    }

    /// `number.format` reports the mention that left the type code out, at that mention.
    @Test func theMentionWithoutItsTypeCodeIsReported() {
        let text = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
                    "Căn cứ Thông tư liên tịch số 21/2010/TTLT-BTNMT-BQP ngày 13/10/2010;",
                    "Thực hiện Thông tư số 21/2010/BTNMT-BQP ngày 13/10/2010 của liên Bộ."].joined(separator: "\n") + "\n"
        let findings = DocumentParser().parse(text: text, name: "t.txt").diagnostics.filter { $0.rule == "number.format" }
        #expect(findings.map(\.span.start.line) == [4])
        #expect(findings.first?.message.contains("without its type code") == true)
    }
}
