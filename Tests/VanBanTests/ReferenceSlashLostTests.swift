import Testing
@testable import VanBan

/// A number whose slash a web copy lost, a space in its place (held-out pages-58 03, a Văn phòng Chính phủ letter:
/// "công văn số 15486 BTC-QLN ngày 02 tháng 11 năm 2009").
@Suite struct ReferenceSlashLostTests {
    static func references(_ sentence: String) -> [Reference] {
        DocumentParser().parse(text: "VĂN PHÒNG CHÍNH PHỦ\nSố: 8174/VPCP-QHQT\n\n" + sentence + "\n", name: "cv.txt").references
    }

    @Test func aStateIssuersSymbolIsReadWithItsDate() throws {
        let refs = Self.references("Xét đề nghị của Bộ Tài chính (công văn số 15486 BTC-QLN ngày 02 tháng 11 năm 2009), Phó Thủ tướng có ý kiến:")
        let reference = try #require(refs.first { $0.number.canonical == "15486/BTC-QLN" })
        #expect(reference.date?.value == "2009-11-02")
        #expect(reference.mentions.map(\.text) == ["15486 BTC-QLN"])
    }

    /// The code before the hyphen must be a state issuer's: a count of things and a name are no number.
    @Test(arguments: ["Hỗ trợ số 12 HTX-Nông nghiệp trong năm 2024.", "Căn nhà số 15 Lê-Lợi được sửa chữa.",
                      "Giao số 30 XYZQ-ABC cho đơn vị."])
    func otherWordsAfterANumberAreNoReference(_ sentence: String) {
        #expect(Self.references(sentence).isEmpty)
    }
}
