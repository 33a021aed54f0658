/// Words read back pair by pair from how a source spells each pair of neighbours: where one word of a pair is as
/// the source spells it, it anchors the pair and the other word takes the source's spelling ("TÓI CAO": CAO is
/// right, so TÓI is read as TỐI). Two words both unlike the source's ("BẢN KIÊM") are another phrase and stay. A
/// word read back anchors its other neighbour in turn ("VAN PHONG CHÍNH": CHÍNH gives PHÒNG, then PHÒNG gives
/// VĂN), so the pass repeats while it changes something. The source is a list of names (`OrganisationNames`) or
/// the document's own body (`SubjectSpelling`).
enum PairRespelling {
    /// Reads back `words` in place; true when a word changed.
    /// - `spelling`: the source's two words for the pair at `i` and `i + 1` when it spells that pair otherwise, or nil.
    /// - `isSame`: whether a written word is as the source spells it.
    /// - `written`: the source's word as it is to be written in place of the written one (its case, say).
    @discardableResult
    static func respell(_ words: inout [String], spelling: (_ words: [String], _ i: Int) -> [String]?,
                        isSame: (_ source: String, _ written: String) -> Bool,
                        written: (_ source: String, _ written: String) -> String = { source, _ in source }) -> Bool {
        guard words.count >= 2 else { return false }
        var changed = false
        // Each pass goes left to right over the pairs that may read differently since they were last read: a pair
        // reads only its own two words, so after the first pass only the neighbours of a changed word need reading
        // again (the pair on its right at once, in the same pass; the one on its left in the next). The same
        // readings as passes over every pair, without their cost on a long line (a pass per word of it).
        var pairs = Array(words.indices.dropLast())
        for _ in 0..<words.count where !pairs.isEmpty {
            var again = Set<Int>()
            var next = 0, right: Int?, lastRead = -1
            while true {
                let i: Int
                if let r = right { i = r; right = nil } else {
                    guard next < pairs.count else { break }
                    i = pairs[next]; next += 1
                    if i <= lastRead { continue }
                }
                lastRead = i
                guard let parts = spelling(words, i), parts.count == 2 else { continue }
                let same = (0..<2).map { isSame(parts[$0], words[i + $0]) }
                guard same[0] != same[1] else { continue }
                let k = same[0] ? 1 : 0
                let word = written(parts[k], words[i + k])
                guard word != words[i + k] else { continue }
                words[i + k] = word
                changed = true
                again.insert(i)
                if k == 0, i > 0 { again.insert(i - 1) }
                if k == 1, i + 1 < words.count - 1 { right = i + 1 }
            }
            pairs = again.sorted()
        }
        return changed
    }
}
