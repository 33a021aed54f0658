import JSON
import Testing

@Suite struct JSONPointerTests {
    let document: JSONValue = [
        "foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7,
        "m~n": 8, "deep": ["list": [["x": true]]],
    ]

    @Test func escapesComponents() {
        #expect(JSONPointer.string(["header", "date"]) == "/header/date")
        #expect(JSONPointer.string(["a/b", "m~n", "~1"]) == "/a~1b/m~0n/~01")
        #expect(JSONPointer.string([String]()) == "")
        #expect(JSONPointer.root.appending("items").appending(3).description == "/items/3")
    }

    /// The examples of RFC 6901 §5.
    @Test func resolvesTheRFCExamples() throws {
        let cases: [(String, JSONValue?)] = [
            ("", document), ("/foo", ["bar", "baz"]), ("/foo/0", "bar"), ("/", 0), ("/a~1b", 1), ("/c%d", 2),
            ("/e^f", 3), ("/g|h", 4), ("/i\\j", 5), ("/k\"l", 6), ("/ ", 7), ("/m~0n", 8),
            ("/deep/list/0/x", true), ("/foo/2", nil), ("/foo/-", nil), ("/foo/01", nil), ("/nope", nil),
            ("/foo/0/x", nil),
        ]
        for (text, expected) in cases {
            let pointer = try JSONPointer(parsing: text)
            #expect(document.value(at: pointer) == expected, "\(text)")
            #expect(pointer.description == text, "round trip of \(text)")
        }
    }

    @Test func rejectsMalformedPointers() {
        #expect(throws: JSONPointerError.missingLeadingSlash("foo")) { try JSONPointer(parsing: "foo") }
        #expect(throws: JSONPointerError.invalidEscape("/a~2")) { try JSONPointer(parsing: "/a~2") }
        #expect(throws: JSONPointerError.invalidEscape("/a~")) { try JSONPointer(parsing: "/a~") }
    }

    @Test func tokensAreUnescapedOnce() throws {
        #expect(try JSONPointer(parsing: "/~01").tokens == ["~1"])
        #expect(try JSONPointer(parsing: "/a//b/").tokens == ["a", "", "b", ""])
    }
}
