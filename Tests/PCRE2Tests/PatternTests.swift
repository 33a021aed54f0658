import Testing
@testable import PCRE2

@Suite struct PatternTests {
    @Test func noMatchIsNil() throws {
        let p = try Pattern(#"\d+"#)
        #expect(p.firstMatch(in: "không có số") == nil)
    }

    @Test func compileErrorCarriesOffset() {
        #expect(throws: PCRE2Error.self) { try Pattern("abc(") }
        do {
            _ = try Pattern("ab[c")
            Issue.record("should not compile")
        } catch {
            guard case let .compile(_, message, offset, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(offset == 4)
            #expect(!message.isEmpty)
        }
    }

    @Test func unicodePropertiesAndCaselessVietnamese() throws {
        let p = try Pattern(#"\p{Lu}\p{Ll}+"#)
        #expect(p.firstMatch(in: "số Đường")?[0] == "Đường")
        let caseless = try Pattern("QUẢNG NGÃI", options: .caseless)
        #expect(caseless.matches("tỉnh Quảng Ngãi"))
    }

    @Test func byteOffsetsMapToStringIndices() throws {
        let text = "Số: 359-KH/TU ngày 29/4/2025"
        let p = try Pattern(#"(?<num>\d+-\p{Lu}+/\p{Lu}+)"#)
        let m = try #require(p.firstMatch(in: text))
        #expect(m["num"] == "359-KH/TU")
        #expect(m.byteRange(named: "num")! == (6, 15))   // "Số: " is 6 bytes: S, ố (3 bytes), :, space
        #expect(text[m.range(named: "num")!] == "359-KH/TU")
    }

    @Test func allMatchesHandlesEmptyMatchesAndMultibyteText() throws {
        let p = try Pattern(#"\d*"#)
        let matches = p.allMatches(in: "ả1ế22")
        #expect(matches.compactMap { $0[0] }.filter { !$0.isEmpty } == ["1", "22"])
        let words = try Pattern(#"\p{L}+"#).allMatches(in: "Tỉnh uỷ Quảng Ngãi")
        #expect(words.map { String($0[0]!) } == ["Tỉnh", "uỷ", "Quảng", "Ngãi"])
    }

    @Test func optionalGroupThatDidNotTakePartIsNil() throws {
        let m = try #require(try Pattern(#"a(b)?c"#).firstMatch(in: "ac"))
        #expect(m[1] == nil)
        #expect(m[0] == "ac")
    }

    @Test func runawayPatternHitsTheMatchLimitInsteadOfHanging() throws {
        var limits = Pattern.Limits()
        limits.match = 10_000
        let p = try Pattern(#"^(a+)+$"#, limits: limits)
        let subject = String(repeating: "a", count: 40) + "b"
        #expect(throws: PCRE2Error.self) { _ = try p.firstMatch(in: subject, fromByte: 0) }
        #expect(p.firstMatch(in: subject) == nil)
    }

    @Test func compiledPatternIsSharedAcrossThreads() async throws {
        let p = try Pattern(#"\d{1,2}/\d{1,2}/\d{4}"#)
        let line = String(repeating: "họp ngày 15/5/2025, ", count: 50)
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { p.allMatches(in: line).count } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 50, count: 8))
    }

    @Test func jitIsUsedWhereAvailable() throws {
        #if arch(x86_64) || arch(arm64)
        #expect(try Pattern("a+").isJITCompiled)
        #endif
    }

    /// Each thread keeps one match data for every pattern; a pattern with more groups than it holds gets its own,
    /// and every group's offsets still come back.
    @Test func aPatternWithMoreGroupsThanTheThreadsMatchDataKeepsThemAll() throws {
        let groups = Int(MatchData.threadPairs) + 4
        let p = try Pattern(String(repeating: "(a)", count: groups))
        let match = try #require(p.firstMatch(in: "x" + String(repeating: "a", count: groups)))
        #expect(p.captureCount == groups)
        #expect(match.byteRange(groups)! == (groups, groups + 1))
        // A small pattern after it reads its own offsets from the thread's match data.
        #expect(try Pattern("(b)(c)").firstMatch(in: "abc")?[2] == "c")
    }

    /// Matches on several threads at once read their own offsets, never another thread's.
    @Test func threadsMatchingAtOnceGetTheirOwnOffsets() async throws {
        let p = try Pattern(#"(?<n>\d+)/(?<y>\d{4})"#)
        let found = await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    (0..<2_000).allSatisfy { i in
                        let n = t * 10_000 + i
                        return p.firstMatch(in: "Số \(n)/2025 ngày")?["n"].map(String.init) == String(n)
                    }
                }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(found)
    }

    /// A text without any piece a pattern declares required is no match, and one with a piece is matched as usual.
    @Test func requiredPiecesOnlyShortCutTextsThatCannotMatch() throws {
        let p = try Pattern(#"(?<![\p{L}])\p{Lu}\p{Ll}+, ngày \d+"#, requiringOneOf: ["ngày"])
        #expect(p.firstMatch(in: "Lào Cai, ngày 5 tháng 6")?[0] == "Cai, ngày 5")
        #expect(!p.matches("Lào Cai, 5 tháng 6"))
        #expect(p.allMatches(in: "Hà Nội, ngày 1 và Huế, ngày 2").count == 2)
        #expect(try Pattern("x", requiringOneOf: []).matches("x"))
        #expect(try !Pattern("x", requiringOneOf: ["y"]).matches("x"))   // a wrong declaration loses the match: the caller's promise
    }
}

