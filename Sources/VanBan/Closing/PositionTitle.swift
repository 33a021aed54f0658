/// The signer's position as OCR left it: "HỦ TỊCH" for CHỦ TỊCH, "LÓ CỤC TRƯỞNG" for PHÓ CỤC TRƯỞNG,
/// "==ss„LONG BÌ THỨ" for TỔNG BÍ THƯ.
///
/// A position line is one of a short list of offices, and the mode above it narrows that list: under
/// "KT. <head>" the signer is the head's deputy (PHÓ <head>, THỨ TRƯỞNG for BỘ TRƯỞNG). A line that is no
/// office, but is one or two letters (diacritics aside) from exactly one office that fits, is read as that
/// office. Anything farther, or as near to two offices, stays as written.
enum PositionTitle {
    /// Offices that sign documents, as NĐ 30/2020 and HD 36-HD/VPTW write them.
    static let offices = [
        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG",
        "PHÓ CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG",
        "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "TRƯỞNG PHÒNG",
        "PHÓ TRƯỞNG PHÒNG", "BÍ THƯ", "PHÓ BÍ THƯ", "TỔNG BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG", "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG",
        "CHÁNH ÁN", "PHÓ CHÁNH ÁN", "TRƯỞNG ĐOÀN", "PHÓ TRƯỞNG ĐOÀN", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM",
        "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "THỐNG ĐỐC", "PHÓ THỐNG ĐỐC",
    ]
    /// The office that ends `text` after other words ("ỦY BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH"), as written,
    /// with where it starts (a scalar offset); the longest when several do. Nil when none does.
    static func office(ending text: String) -> (office: String, start: Int)? {
        let scalars = text.unicodeScalars.count
        return offices.filter { text.hasSuffix(" " + $0) }.max { $0.unicodeScalars.count < $1.unicodeScalars.count }
            .map { ($0, scalars - $0.unicodeScalars.count) }
    }

    private static let bareOffices = offices.map { (office: $0, key: String($0.map(VietnameseText.bareLetter))) }

    /// The office `line` stands for when OCR garbled it, with where it starts in `line` (a scalar offset:
    /// what comes before is other text that raw order glued on, such as a recipient). Nil when the line is
    /// an office already, or near none, or as near to two.
    ///
    /// - Parameters:
    ///   - mode: the block's mode code ("KT", "TM", …), nil without one.
    ///   - authority: the words after the mode ("CỤC TRƯỞNG" in "KT. CỤC TRƯỞNG").
    ///   - atEnd: whether the office may end `line` after other text (a recipient glued before it).
    static func reading(_ line: String, mode: String?, authority: String?, atEnd: Bool = false) -> (office: String, start: Int)? {
        // An office glued at the end is at most a few words after the last lowercase letter: only that
        // tail is read, so a long line costs no more than a short one.
        let text = atEnd ? String(line.unicodeScalars.suffix(60)) : VietnameseText.collapse(line)
        if offices.contains(text) { return nil }
        let candidates = bareOffices.filter { fits($0.office, mode: mode, authority: authority) }
        let characters = Array(text)
        let key = characters.map(VietnameseText.bareLetter)
        guard !key.isEmpty, !candidates.isEmpty else { return nil }
        var best: (office: String, cost: Int, start: Int)?
        var tied = false
        // Where the office may start: the line's start, or with `atEnd` any word after which the rest is
        // written in capitals (text glued before it ends at a word boundary).
        let starts = atEnd
            ? key.indices.filter { i in
                key[i].isLetter && (i == 0 || !key[i - 1].isLetter) && VietnameseText.isUppercase(String(characters[i...]))
            }
            : [0]
        for candidate in candidates {
            let target = Array(candidate.key)
            let allowed = target.count >= 12 ? 2 : 1
            for start in starts where key.count - start <= target.count + allowed {
                // Capitals passed over before the office count against it: "LONG BÌ THỨ" is TỔNG BÍ THƯ
                // with one letter wrong, not BÍ THƯ after a stray "LONG".
                let passed = key[(starts.first ?? start)..<start].filter(\.isLetter).count
                let cost = distance(target, Array(key[start...])) + passed
                guard cost <= allowed else { continue }
                if let b = best, b.cost == cost, b.office != candidate.office { tied = true }
                if best == nil || cost < best!.cost { best = (candidate.office, cost, start); tied = false }
            }
        }
        guard let best, !tied else { return nil }
        return (best.office, line.unicodeScalars.count - text.unicodeScalars.count + String(characters[..<best.start]).unicodeScalars.count)
    }

    /// The office OCR garbled beside "Nơi nhận:" ("TỎNG CỤC TRƯỞNG", ",CỤC TRƯỞNG"), without the specks before it; nil
    /// unless `rest` is in capitals and a position or near one office (`reading`).
    static func garbled(beside rest: TextLine) -> TextLine? {
        let specks = rest.text.unicodeScalars.prefix { ",.;:'`".unicodeScalars.contains($0) || $0 == " " }.count
        let office = rest.slice(specks..<rest.scalarCount)
        guard !office.isBlank, VietnameseText.isUppercase(office.text) else { return nil }
        return ClosingParser.position.matches(office.text) || reading(office.text, mode: nil, authority: nil) != nil ? office : nil
    }

    /// Whether `office` can sign under `mode`: a KT. signer is a deputy of the head named after it.
    private static func fits(_ office: String, mode: String?, authority: String?) -> Bool {
        guard mode == "KT" else { return true }
        // The head as OCR may have left it ("KT. CỤC TRƯỜNG"): compared without diacritics.
        // A head of two offices ("BỘ TRƯỞNG, CHỦ NHIỆM") has the deputy of the last ("PHÓ CHỦ NHIỆM").
        let last = authority.map { VietnameseText.collapse($0).split(separator: ",").last.map(String.init) ?? $0 }
        guard let head = last.map({ String(VietnameseText.collapse($0).map(VietnameseText.bareLetter)) }), !head.isEmpty else {
            return office.hasPrefix("PHÓ ") || office == "THỨ TRƯỞNG"
        }
        let key = String(office.map(VietnameseText.bareLetter))
        return head == "bo truong" ? key == "thu truong" : key == "pho " + head
    }

    /// Levenshtein distance between two letter arrays.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
