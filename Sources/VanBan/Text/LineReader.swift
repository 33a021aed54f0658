import Foundation

/// Splits decoded text into lines and normalizes each one, keeping a column map to the original.
///
/// Line ends: LF, CRLF and CR. Form feed is a page break (the next line `startsPage`). Per line:
/// NFC only where the line has combining marks; no-break and other wide spaces and tabs become one
/// space; zero-width characters, soft hyphens and other controls are removed; the font artefact
/// "ƣ/Ƣ" becomes "ư/Ư".
enum LineReader {
    struct Result {
        var lines: [TextLine]
        /// Repair ids applied while reading (`crlf`, `nfc`, `spaces`, `invisible`, `letters`, `page-breaks`).
        var repairs: [String]
    }

    static func read(_ text: String) -> Result {
        var lines: [TextLine] = []
        var repairs = Set<String>()
        var current = String.UnicodeScalarView()
        var lineNumber = 1
        var pendingPage = false
        var previousWasCR = false

        func flush() {
            var line = normalize(current, line: lineNumber, repairs: &repairs)
            line.startsPage = pendingPage
            pendingPage = false
            lines.append(line)
            current = String.UnicodeScalarView()
            lineNumber += 1
        }

        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if previousWasCR { previousWasCR = false; repairs.insert("crlf"); continue }
                flush()
            } else if scalar == "\r" {
                flush()
                previousWasCR = true
                continue
            } else {
                if scalar == "\u{0C}" { pendingPage = true; repairs.insert("page-breaks") }
                current.append(scalar)
            }
            previousWasCR = false
        }
        if !current.isEmpty { flush() }
        if previousWasCR { repairs.insert("crlf") }
        return Result(lines: lines, repairs: repairs.sorted())
    }

    /// Normalizes one original line. Columns are mapped only when the scalar count changes.
    static func normalize(_ scalars: String.UnicodeScalarView, line: Int, repairs: inout Set<String>) -> TextLine {
        var needsWork = false
        for s in scalars where s.value < 0x20 || s.value >= 0x7F { needsWork = true; break }
        if !needsWork { return TextLine(text: String(scalars), line: line) }

        var out = String.UnicodeScalarView()
        var columns: [Int] = []
        var changedLength = false
        var hasCombining = false
        for (i, s) in scalars.enumerated() {
            let column = i + 1
            switch s.value {
            case 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" "); columns.append(column); repairs.insert("spaces")
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD, 0x0C:
                changedLength = true
                if s.value != 0x0C { repairs.insert("invisible") }
            case 0x00...0x1F, 0x7F:
                changedLength = true; repairs.insert("invisible")
            case 0x01A3:
                out.append("\u{01B0}"); columns.append(column); repairs.insert("letters")
            case 0x01A2:
                out.append("\u{01AF}"); columns.append(column); repairs.insert("letters")
            default:
                if s.properties.generalCategory == .nonspacingMark { hasCombining = true }
                out.append(s); columns.append(column)
            }
        }
        if hasCombining {
            return composed(out, columns: columns, line: line, repairs: &repairs)
        }
        return TextLine(text: String(out), line: line, columns: changedLength ? columns : nil)
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
            let nfc = String(character).precomposedStringWithCanonicalMapping
            let nfcCount = nfc.unicodeScalars.count
            if nfc != String(character) { changed = true }
            out += nfc
            outColumns.append(contentsOf: repeatElement(columns[offset], count: nfcCount))
            offset += count
        }
        if changed { repairs.insert("nfc") }
        let identity = outColumns.enumerated().allSatisfy { $0.offset + 1 == $0.element }
        return TextLine(text: out, line: line, columns: identity ? nil : outColumns)
    }
}
