import Foundation
import JSON
import JSONSchema
import Testing
@testable import VanBan

/// Damaged versions of every corpus document (cut short, lines dropped, lines shuffled, junk lines
/// inserted) must still parse, and what comes out must still conform to the schema: bad input gives a
/// document with diagnostics, never a crash or an invalid document.
@Suite struct MutatedInputTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let schema = try! Schema(try! JSONReader().read(DocumentSchema.text))

    static func mutations(of text: String, seed: UInt64) -> [String] {
        var rng = SplitMix(state: seed)
        let lines = text.components(separatedBy: "\n")
        let cut = Array(lines.prefix(Int.random(in: 0...max(0, lines.count), using: &rng)))
        let dropped = lines.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)
        let shuffled = lines.shuffled(using: &rng)
        var junk = lines
        for _ in 0..<10 {
            let noise = String((0..<Int.random(in: 0...30, using: &rng)).map { _ in " -/.:0123456789IVXabcTMKL()|đ".randomElement(using: &rng)! })
            junk.insert(noise, at: Int.random(in: 0...junk.count, using: &rng))
        }
        return [cut, dropped, shuffled, junk].map { $0.joined(separator: "\n") }
    }

    @Test(arguments: GoldenTests.documents) func damagedDocumentsStillConform(_ name: String) throws {
        let text = try String(contentsOf: GoldenTests.corpus.appendingPathComponent(name), encoding: .utf8)
        for (k, variant) in Self.mutations(of: text, seed: UInt64(name.utf8.count)).enumerated() {
            let document = DocumentParser(options: .init(asOf: GoldenTests.asOf)).parse(text: variant, name: name)
            let errors = Self.schema.validate(document.json)
            #expect(errors.isEmpty, "\(name) variant \(k): \(errors.prefix(2))")
        }
    }
}

/// Roles a later step changes must keep a date's shape valid (held-out m01 broke the schema and lost its
/// whole output: "hoàn thành trong quý II/2020" in a decision of August 2020 was a deadline with an end,
/// and losing its deadline role left a span of time with no role).
@Suite struct DateRoleShapeTests {
    @Test func aPastSpanOfTimeStaysAPeriod() {
        let text = ["ỦY BAN NHÂN DÂN TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 435/QĐ-UBND",
                    "Kon Tum, ngày 10 tháng 8 năm 2020", "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch",
                    "Điều 1. Tuyên truyền hoàn thành trong quý I - quý II/2020; rà soát hoàn thành trong quý III/2020."]
            .joined(separator: "\n")
        let document = DocumentParser(options: .init(asOf: GoldenTests.asOf)).parse(text: text, name: "t.txt")
        #expect(MutatedInputTests.schema.validate(document.json).isEmpty)
        #expect(document.dates.filter { $0.end != nil }.allSatisfy { $0.role == .period || $0.role == .deadline })
    }

    /// Found by mutating the held-out sets (a line inserted between "… số 134/KH-UBND ngày" and its date): a
    /// span of time after a number was taken as the cited document's date, and a citation with an end
    /// breaks the schema.
    @Test func aSpanOfTimeDatesNoCitedDocument() {
        let text = ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-UBND",
                    "Lào Cai, ngày 10 tháng 6 năm 2026", "KẾ HOẠCH", "Tổ chức kiểm tra",
                    "1. Thực hiện Kế hoạch số 134/KH-UBND ngày", "từ ngày 01/7/2026 đến ngày 15/7/2026", "26/3/2026 của Ủy ban nhân dân tỉnh."]
            .joined(separator: "\n")
        let document = DocumentParser(options: .init(asOf: GoldenTests.asOf)).parse(text: text, name: "t.txt")
        #expect(MutatedInputTests.schema.validate(document.json).isEmpty)
        #expect(document.references.first { $0.number.canonical == "134/KH-UBND" }?.date == nil)
    }

    /// Found by mutating the held-out sets: a "STT" label on an appendix's last line, under lines in two
    /// columns, centred its header past the end of the text (an index out of range, a crash).
    @Test func aNumberLabelOnTheLastLine() {
        let text = ["quý I/2026", "Độc lập - Tự do - Hạnh phúc", "    Kể từ ngày Quyết định này có hiệu lực thi hành cho đến hết ngày 31 tháng 12",
                    "năm 2025.", "PHỤ LỤC II", "    Điều 3. Điều kiện ủy quyền",
                    "- Các PCT UBND tỉnh;                              PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "08/6/20210", "STT"].joined(separator: "\n")
        let document = DocumentParser(options: .init(asOf: GoldenTests.asOf)).parse(text: text, name: "t.txt")
        #expect(MutatedInputTests.schema.validate(document.json).isEmpty)
    }
}
