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
        for _ in 0..<words.count {
            var changedNow = false
            for i in words.indices.dropLast() {
                guard let parts = spelling(words, i), parts.count == 2 else { continue }
                let same = (0..<2).map { isSame(parts[$0], words[i + $0]) }
                guard same[0] != same[1] else { continue }
                let k = same[0] ? 1 : 0
                let word = written(parts[k], words[i + k])
                guard word != words[i + k] else { continue }
                words[i + k] = word
                changedNow = true
            }
            changed = changed || changedNow
            if !changedNow { break }
        }
        return changed
    }
}
