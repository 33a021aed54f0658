/// Rejoins capitals that OCR or extraction set apart letter by letter: "T H A Y M Ặ T C H ÍN H P H Ủ" →
/// "THAY MẶT CHÍNH PHỦ", "C H Ư Ơ N G IV" → "CHƯƠNG IV" (ABBYY reads letter-spaced headings so).
///
/// Lines in capitals with many one-letter pieces are touched (a heading, a signature head), and running text whose
/// pieces are nearly all one letter (`rejoinedRunning`). Pieces are joined, never cut: the line is regrouped into the
/// fewest words that each spell one Vietnamese syllable, and a piece that joins nothing ("IV", a number) stays a word
/// of its own.
struct LetterSpacedWords: Repair {
    static let id = "letter-spacing"

    /// At least this many one-letter pieces, and at least this share of all pieces, mark a spaced line.
    private static let minimumSingles = 3
    private static let minimumShare = 0.4
    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var result = lines
        var changed = false
        let inSpacedRun = Self.spacedRuns(lines)
        for (i, line) in lines.enumerated() {
            let joined: TextLine?
            if inSpacedRun[i] {
                joined = (VietnameseText.isUppercase(line.text) && !line.text.contains(where: \.isNumber) ? Self.rejoined(line, short: true) : nil)
                    ?? Self.rejoinedRunning(line, short: true)
            } else {
                joined = VietnameseText.isUppercase(line.text) ? Self.rejoined(line) : Self.rejoinedRunning(line)
            }
            if let joined {
                result[i] = joined
                changed = true
            }
        }
        return changed ? result : nil
    }

    /// Lines of a passage spaced letter by letter whose words pdftotext also set one or two to a line ("1 . 1 ." /
    /// "V ề" / "t h ự c" / "h i ệ n", "I I ." / "Đ Á N H" / "G I Á", "4 5 - C T / T W"): each too short to tell alone.
    /// A run of at least two lines made only of pieces of one scalar, together `minimumRunningPieces` pieces or more,
    /// mostly letters; a table's row ("| 1 | x |", "5 3 2 0") is none.
    static func spacedRuns(_ lines: [TextLine]) -> [Bool] {
        var marks = [Bool](repeating: false, count: lines.count)
        var start = 0
        while start < lines.count {
            var end = start, pieces = 0, letters = 0
            while end < lines.count, let count = Self.singleScalarPieces(lines[end].text) {
                pieces += count.pieces
                letters += count.letters
                end += 1
            }
            if end - start >= 2, pieces >= minimumRunningPieces, Double(letters) >= minimumRunningShare * Double(pieces) {
                for i in start..<end { marks[i] = true }
            }
            start = end + 1
        }
        return marks
    }

    /// The pieces and letters of a line made only of two or more pieces of one scalar each, less a list's mark that
    /// opens it ("2. C h u ẩ n"); nil for any other line. Read on bytes, and left at the first longer piece: nearly
    /// every line is one.
    private static func singleScalarPieces(_ text: String) -> (pieces: Int, letters: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (pieces: Int, letters: Int)? in
            var pieces = 0, letters = 0, index = 0, first = true
            while index < bytes.count {
                if bytes[index] == 0x20 { index += 1; continue }
                var end = index + 1
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                defer { index = end; first = false }
                let lead = bytes[index]
                var scalarEnd = index + 1
                while scalarEnd < end, bytes[scalarEnd] & 0xC0 == 0x80 { scalarEnd += 1 }
                if scalarEnd != end {
                    // A list's mark of at most two digits and its stop or bracket, first on the line.
                    let piece = bytes[index..<end]
                    guard first, piece.count <= 3, piece.last == 0x2E || piece.last == 0x29,
                          piece.dropLast().allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
                    continue
                }
                guard lead != 0x7C else { return nil }   // "|": a table's cell
                pieces += 1
                if lead < 0x80 {
                    if (0x41...0x5A).contains(lead) || (0x61...0x7A).contains(lead) { letters += 1 }
                } else if let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first,
                          scalar.properties.isAlphabetic {
                    letters += 1
                }
            }
            return pieces >= 2 ? (pieces, letters) : nil
        }
    }

    /// Running text needs more pieces, nearly all of one scalar, before it is read as spaced: a sentence's own one-letter
    /// words ("ở", "y tế") and a list's "a", "b" are few.
    private static let minimumRunningPieces = 10
    private static let minimumRunningShare = 0.75

    /// Running text set apart letter by letter, where pdftotext read a PDF set with wide character spacing: "Q u y ế t
    /// đ ị n h s ố 4 0 / Q Đ - U B N D n g à y 0 1 / 7 / 2 0 2 5". The gaps between words are lost with those between
    /// letters, so the line is regrouped into the fewest syllables, as capitals are. A run of digits, capitals and the
    /// marks inside numbers ("4 0 / Q Đ - U B N D", "0 1 / 7 / 2 0 2 5") is one token, less a last capital that opens a
    /// word with the small letters after it ("H Đ N D T ỉ n h"); a stop or comma goes with the word before it.
    /// `short`: the line is one of a spaced run (`spacedRuns`), so it is regrouped however few its pieces.
    static func rejoinedRunning(_ line: TextLine, short: Bool = false) -> TextLine? {
        guard short || Self.mostlySingleScalars(line.text) else { return nil }
        let pieces = SyllableGroups.pieces(of: line.text)
        let single = pieces.map { $0.text.unicodeScalars.count == 1 }
        let scalars = pieces.map { $0.text.unicodeScalars.first! }
        func inCode(_ k: Int) -> Bool {
            guard single[k] else { return false }
            let v = scalars[k]
            return ("0"..."9").contains(v) || ("A"..."Z").contains(v) || v == "Đ" || v == "/" || v == "-" || v == "."
        }
        func isSmallLetter(_ k: Int) -> Bool { single[k] && scalars[k].properties.isLowercase }
        /// Whether the capital at `k` and the small letters after it spell a syllable ("T ỉ n h", "C h ủ").
        func opensWord(_ k: Int) -> Bool {
            var word = String(scalars[k])
            var next = k + 1
            while next < pieces.count, next - k <= 6, isSmallLetter(next) {
                word.unicodeScalars.append(scalars[next])
                if VietnameseSyllable.isValid(word) { return true }
                next += 1
            }
            return false
        }
        var groups: [[Int]] = []
        var letters: [Int] = []          // pieces waiting to be grouped into syllables
        func flushLetters() {
            guard !letters.isEmpty else { return }
            let found = SyllableGroups.fewestWords(letters.map { pieces[$0].text })
            groups += found.map { $0.map { letters[$0] } }
            letters = []
        }
        var k = 0
        while k < pieces.count {
            var end = k
            while end < pieces.count, inCode(end) { end += 1 }
            // A capital at the run's end that opens a word with the small letters after it is that word's.
            if end - k >= 2, end < pieces.count, scalars[end - 1].properties.isUppercase, opensWord(end - 1) { end -= 1 }
            if end - k >= 2 {
                flushLetters()
                groups.append(Array(k..<end))
                k = end
            } else {
                letters.append(k)
                k += 1
            }
        }
        flushLetters()
        shiftBoundaries(&groups, pieces.map(\.text))
        // A stop, comma, semicolon, colon or closing bracket on its own goes with the word before it.
        var merged: [[Int]] = []
        for group in groups {
            if group.count == 1, let last = merged.indices.last, ",.;:)%".unicodeScalars.contains(scalars[group[0]]) {
                merged[last] += group
            } else {
                merged.append(group)
            }
        }
        guard short ? merged.count < pieces.count : merged.count * 2 < pieces.count else { return nil }
        return SyllableGroups.regrouped(line, pieces: pieces.map(\.range), groups: merged)
    }

    /// The cheap test before `rejoinedRunning`, on bytes: enough pieces between spaces, nearly all of one scalar (a
    /// line may open with words as written and go on spaced: "Đã hoàn thành chi trả t h e o N g h ị …").
    static func mostlySingleScalars(_ text: String) -> Bool {
        guard text.utf8.count >= minimumRunningPieces * 2 - 1 else { return false }
        var text = text
        return text.withUTF8 { bytes in
            var pieces = 0, singles = 0, scalars = 0
            for byte in bytes {
                if byte == 0x20 {
                    if scalars > 0 { pieces += 1; if scalars == 1 { singles += 1 } }
                    scalars = 0
                } else if byte & 0xC0 != 0x80 {
                    scalars += 1
                }
            }
            if scalars > 0 { pieces += 1; if scalars == 1 { singles += 1 } }
            return pieces >= minimumRunningPieces && Double(singles) >= minimumRunningShare * Double(pieces)
        }
    }

    /// Where two syllables of letters could also be cut one letter over ("ba nhành" / "ban hành", "cá cuỷ" / "các uỷ"),
    /// the cut that official documents write (`CommonWordPairs`) wins: the fewest syllables alone cannot tell them apart.
    private static func shiftBoundaries(_ groups: inout [[Int]], _ pieces: [String]) {
        func word(_ group: [Int]) -> String { group.map { pieces[$0] }.joined() }
        func isLetters(_ group: [Int]) -> Bool { group.allSatisfy { pieces[$0].allSatisfy(\.isLetter) } }
        func count(_ a: [Int], _ b: [Int]) -> Int { CommonWordPairs.documentCount((word(a) + " " + word(b)).lowercased()) }
        guard groups.count >= 2 else { return }
        for i in 0..<(groups.count - 1) where isLetters(groups[i]) && isLetters(groups[i + 1]) {
            let (left, right) = (groups[i], groups[i + 1])
            var best = (left, right, count(left, right))
            for (a, b) in [(Array(left.dropLast()), [left.last!] + right), (left + [right.first!], Array(right.dropFirst()))]
            where !a.isEmpty && !b.isEmpty && VietnameseSyllable.isValid(word(a)) && VietnameseSyllable.isValid(word(b)) {
                let n = count(a, b)
                if n > best.2 { best = (a, b, n) }
            }
            groups[i] = best.0
            groups[i + 1] = best.1
        }
    }

    /// The line with its spaced letters joined into words, or nil when it is not letter-spaced. `short`: the line is
    /// one of a spaced run (`spacedRuns`), so few letters are enough.
    static func rejoined(_ line: TextLine, short: Bool = false) -> TextLine? {
        let pieces = SyllableGroups.pieces(of: line.text)
        let singles = pieces.filter { $0.text.count == 1 && $0.text.first!.isLetter }.count
        guard short || singles >= minimumSingles, Double(singles) >= minimumShare * Double(pieces.count) else { return nil }
        let groups = SyllableGroups.fewestWords(pieces.map(\.text))
        guard groups.count < pieces.count else { return nil }
        return SyllableGroups.regrouped(line, pieces: pieces.map(\.range), groups: groups)
    }
}
