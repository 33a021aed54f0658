import Foundation

/// Splits decoded text into lines and normalizes each one, keeping a column map to the original.
///
/// Line ends: LF, CRLF and CR; CR CR LF (a CRLF a text-mode writer doubled) is one. Form feed is a page break (the line it stands on `startsPage`). Per line:
/// NFC only where the line has combining marks; a tab becomes spaces to the next stop of eight columns (a layout
/// written with tabs keeps its gaps), no-break and other wide spaces become one space; zero-width characters, soft hyphens and other controls are removed; the font artefact
/// "ƣ/Ƣ" becomes "ư/Ư" and the look-alike "Ð/ð" (eth) "Đ/đ". A line with none of these is taken as it is, without a copy per scalar.
enum LineReader {
    struct Result {
        var lines: [TextLine]
        /// Repair ids applied while reading (`crlf`, `nfc`, `spaces`, `invisible`, `letters`, `page-breaks`).
        var repairs: [String]
    }

    static func read(_ text: String) -> Result {
        var lines: [TextLine] = []
        var repairs = Set<String>()
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        var lineNumber = 1
        var sawCR = false, sawCRLF = false

        func emit(_ end: String.UTF8View.Index) {
            let slice = text[lineStart..<end]
            lines.append(normalize(slice, line: lineNumber, repairs: &repairs))
            lineNumber += 1
        }

        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A {
                emit(index)
                index = utf8.index(after: index)
                lineStart = index
            } else if byte == 0x0D {
                emit(index)
                index = utf8.index(after: index)
                // "\r\r\n": a CRLF written again through a text-mode writer, one line end, not an empty line between two.
                if index < utf8.endIndex, utf8[index] == 0x0D {
                    let next = utf8.index(after: index)
                    if next < utf8.endIndex, utf8[next] == 0x0A { index = next }
                }
                if index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index); sawCRLF = true } else { sawCR = true }
                lineStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        if lineStart < utf8.endIndex { emit(utf8.endIndex) }
        if sawCR || sawCRLF { repairs.insert("crlf") }
        if lines.contains(where: \.startsPage) { repairs.insert("page-breaks") }
        return Result(lines: lines, repairs: repairs.sorted())
    }

    /// Whether a scalar needs any normalization (a control, a special space, an invisible, ƣ, or a
    /// combining mark). Range checks only: this runs on every scalar of the input.
    @inline(__always)
    private static func isSpecial(_ v: UInt32) -> Bool {
        if v < 0x20 || v == 0x7F { return true }
        if v < 0xA0 { return false }
        switch v {
        case 0xA0, 0xAD, 0xD0, 0xF0, 0x01A2, 0x01A3, 0x01CD, 0x01CE, 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x2000...0x200D,
             0x202F, 0x205F, 0x2060, 0x20D0...0x20FF, 0x3000, 0xFE20...0xFE2F, 0xFEFF, 0xF020...0xF0FF:
            return true
        default:
            return false
        }
    }

    /// The cheap test before `isSpecial` on every scalar, on the UTF-8 bytes: false only when no scalar can be
    /// special. Vietnamese letters (C3, C4, C6, E1 BA/BB), dashes, quotes and the ellipsis (E2 80 93–A6) pass; a caron
    /// "ǎ" (C7 8D–8E) does not.
    private static func mayHaveSpecial(_ slice: Substring) -> Bool {
        slice.utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F { return true }
                } else if b >= 0xC2 {
                    let b1: UInt8 = i + 1 < n ? bytes[i + 1] : 0, b2: UInt8 = i + 2 < n ? bytes[i + 2] : 0
                    switch b {
                    case 0xC2, 0xCC, 0xCD, 0xE3, 0xEF: return true
                    case 0xC3: if b1 == 0x90 || b1 == 0xB0 { return true }
                    case 0xC6: if b1 == 0xA2 || b1 == 0xA3 { return true }
                    case 0xC7: if b1 == 0x8D || b1 == 0x8E { return true }
                    case 0xE1: if b1 == 0xAA || b1 == 0xAB || b1 == 0xB7 { return true }
                    case 0xE2: if b1 == 0x80 && (b2 <= 0x8D || b2 == 0xAF) || b1 == 0x81 || b1 == 0x83 { return true }
                    default: break
                    }
                }
                i += 1
            }
            return false
        } ?? true
    }

    /// Normalizes one original line. Columns are mapped only when the scalar count changes.
    static func normalize(_ slice: Substring, line: Int, repairs: inout Set<String>) -> TextLine {
        let scalars = slice.unicodeScalars
        guard mayHaveSpecial(slice), scalars.contains(where: { isSpecial($0.value) }) else { return TextLine(text: String(slice), line: line) }

        var out = String.UnicodeScalarView()
        var columns: [Int] = []
        var changedLength = false
        var hasCombining = false
        var startsPage = false
        var blankSoFar = true   // no scalar but spaces and tabs before this one
        for (i, s) in scalars.enumerated() {
            let column = i + 1
            defer { if s != " " && s != "\t" && s != "\u{A0}" && s != "\u{0C}" { blankSoFar = false } }
            switch s.value {
            case 0x09:
                // A tab goes to the next stop of eight columns: a layout's gap stays a gap of spaces.
                let width = 8 - columns.count % 8
                for _ in 0..<width { out.append(" "); columns.append(column) }
                if width != 1 { changedLength = true }
                repairs.insert("spaces")
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" "); columns.append(column); repairs.insert("spaces")
            case 0x0C:
                changedLength = true; startsPage = true
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD, 0x00...0x1F, 0x7F:
                changedLength = true; repairs.insert("invisible")
            case 0x01A3:
                out.append("\u{01B0}"); columns.append(column); repairs.insert("letters")
            case 0xD0, 0xF0:   // Ð ð (Icelandic eth) written for Đ đ, which they look like
                out.append(s.value == 0xD0 ? "\u{0110}" : "\u{0111}"); columns.append(column); repairs.insert("letters")
            case 0x01A2:
                out.append("\u{01AF}"); columns.append(column); repairs.insert("letters")
            case 0x01CD, 0x01CE:   // Ǎ ǎ (a with caron), an old converter's "Ă ă": "nǎm", "vǎn bản", "Cǎn cứ"
                out.append(s.value == 0x01CD ? "\u{0102}" : "\u{0103}"); columns.append(column); repairs.insert("letters")
            case 0xF020...0xF0FF where blankSoFar:
                // A symbol font's glyph opening the line ("\u{F0B7} Như trên;"), mapped to the Private Use Area
                // with no meaning kept, is the list's bullet.
                out.append("•"); columns.append(column); repairs.insert("bullets")
            case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
                hasCombining = true
                out.append(s); columns.append(column)
            default:
                out.append(s); columns.append(column)
            }
        }
        var result = hasCombining
            ? composed(out, columns: columns, line: line, repairs: &repairs)
            : TextLine(text: String(out), line: line, columns: changedLength ? columns : nil)
        result.startsPage = startsPage
        return result
    }

    /// The most scalars of one cluster normalized at once: a letter and 30 combining marks, the bound of
    /// Unicode's stream-safe text format (UAX #15). Foundation sorts a cluster's marks in quadratic time, so a
    /// hostile cluster of thousands of marks is composed run by run; no real text comes near the bound.
    private static let streamSafeRun = 31

    /// NFC of each run of `streamSafeRun` scalars of an over-long cluster, in order.
    private static func composedInRuns(_ scalars: String.UnicodeScalarView) -> String {
        let all = Array(scalars)
        return stride(from: 0, to: all.count, by: streamSafeRun).map { start in
            String(String.UnicodeScalarView(all[start..<min(start + streamSafeRun, all.count)])).precomposedStringWithCanonicalMapping
        }.joined()
    }

    /// NFC per extended grapheme cluster; every output scalar maps to its cluster's first column.
    private static func composed(_ scalars: String.UnicodeScalarView, columns: [Int], line: Int,
                                 repairs: inout Set<String>) -> TextLine {
        let string = String(scalars)
        var out = ""
        var outColumns: [Int] = []
        var offset = 0
        var changed = false
        for character in string {
            let count = character.unicodeScalars.count
            let nfc = count == 1 ? String(character) : count <= streamSafeRun ? String(character).precomposedStringWithCanonicalMapping
                : Self.composedInRuns(character.unicodeScalars)
            let nfcCount = nfc.unicodeScalars.count
            if nfcCount != count { changed = true }
            out += nfc
            outColumns.append(contentsOf: repeatElement(columns[offset], count: nfcCount))
            offset += count
        }
        if changed { repairs.insert("nfc") }
        let identity = outColumns.enumerated().allSatisfy { $0.offset + 1 == $0.element }
        return TextLine(text: out, line: line, columns: identity ? nil : outColumns)
    }
}
