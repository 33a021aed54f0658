import Testing
@testable import VanBan

@Suite struct IntakeTests {
    @Test func utf8BOMAndUTF16AreDecoded() throws {
        let text = "Số: 12/QĐ-UBND"
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)).text == text)
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try TextDecoder.decode(le)
        #expect(decoded.text == text)
        #expect(decoded.encoding == "utf-16le")
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TextDecoder.decode(be).encoding == "utf-16be")
    }

    @Test func invalidUTF8ReportsTheByteOffsetOrIsReplacedWhenLossy() throws {
        let bytes = Array("Lào Cai".utf8) + [0xFF] + Array(" 2026".utf8)
        #expect(throws: InputError.invalidUTF8(byteOffset: 8)) { try TextDecoder.decode(bytes) }
        let lossy = try TextDecoder.decode(bytes, lossy: true)
        #expect(lossy.text.contains("\u{FFFD}"))
        #expect(lossy.replacedOffsets == [8])
    }

    @Test func lineEndsAreLFCRLFAndCR() {
        let result = LineReader.read("a\r\nb\rc\nd")
        #expect(result.lines.map(\.text) == ["a", "b", "c", "d"])
        #expect(result.repairs.contains("crlf"))
    }

    @Test func decomposedTextIsComposedAndColumnsStillPointAtTheOriginal() {
        // "Quảng" written with a combining hook above and dot: Q u a ̉ n g → NFC "Quảng".
        let decomposed = "Tỉnh Qua\u{0309}ng Nga\u{0303}i 2024"
        let line = LineReader.read(decomposed).lines[0]
        #expect(line.text == "Tỉnh Quảng Ngãi 2024")
        // "2024" starts at scalar 17 of the NFC text but at column 19 of the original (two marks before it).
        let offset = line.text.unicodeScalars.count - 4
        #expect(line.position(at: offset) == SourcePosition(line: 1, column: 19))
    }

    @Test func invisibleCharactersAreRemovedAndNoBreakSpacesBecomeSpaces() {
        let result = LineReader.read("Số:\u{00A0}12\u{200B}/UBND X")
        #expect(result.lines[0].text == "Số: 12/UBND X")
        #expect(result.lines[0].position(at: 6) == SourcePosition(line: 1, column: 8))
        #expect(result.repairs.contains("invisible"))
    }

    /// A layout written with tabs (`unexpand`, Word's text export): each tab goes to the next stop of eight columns,
    /// so the gap between two columns stays a gap; what follows keeps its own column.
    @Test func aTabGoesToTheNextStopOfEightColumns() {
        let line = LineReader.read("UBND TỈNH\t\tCỘNG HÒA\nab\tc").lines
        #expect(line[0].text == "UBND TỈNH" + String(repeating: " ", count: 15) + "CỘNG HÒA")
        #expect(line[0].position(at: 24) == SourcePosition(line: 1, column: 12))
        #expect(line[1].text == "ab      c")
    }

    @Test func formFeedMarksAPageBreak() {
        let lines = LineReader.read("trang một\n\u{0C}2\ntrang hai").lines
        #expect(lines[1].startsPage)
        #expect(lines[1].text == "2")
    }

    @Test func fontArtefactLettersAreRepaired() {
        #expect(LineReader.read("Sở Công Thƣơng").lines[0].text == "Sở Công Thương")
    }

    @Test func sha256MatchesTheKnownVector() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    /// A document without line ends (one 60,000-scalar line with no-break spaces, so it carries a column
    /// map) is cut into pieces that each keep only their own part of the map, and still point right.
    @Test func piecesOfALongLineKeepOnlyTheirPartOfTheColumnMap() {
        let sentence = "Thực hiện\u{00A0}Kế hoạch số 359-KH/TU ngày 29/4/2025 của Ban Thường vụ Tỉnh ủy. "
        let text = String(repeating: sentence, count: 60_000 / sentence.unicodeScalars.count + 1)
        var lines = LineReader.read(text).lines
        var repairs: [String] = []
        LongLines().run(&lines, repairs: &repairs)
        #expect(lines.count > 10)
        for piece in lines {
            let mapped = piece.anchors.compactMap(\.columns).map(\.count).reduce(0, +)
            #expect(mapped <= piece.scalarCount)
        }
        // The last piece's first scalar is where the original line says it is.
        let last = lines[lines.count - 1]
        let before = lines.dropLast().map(\.scalarCount).reduce(0, +)
        #expect(last.position(at: 0) == SourcePosition(line: 1, column: before + 1))
    }

    /// "Ð" (eth, U+00D0) stands for "Đ" in OCR and converted text (Corpus/50: "Ðổi mới"; a biên bản's "04/QÐ").
    @Test func ethIsReadAsĐ() {
        let result = LineReader.read("Quyết định số 04/QÐ ngày 01/01/2016; Ðổi mới, ðã")
        #expect(result.lines[0].text == "Quyết định số 04/QĐ ngày 01/01/2016; Đổi mới, đã")
        #expect(result.repairs.contains("letters"))
    }

    /// "ǎ" (a with caron, U+01CE) stands for "ă" in text an old converter wrote ("Hà Nội, ngày 29 tháng 10 nǎm 2013",
    /// "Cǎn cứ"); a tone after it composes onto the "ă". The header's date is then read.
    @Test func aWithCaronIsReadAsĂ() {
        let result = LineReader.read("Hà Nội, ngày 29 tháng 10 nǎm 2013; Cǎn cứ; ǍN; \u{01CE}\u{0301}")
        #expect(result.lines[0].text == "Hà Nội, ngày 29 tháng 10 năm 2013; Căn cứ; ĂN; ắ")
        #expect(result.repairs.contains("letters"))
        let document = DocumentParser().parse(text: "BỘ CÔNG THƯƠNG\nSố: 12/QĐ-BCT\nHà Nội, ngày 29 tháng 10 nǎm 2013\nQUYẾT ĐỊNH\n", name: "t")
        #expect(document.header.date?.value == "2013-10-29")
    }
}
