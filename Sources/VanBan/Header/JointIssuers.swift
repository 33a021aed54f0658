/// The issuers of a joint document (Thông tư liên tịch, Hướng dẫn liên ngành), put in order.
enum JointIssuers {
    /// A joint document's bodies in the order its symbol names them ("BCA-BQP-BYT-…": Bộ Công an, Bộ Quốc
    /// phòng, Bộ Y tế …). OCR scatters the names of a joint header; the symbol keeps their order. The
    /// names are cut where each run of words has the initials of one code ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"
    /// is VKSNDTC); as printed when the words cannot be cut so, each code once.
    static func inSymbolOrder(_ names: String, codes: String?) -> String {
        guard let codes = codes?.split(separator: "-").map(String.init), codes.count > 1 else { return names }
        let words = names.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return names }
        // Initials without their marks: "ÁN" stands as A in TANDTC.
        let bareCodes = codes.map(VietnameseText.bareKey)
        let initials = words.map { $0.first.map { VietnameseText.bareKey(String($0)) } ?? "" }
        // cut[i]: the runs covering words[..<i], as (start, code index), when they can be cut at all.
        var cut: [[(start: Int, code: Int)]?] = [[]] + Array(repeating: nil, count: words.count)
        for end in 1...words.count {
            for start in 0..<end {
                guard let before = cut[start], let code = bareCodes.firstIndex(of: initials[start..<end].joined()),
                      !before.contains(where: { $0.code == code }) else { continue }
                cut[end] = before + [(start, code)]
                break
            }
        }
        guard let runs = cut[words.count], runs.count == codes.count else { return names }
        let bounds = runs.map(\.start) + [words.count]
        let pieces = runs.indices.map { (code: runs[$0].code, text: words[bounds[$0]..<bounds[$0 + 1]].joined(separator: " ")) }
        return pieces.sorted { $0.code < $1.code }.map(\.text).joined(separator: " ")
    }
}
