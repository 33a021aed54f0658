import Testing
@testable import VanBan

@Suite struct QuantityExtractorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String, quantities: [String], values: [Double], units: [String?]
        var testDescription: String { text }
    }

    // Cell texts from the dev corpus tables.
    static let cases: [Case] = [
        .init(text: "01 buổi, bắt đầu lúc 13h30 ngày 15/5/2025", quantities: ["01 buổi"], values: [1], units: ["buổi"]),
        .init(text: "763.876,85", quantities: ["763.876,85"], values: [763876.85], units: [nil]),
        .init(text: "2498645,02", quantities: ["2498645,02"], values: [2498645.02], units: [nil]),
        .init(text: "1,5 ngày (bắt đầu từ 13h30’ thứ Hai ngày 06/7/2026)", quantities: ["1,5 ngày"], values: [1.5], units: ["ngày"]),
        .init(text: "Sau Tháng 7/2025", quantities: [], values: [], units: []),
        .init(text: "Nghị định số 146/2025/NĐ-CP", quantities: [], values: [], units: []),
    ]

    @Test(arguments: cases) func reads(_ c: Case) {
        let found = QuantityExtractor.quantities(in: c.text, span: nil)
        #expect(found.map(\.text) == c.quantities)
        #expect(found.map(\.value) == c.values)
        #expect(found.map(\.unit) == c.units)
    }

    @Test func seedTableCountsAreTyped() throws {
        let table = try #require(SeedDocumentTests.document.appendices.first?.tables.first)
        #expect(table.rows[0].cells[2].quantities.map(\.text) == ["01 buổi"])
        #expect(table.rows[0].cells[0].quantities.isEmpty)   // the TT column holds row numbers
    }
}
