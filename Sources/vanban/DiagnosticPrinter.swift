#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VanBan

/// The original lines of an input, split exactly as the parser splits them (LF, CRLF and CR each end a
/// line; a last line without an end still counts), so a finding's line and column find their text.
struct SourceLines {
    private let scalars: [Unicode.Scalar]
    /// Scalar offsets of each line: line `n` (1-based) is `bounds[n - 1]`.
    private let bounds: [Range<Int>]

    init(text: String) {
        let scalars = Array(text.unicodeScalars)
        var bounds: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            switch scalars[i] {
            case "\n":
                bounds.append(start..<i); start = i + 1
            case "\r":
                bounds.append(start..<i)
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            default: break
            }
            i += 1
        }
        if start < scalars.count { bounds.append(start..<scalars.count) }
        self.scalars = scalars
        self.bounds = bounds
    }

    var count: Int { bounds.count }

    /// The scalars of original line `line` (1-based), without its line end; nil past the end.
    subscript(line: Int) -> ArraySlice<Unicode.Scalar>? {
        guard line >= 1, line <= bounds.count else { return nil }
        return scalars[bounds[line - 1]]
    }
}

/// Prints findings like a compiler: `path:line:col: error: message [rule.id]`, the original line, a caret
/// under the span, and each related place as a `note:` with its own line and caret.
struct DiagnosticPrinter {
    /// ANSI colours: only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    var colour: Bool
    /// Lines longer than this many scalars are shown as a window around the span, cut with "…".
    var maxLineWidth = 160

    /// Colour when standard output is a terminal and `NO_COLOR` is absent or empty.
    static func colourWanted(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isatty(1) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
    }

    private enum Style: String {
        case bold = "1", error = "1;31", warning = "1;33", info = "1;34", note = "1;36", caret = "1;32"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func label(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: paint("error:", .error)
        case .warning: paint("warning:", .warning)
        case .info: paint("info:", .info)
        }
    }

    /// One block: the finding, its snippet, then its notes with theirs. Ends with a newline.
    func render(_ diagnostic: Diagnostic, path: String, source: SourceLines?) -> String {
        var out = paint("\(path):\(diagnostic.span.start.line):\(diagnostic.span.start.column):", .bold)
            + " " + label(diagnostic.severity) + " " + paint(diagnostic.message, .bold) + " [\(diagnostic.rule)]\n"
        out += snippet(diagnostic.span, source: source)
        for related in diagnostic.related {
            out += paint("\(path):\(related.span.start.line):\(related.span.start.column):", .bold)
                + " " + paint("note:", .note) + " " + related.message + "\n"
            out += snippet(related.span, source: source)
        }
        return out
    }

    /// The original line of the span's start and a caret line under the span ("" when the line is unknown).
    /// A span running onto later lines is underlined to the end of its first line.
    func snippet(_ span: SourceSpan, source: SourceLines?) -> String {
        guard let source, let line = source[span.start.line] else { return "" }
        let count = line.count
        let startIndex = span.start.column - 1
        guard startIndex >= 0, startIndex <= count else { return "" }
        var endIndex = span.end.line == span.start.line ? min(span.end.column - 1, count) : count
        endIndex = max(endIndex, startIndex)

        // A window on long lines (paragraphs flattened onto one line are common in extracted text); only
        // the window is measured, so a line of megabytes costs no more than a short one per diagnostic.
        var lower = 0, upper = count
        if count > maxLineWidth {
            lower = max(0, min(startIndex - maxLineWidth / 4, count - maxLineWidth))
            upper = min(count, lower + maxLineWidth)
        }
        let cells = line.dropFirst(lower).prefix(upper - lower).map(Self.cell)
        let cutBefore = lower > 0, cutAfter = upper < count
        var text = cutBefore ? "…" : ""
        var pad = cutBefore ? " " : ""
        for (offset, cell) in cells.enumerated() {
            text += cell.shown
            if lower + offset < startIndex { pad += cell.padding }
        }
        if cutAfter { text += "…" }
        let underlined = cells[(min(startIndex, upper) - lower)..<(min(endIndex, upper) - lower)].reduce(0) { $0 + $1.width }
        let marker = "^" + String(repeating: "~", count: max(0, underlined - 1))
        return text + "\n" + pad + paint(marker, .caret) + "\n"
    }

    /// How one original scalar is shown, and the padding that stands under it.
    private struct Cell {
        var shown: String
        var width: Int
        var padding: String
    }

    private static func cell(_ scalar: Unicode.Scalar) -> Cell {
        let value = scalar.value
        if scalar == "\t" { return Cell(shown: "\t", width: 1, padding: "\t") }
        // Controls (a form feed at a page start, an ESC in a hostile file) and bidirectional overrides
        // are not sent to the terminal; they take no room, so the caret still lines up.
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x061C || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
            return Cell(shown: "", width: 0, padding: "")
        }
        let text = String(scalar)
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            // Decomposed text: the combining mark sits on the previous letter.
            return Cell(shown: text, width: 0, padding: "")
        default:
            let wide = isWide(value)
            return Cell(shown: text, width: wide ? 2 : 1, padding: wide ? "  " : " ")
        }
    }

    /// East Asian wide and full-width ranges (terminals give them two cells).
    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
    }

    /// `3 errors, 2 warnings, 1 info in 1 document` (plus the unreadable inputs, when there are any).
    static func summary(_ diagnostics: [Diagnostic], documents: Int, unreadable: Int) -> String {
        func count(_ n: Int, _ word: String, plural: String) -> String { "\(n) \(n == 1 ? word : plural)" }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let infos = diagnostics.filter { $0.severity == .info }.count
        var line = "\(count(errors, "error", plural: "errors")), \(count(warnings, "warning", plural: "warnings")), \(infos) info"
            + " in \(count(documents, "document", plural: "documents"))"
        if unreadable > 0 { line += " (\(count(unreadable, "input", plural: "inputs")) unreadable)" }
        return line
    }
}
