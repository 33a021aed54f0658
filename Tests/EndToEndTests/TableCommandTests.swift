import Foundation
import Testing

@Suite struct TableCommandTests {
    typealias P = VanbanProcess

    /// An RFC 4180 reader: records end with CRLF; quoted fields may hold commas, quotes ("") and line ends.
    /// Returns the records, an empty line as an empty record.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? { if let p = pending { pending = nil; return p }; return scalars.next() }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    let d = next()
                    if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = d }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !wasQuoted: quoted = true; wasQuoted = true
            case ",": record.append(field); field = ""; wasQuoted = false
            case "\r":
                guard next() == "\n" else { Issue.record("a bare CR outside quotes"); return records }
                if record.isEmpty && field.isEmpty && !wasQuoted { records.append([]) } else { record.append(field); records.append(record) }
                record = []; field = ""; wasQuoted = false
            default: field.unicodeScalars.append(c)
            }
        }
        if !record.isEmpty || !field.isEmpty { Issue.record("the last record has no CRLF") }
        return records
    }

    @Test func theSeedIsAHeaderRowAndNineRowsOfFourFields() throws {
        let r = try P.run(["table", P.seed])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let records = Self.records(r.stdout)
        #expect(records.count == 10)
        #expect(records.first?.first == "TT")
        #expect(records.first?[1] == "Cơ quan, tổ chức đăng ký làm việc")
        #expect(r.stdout.hasPrefix("TT,\"Cơ quan, tổ chức đăng ký làm việc\","))   // quoted for its comma
        #expect(records.allSatisfy { $0.count == 4 })
        #expect(records.dropFirst().map { $0[0] } == (1...9).map(String.init))
        // The merged place cell is repeated in every row it covers.
        #expect(records.dropFirst().allSatisfy { $0[3] == "Tại các đơn vị" })
        #expect(records[1][2].contains("13h30 ngày 15/5/2025"))
    }

    @Test func severalTablesAreSeparatedByOneEmptyLine() throws {
        let text = try String(contentsOfFile: P.seed, encoding: .utf8)
        let appendix = try #require(text.range(of: "PHỤ LỤC"))
        let lineStart = text[..<appendix.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let twice = text + "\n" + text[lineStart...]
        let r = try P.run(["table", "-"], stdin: Data(twice.utf8))
        #expect(r.status == 0)
        let records = Self.records(r.stdout)
        #expect(records.count == 21)
        #expect(records[10] == [])
        #expect(records[11].first == "TT")
        #expect(!r.stdout.hasPrefix("\r\n") && !r.stdout.hasSuffix("\r\n\r\n"))
    }

    @Test func jsonIsTheTablesOfTheDocumentJSON() throws {
        let r = try P.run(["table", "--format", "json", P.seed])
        #expect(r.status == 0)
        let tables = try #require(P.json(r.stdout) as? [[String: Any]])
        #expect(tables.count == 1)
        #expect((tables[0]["columns"] as? [String])?.count == 4)
        let rows = try #require(tables[0]["rows"] as? [[String: Any]])
        #expect(rows.count == 9)
        let first = try #require(rows[0]["cells"] as? [[String: Any]])
        #expect(first.count == 4)
        #expect(first[3]["rowSpan"] as? Int == 9)
        #expect((rows[1]["cells"] as? [Any])?.count == 3)          // the merged cell appears once
        // The same objects as `parse` writes.
        let document = try #require(P.json(try P.run(["parse", P.seed]).stdout) as? [String: Any])
        let parsed = ((document["appendices"] as? [[String: Any]])?.first?["tables"]) as? [Any]
        #expect((parsed as? NSArray) == (tables as NSArray))
    }

    @Test func aDocumentWithoutTablesPrintsNothingAndExits0() throws {
        let file = try P.temporaryFile(Array("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n".utf8), name: "notable.txt")
        for format in ["csv", "json"] {
            let r = try P.run(["table", "--format", format, file])
            #expect(r.status == 0)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("no appendix tables"))
        }
    }

    @Test func unreadableExits3AndUsageErrorsExit2() throws {
        let missing = try P.run(["table", "/nonexistent/x.txt"])
        #expect(missing.status == 3)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("/nonexistent/x.txt"))
        for arguments in [["table"], ["table", "--format", "xlsx", P.seed], ["table", P.seed, P.seed]] {
            let r = try P.run(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stdout.isEmpty)
        }
    }
}
