import JSON
import Testing

@Suite struct JSONReaderTests {
    let reader = JSONReader()

    @Test func readsEveryKindOfValue() throws {
        let value = try reader.read(#" {"a": [1, -2.5, true, false, null, "x"], "b": {}, "c": []} "#)
        #expect(value == ["a": [1, -2.5, true, false, nil, "x"], "b": [:], "c": []])
        #expect(value.objectValue?.keys == ["a", "b", "c"])
    }

    @Test func keepsMemberOrderAndLastDuplicateWins() throws {
        let value = try reader.read(#"{"z": 1, "a": 2, "z": 3}"#)
        #expect(value.objectValue?.keys == ["z", "a"])
        #expect(value["z"] == 3)
        // Many members take the hashed path.
        let many = "{" + (0 ..< 40).map { "\"k\($0 % 30)\": \($0)" }.joined(separator: ",") + "}"
        let object = try #require(try reader.read(many).objectValue)
        #expect(object.count == 30)
        #expect(object["k5"] == 35)
        #expect(object.keys.first == "k0")
    }

    @Test func integersAndDoubles() throws {
        #expect(try reader.read("0") == .int(0))
        #expect(try reader.read("-0") == .int(0))
        #expect(try reader.read("9223372036854775807") == .int(Int.max))
        #expect(try reader.read("-9223372036854775808") == .int(Int.min))
        guard case let .double(big) = try reader.read("9223372036854775808") else { Issue.record("not a double"); return }
        #expect(big == 9223372036854775808.0)
        guard case let .double(huge) = try reader.read("12345678910111213141516171819202122232425262728293031") else {
            Issue.record("not a double"); return
        }
        #expect(huge == 1.2345678910111214e52 && huge.rounded() == huge)
        #expect(try reader.read("1.0") == .double(1.0))
        #expect(try reader.read("0.1") == .double(0.1))
        #expect(try reader.read("0.0075") == .double(0.0075))
        #expect(try reader.read("1E3") == .double(1000))
        #expect(try reader.read("1e-7") == .double(1e-7))
        #expect(try reader.read("1e308") == .double(1e308))
        #expect(try reader.read("2.2250738585072014e-308") == .double(2.2250738585072014e-308))
        #expect(try reader.read("123456789012345678901234.5e-3") == .double(123456789012345678901.2345))
        #expect(try reader.read("0.30000000000000004") == .double(0.30000000000000004))
        #expect(try reader.read("-1.5e+2") == .double(-150))
    }

    @Test func stringsAndEscapes() throws {
        #expect(try reader.read(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        #expect(try reader.read(#""\u00e9\u1EA1\ud83d\ude00""#) == .string("éạ😀"))
        #expect(try reader.read(#""nul\u0000x""#) == .string("nul\u{0}x"))
        #expect(try reader.read("\"Cộng hòa 😀\"") == .string("Cộng hòa 😀"))
        #expect(try reader.read([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test func readsFromByteCollections() throws {
        let bytes = Array(#"{"a":1}"#.utf8)
        #expect(try reader.read(bytes) == ["a": 1])
        #expect(try reader.read(bytes[...]) == ["a": 1])
        #expect(try reader.read(AnySequence(bytes)) == ["a": 1])
    }

    /// Each malformed input, the reason and the (line, column, offset) it must report.
    static let malformed: [(String, JSONReadError.Reason, Int, Int, Int)] = [
        ("", .emptyInput, 1, 1, 0),
        ("  \n ", .emptyInput, 2, 2, 4),
        ("[1,]", .trailingComma, 1, 3, 2),
        ("{\"a\":1,}", .trailingComma, 1, 7, 6),
        ("[1 2]", .unexpectedCharacter(found: "'2'", expected: "',' or ']' after an array element"), 1, 4, 3),
        ("{\"a\" 1}", .unexpectedCharacter(found: "'1'", expected: "':' after a member name"), 1, 6, 5),
        ("{a:1}", .unexpectedCharacter(found: "'a'", expected: "a member name in double quotes"), 1, 2, 1),
        ("[1", .unexpectedEnd(expected: "',' or ']'"), 1, 3, 2),
        ("// c\n1", .unexpectedCharacter(found: "'/'", expected: "a value"), 1, 1, 0),
        ("[1] x", .trailingContent, 1, 5, 4),
        ("tru", .invalidLiteral, 1, 1, 0),
        ("NaN", .unexpectedCharacter(found: "'N'", expected: "a value"), 1, 1, 0),
        ("01", .invalidNumber("leading zeros are not allowed"), 1, 1, 0),
        ("-", .invalidNumber("expected a digit after '-'"), 1, 2, 1),
        ("1.", .invalidNumber("expected a digit after '.'"), 1, 3, 2),
        ("1e+", .invalidNumber("expected a digit in the exponent"), 1, 4, 3),
        ("1e400", .numberOutOfRange, 1, 1, 0),
        ("\"a\\x\"", .invalidEscape, 1, 3, 2),
        ("\"\\u12G4\"", .invalidUnicodeEscape, 1, 6, 5),
        ("\"\\ud800\"", .loneSurrogate, 1, 2, 1),
        ("\"\\udc00\\ud800\"", .loneSurrogate, 1, 2, 1),
        ("\"\\ud800\\u0041\"", .loneSurrogate, 1, 2, 1),
        ("\"a\tb\"", .controlCharacterInString, 1, 3, 2),
        ("\"abc", .unexpectedEnd(expected: "'\"' to close the string"), 1, 5, 4),
        ("'a'", .unexpectedCharacter(found: "'''", expected: "a value"), 1, 1, 0),
        // Columns count Unicode scalars: "ộ" is 3 bytes but one column.
        ("{\"ộ\": [1,\n  2,, 3]}", .unexpectedCharacter(found: "','", expected: "a value"), 2, 5, 16),
    ]

    @Test(arguments: 0 ..< malformed.count)
    func reportsMalformedInput(_ index: Int) {
        let (text, reason, line, column, offset) = Self.malformed[index]
        #expect(throws: JSONReadError(reason: reason, line: line, column: column, offset: offset), "\(text)") {
            try reader.read(text)
        }
    }

    @Test func rejectsInvalidUTF8() {
        let cases: [[UInt8]] = [
            [0x22, 0xC0, 0xAF, 0x22],              // overlong "/"
            [0x22, 0xED, 0xA0, 0x80, 0x22],        // encoded surrogate
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
            [0x22, 0xE1, 0x80, 0x22],              // truncated
            [0x22, 0xFF, 0x22],
        ]
        for bytes in cases {
            #expect(throws: JSONReadError.self) { try reader.read(bytes) }
            do { _ = try reader.read(bytes) } catch { #expect(error.reason == .invalidUTF8) }
        }
    }

    @Test func capsNestingDepth() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try reader.read(ok) }
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONReadError(reason: .tooDeep(limit: 512), line: 1, column: 513, offset: 512)) {
            try reader.read(deep)
        }
        let custom = JSONReader(maxDepth: 3)
        #expect(throws: Never.self) { try custom.read(#"{"a":[[1]]}"#) }
        #expect(throws: JSONReadError.self) { try custom.read(#"{"a":[[[1]]]}"#) }
    }

    @Test func neverCrashesOnRandomBytes() {
        var generator = SplitMix(seed: 42)
        let alphabet = Array(#"{}[]:,"\-+.eE0123456789tfnrul aé"#.utf8) + [0x0A, 0x5C, 0xC3, 0xA9, 0xFF, 0x00]
        for _ in 0 ..< 20_000 {
            let length = Int(generator.next() % 24)
            let bytes = (0 ..< length).map { _ in
                generator.next() % 4 == 0 ? UInt8(truncatingIfNeeded: generator.next())
                                          : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            do {
                let value = try reader.read(bytes)
                // Whatever is accepted must survive a write/read round trip.
                #expect(try reader.read(JSONWriter().string(value)) == value)
            } catch {
                #expect(error.line >= 1 && error.column >= 1 && error.offset <= bytes.count)
            }
        }
    }

    @Test func readsNDJSONLineByLine() throws {
        let text = "{\"a\":1}\n\n[1,\r\n  2 ]\r\n{\"b\":}\n"
        var results: [(Int, Result<JSONValue, JSONReadError>)] = []
        reader.forEachLine(in: Array(text.utf8)) { line, result in results.append((line, result)) }
        #expect(results.count == 4)
        #expect(results.map(\.0) == [1, 3, 4, 5])
        #expect(try results[0].1.get() == ["a": 1])
        guard case let .failure(error) = results[1].1 else { Issue.record("line 3 should fail"); return }
        #expect(error.line == 3 && error.column == 5)
        guard case let .failure(error) = results[3].1 else { Issue.record("line 5 should fail"); return }
        #expect(error.line == 5 && error.column == 6 && error.offset == Array(text.utf8).count - 2)
    }
}

/// A small deterministic generator so the fuzz test is reproducible.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
