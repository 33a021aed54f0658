/// Rejoins header words that a web page's source wrapped onto the next line. Sites that print the header
/// as a table (thuvienphapluat and its copies) leave each cell's text as it was wrapped in the HTML, with
/// a lone "|" between cells, so a cell often opens with one word: "ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ
/// HỘI CHỦ NGHĨA VIỆT NAM", "Tam" / "Kỳ, ngày 19 tháng 6 năm 2007"; so does the subject under the type name
/// ("THỰC" / "HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg …"). A body's name cut after its first word ("ỦY" / "BAN NHÂN DÂN
/// TỈNH …", also under the subject) is rejoined too, and so is the right column's banner cut inside its name ("ĐOÀN
/// TNCS HỒ" / "CHÍ MINH |"). (A quốc hiệu or a place cut after any word is rejoined by
/// `HeaderFragments`, where the columns' pieces are known.) Only the first `headerWindow` lines are touched.
struct HeaderWraps: Repair {
    static let id = "header-wraps"

    /// How far down the header's cells may start (lines).
    private static let headerWindow = 40

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let window = min(lines.count, Self.headerWindow)
        let borders = lines[..<window].filter(Self.isCellBorder).count
        var joins: [Int] = []   // lines joined with the line after them
        for i in 0..<max(0, window - 1) where !lines[i].isBlank {
            // A cell's first line, or the subject's first word under the type name ("KẾ HOẠCH" / "THỰC" /
            // "HIỆN QUYẾT ĐỊNH SỐ …").
            let opensCell = borders >= 2 && (i == 0 || Self.isCellBorder(lines[i - 1])
                || DocumentTypes.named(lines[i - 1].trimmed().text) != nil)
            if opensCell && Self.isOneWord(lines[i]) && !lines[i + 1].isBlank && !Self.isCellBorder(lines[i + 1])
                || Self.cutsOrganisation(lines[i], lines[i + 1]) || Self.cutsBanner(lines[i], lines[i + 1]) {
                joins.append(i)
            }
        }
        guard !joins.isEmpty else { return nil }
        var result = lines
        for i in joins.reversed() {
            result[i] = result[i].trimmed().joined(with: result[i + 1].trimmed())
            result.remove(at: i + 1)
        }
        return result
    }

    /// A line that is only a table's cell border.
    private static func isCellBorder(_ line: TextLine) -> Bool {
        line.text.containsByte(0x7C) && line.text.utf8.allSatisfy { $0 == 0x7C || $0 == 0x20 }
    }

    /// One word of letters ("ỦY", "CỘNG", "Tam"): not a label ("Số:"), a number or markup.
    private static func isOneWord(_ line: TextLine) -> Bool {
        // Cheap byte tests first: most lines are long or hold a space between words.
        let bytes = line.text.utf8
        guard bytes.count <= 60, let first = bytes.firstIndex(where: { $0 != 0x20 }),
              !bytes[first...].drop(while: { $0 != 0x20 }).contains(where: { $0 != 0x20 }) else { return false }
        let word = line.trimmed().text
        return !word.isEmpty && word.count <= 12 && word.allSatisfy(\.isLetter)
    }

    /// "ĐOÀN TNCS HỒ" / "CHÍ MINH |", "ĐẢNG CỘNG SẢN" / "VIỆT NAM": the right column's banner wrapped in its cell.
    private static func cutsBanner(_ line: TextLine, _ next: TextLine) -> Bool {
        let text = line.trimmed().text
        // Cheap tests first: a short line opening with "Đ" (ĐẢNG, ĐOÀN, ĐỘI).
        guard text.utf8.count <= 40, text.utf8.starts(with: "Đ".utf8), !next.isBlank,
              !HeaderPatterns.partyTitle.matches(text) else { return false }
        let joined = text + " " + next.trimmed().text
        return HeaderPatterns.partyTitle.firstMatch(in: joined)?.byteRange(0)?.0 == 0
    }

    /// "ỦY" / "BAN NHÂN DÂN TỈNH QUẢNG BÌNH": a word that begins an organisation's name only with the line after.
    private static func cutsOrganisation(_ line: TextLine, _ next: TextLine) -> Bool {
        guard isOneWord(line) else { return false }
        let word = line.trimmed().text
        return VietnameseText.isUppercase(word) && !HeaderPatterns.startsOrganisation(word)
            && HeaderPatterns.startsOrganisation(word + " " + next.trimmed().text)
    }
}
