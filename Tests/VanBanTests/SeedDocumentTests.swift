import Foundation
import Testing
@testable import VanBan

/// The seed document's values from the CONTRACT table, checked field by field (the golden holds the rest).
@Suite struct SeedDocumentTests {
    static let document: Document = {
        let url = GoldenTests.corpus.appendingPathComponent("00_kh_SKHCN-QuangNgai_KH-SKHCN_seed.txt")
        let bytes = try! [UInt8](Data(contentsOf: url))
        return try! DocumentParser(options: .init(asOf: GoldenTests.asOf)).parse(bytes: bytes, name: url.lastPathComponent)
    }()

    @Test func header() {
        let h = Self.document.header
        #expect(Self.document.kind == .administrative)
        #expect(h.nationalTitle?.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(h.motto?.text == "Độc lập - Tự do - Hạnh phúc")
        #expect(h.parentAuthority?.text == "UBND TỈNH QUẢNG NGÃI")
        #expect(h.issuer?.text == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        #expect(h.number?.canonical == "/KH-SKHCN")
        #expect(h.number?.sequence == nil)
        #expect(h.number?.typeCode == "KH")
        #expect(h.number?.issuerCode == "SKHCN")
        #expect(h.number?.style == .state)
        #expect(h.place?.text == "Quảng Ngãi")
        #expect(h.date?.value == "2024-05-15")
        #expect(h.documentType?.name == "Kế hoạch")
        #expect(h.documentType?.code == "KH")
        #expect(h.subject?.text.hasPrefix("Làm việc với các sở ban ngành, địa phương,") == true)
        #expect(h.subject?.text.hasSuffix("đổi mới sáng tạo và chuyển đổi số") == true)
    }

    @Test func outlineAndClosing() {
        let d = Self.document
        #expect(d.body.compactMap(\.marker) == ["I", "II", "III", "IV"])
        #expect(d.closing.recipients.count == 3)
        #expect(d.closing.archive?.text == "Lưu: VT, QLKHCN.")
        #expect(d.closing.signatures.count == 1)
        let s = d.closing.signatures[0]
        #expect(s.mode == "KT")
        #expect(s.authority == "GIÁM ĐỐC")
        #expect(s.title == "PHÓ GIÁM ĐỐC")
        #expect(s.name == "Phan Văn Hiếu")
    }

    @Test func referencesWithDatesAndOneMentionPerPlace() {
        let refs = Dictionary(uniqueKeysWithValues: Self.document.references.map { ($0.number.canonical, $0) })
        #expect(Set(refs.keys) == ["359-KH/TU", "57-NQ/TW", "71/NQ-CP"])
        #expect(refs["359-KH/TU"]?.date?.value == "2025-04-29")
        #expect(refs["57-NQ/TW"]?.date?.value == "2024-12-22")
        #expect(refs["71/NQ-CP"]?.date?.value == "2025-04-01")
        #expect(refs["57-NQ/TW"]?.mentions.count == 4)
        #expect(refs["359-KH/TU"]?.mentions.count == 2)
        #expect(refs["57-NQ/TW"]?.issuer == "Bộ Chính trị")
        // The mention split across lines ("57-" / "NQ/TW") points at the original line of "57-".
        let spans = refs["57-NQ/TW"]!.mentions.map(\.span.start.line)
        #expect(spans == [26, 48, 54, 62])
    }

    @Test func appendixTable() throws {
        let appendix = try #require(Self.document.appendices.first)
        #expect(appendix.attachedTo?.number.canonical == "/KH-SKHCN")
        let table = try #require(appendix.tables.first)
        #expect(table.columns.count == 4)
        #expect(table.rows.count == 9)
        #expect(table.rows[0].cells[3].text == "Tại các đơn vị")
        #expect(table.rows[0].cells[3].rowSpan == 9)
        #expect(table.rows[7].cells[1].text == "Công ty Cổ phần Đường Quảng Ngãi")
        #expect(table.rows[0].cells[2].values.first?.value == "2025-05-15T13:30")
        #expect(table.rows[8].cells[2].values.first?.value == "2025-07")
    }

    @Test func exactlyTheSeedFindingsAtWarningOrAbove() {
        let findings = Self.document.diagnostics.filter { $0.severity >= .warning }.map(\.rule).sorted()
        #expect(findings == ["date.cited-after-issue", "date.cited-after-issue", "date.cited-after-issue",
                             "date.self-reference-mismatch", "number.missing", "schedule.weekend"])
        #expect(Self.document.diagnostics.contains { $0.rule == "text.mixed-tone-style" })
    }
}
