/// Regrouping the pieces of a line (text between spaces) into the fewest words that each spell one
/// Vietnamese syllable: the shared step of `LetterSpacedWords` (capitals set apart letter by letter) and
/// `SplitWords` (words OCR cut inside running text). Pieces are joined, never cut.
enum SyllableGroups {
    /// `line` rebuilt from its pieces: those of a group joined without a space, groups one space apart,
    /// text before the first piece (an indent) kept. The pieces are sliced in one walk and joined in
    /// place, so a long line costs its length, not its length times its pieces.
    static func regrouped(_ line: TextLine, pieces: [Range<Int>], groups: [[Int]]) -> TextLine {
        let parts = line.slices(pieces)
        var result = line.slice(0..<(pieces.first?.lowerBound ?? 0))
        for (g, group) in groups.enumerated() {
            for (k, index) in group.enumerated() {
                result.append(parts[index], separator: k == 0 && g > 0 ? " " : "")
            }
        }
        return result
    }

    /// The pieces of `text` between spaces, with their scalar ranges.
    static func pieces(of text: String) -> [(text: String, range: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var start: Int?
        var current = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == " " {
                if let s = start { result.append((String(current), s..<offset)); start = nil; current = .init() }
            } else {
                if start == nil { start = offset }
                current.append(scalar)
            }
        }
        if let s = start { result.append((String(current), s..<text.unicodeScalars.count)) }
        return result
    }

    /// Groups of consecutive piece indices, as few as can be: a group of two or more pieces must spell one
    /// syllable of letters (and pass `mayJoin`, given the group's piece indices); a single piece is always a group.
    /// `longest`: the most pieces one syllable is rebuilt from ("N G H I Ê N G" is seven).
    static func fewestWords(_ pieces: [String], longest: Int = 7, mayJoin: (Range<Int>) -> Bool = { _ in true }) -> [[Int]] {
        // best[i]: fewest groups covering pieces[..<i], with where its last group starts.
        var best: [(count: Int, from: Int)] = [(0, 0)] + Array(repeating: (Int.max, 0), count: pieces.count)
        // A piece's letters, and whether it is letters only (it can then stand inside a group).
        let letters = pieces.map { String($0.prefix { $0.isLetter }) }
        let lettersOnly = pieces.indices.map { letters[$0].count == pieces[$0].count }
        let scalarCounts = letters.map { $0.unicodeScalars.count }
        for end in 1...max(pieces.count, 1) where !pieces.isEmpty {
            best[end] = (best[end - 1].count + 1, end - 1)
            // The group's last piece may carry the punctuation that follows the word ("I," in "T Ả I,").
            let last = pieces[end - 1]
            guard !letters[end - 1].isEmpty,
                  last.dropFirst(letters[end - 1].count).allSatisfy({ !$0.isLetter && !$0.isNumber }) else { continue }
            var scalars = scalarCounts[end - 1]
            for start in stride(from: end - 2, through: max(0, end - longest), by: -1) {
                guard lettersOnly[start] else { break }
                // No syllable is longer than `VietnameseSyllable.longest` letters: a longer group never spells one.
                scalars += scalarCounts[start]
                guard scalars <= VietnameseSyllable.longest else { break }
                // On a tie the longer last group wins: a consonant between two vowels opens the next
                // syllable ("L Ý T H Ị" is LÝ THỊ, not LÝT HỊ), as Vietnamese syllables are cut.
                guard best[start].count + 1 <= best[end].count, mayJoin(start..<end) else { continue }
                if VietnameseSyllable.isValid(letters[start..<end].joined()) {
                    best[end] = (best[start].count + 1, start)
                }
            }
        }
        var groups: [[Int]] = []
        var end = pieces.count
        while end > 0 {
            let from = best[end].from
            groups.append(Array(from..<end))
            end = from
        }
        return groups.reversed()
    }
}
