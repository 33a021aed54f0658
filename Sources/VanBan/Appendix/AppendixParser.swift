import PCRE2
/// Reads the appendices after the closing: label ("PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 01"), title, the
/// "(Kèm theo … số … ngày …)" line as a reference to the parent, then tables and prose.
struct AppendixParser {
    static let label = try! Pattern(#"^(?:PHỤ LỤC|Phụ lục|PHỤ LỤC SỐ|Phụ lục số)(?:\s+(?<n>[IVXL]+|\d{1,2}[a-z]?|[A-Z]))?\s*[.:]?\s*(?<rest>.*)$"#)
    static let attachment = try! Pattern(#"^\(?\s*(?:Kèm theo|Ban hành kèm theo|kèm theo)\b"#)

    /// Whether `line` opens an appendix.
    static func opens(_ line: TextLine) -> Bool {
        let text = line.trimmed().text
        guard let m = label.firstMatch(in: text) else { return false }
        let rest = m["rest"].map(String.init) ?? ""
        return text.hasPrefix("PHỤ LỤC") || m["n"] != nil && (rest.isEmpty || VietnameseText.isUppercase(rest)) || rest.isEmpty
    }

    /// The attachments starting at `starts` (indices into `lines`), each running to the next.
    func parse(_ lines: [TextLine], starts: [Int], diagnostics: inout [Diagnostic]) -> [Appendix] {
        zip(starts, starts.dropFirst() + [lines.count]).compactMap { start, end in
            let group = Array(lines[start..<end])
            return group.contains { !$0.isBlank } ? parseOne(group, diagnostics: &diagnostics) : nil
        }
    }

    private func parseOne(_ lines: [TextLine], diagnostics: inout [Diagnostic]) -> Appendix {
        let firstIndex = lines.firstIndex { !$0.isBlank } ?? 0
        let first = lines[firstIndex].trimmed()
        var index = firstIndex + 1
        var titleLines: [TextLine] = []
        let label: String
        if let m = Self.label.firstMatch(in: first.text) {
            label = VietnameseText.collapse(String(first.text[..<(m.range(named: "rest")?.lowerBound ?? first.text.endIndex)]))
                .trimmingTrailing(".: ")
            if let rest = m.range(named: "rest"), !first.text[rest].isEmpty { titleLines.append(first.slice(first.scalarOffset(utf8: m.byteRange(named: "rest")!.0)..<first.scalarCount)) }
        } else {
            // An attachment without a "PHỤ LỤC" label ("QUY ĐỊNH … (Ban hành kèm theo …)"): its first line is the label.
            label = VietnameseText.collapse(first.text)
        }
        var attachment: TextLine?
        while index < lines.count {
            let line = lines[index].trimmed()
            index += 1
            if line.isBlank { continue }
            if Self.attachment.matches(line.text) {
                var joined = line
                while !joined.text.contains(")"), index < lines.count, lines[index].trimmed().text.count < 120,
                      !TableReader.headerStart.matches(lines[index].trimmed().text) {
                    if !lines[index].isBlank { joined = joined.joined(with: lines[index].trimmed()) }
                    index += 1
                }
                attachment = joined
                break
            }
            if TableReader.headerStart.matches(line.text) { index -= 1; break }
            if titleLines.count >= 4 { index -= 1; break }
            titleLines.append(line)
        }
        if attachment == nil && titleLines.count >= 4 { index = firstIndex + 1 + min(1, titleLines.count); titleLines = Array(titleLines.prefix(1)) }

        var tables: [Table] = []
        var prose: [TextLine] = []
        var keepUntil = index   // lines of a table that could not be rebuilt stay paragraphs up to here
        while index < lines.count {
            if index >= keepUntil {
                switch TableReader().read(lines, from: index) {
                case .tables(let found, let end)?:
                    tables += found
                    index = end
                    continue
                case .unreadable(let reason, let span, let end)?:
                    diagnostics.append(Diagnostic(rule: "table.unreadable", severity: .info,
                        message: "a table starts here but its rows could not be rebuilt with confidence (\(reason)); kept as paragraphs",
                        span: span))
                    keepUntil = end
                case nil:
                    if TableReader.headerStart.matches(lines[index].trimmed().text), lines[index].trimmed().text.count <= 40 {
                        diagnostics.append(Diagnostic(rule: "table.unreadable", severity: .info,
                            message: "a table starts here but its rows could not be rebuilt with confidence (a TT/STT header with no rows read after it); kept as paragraphs",
                            span: lines[index].span))
                    }
                }
            }
            prose.append(lines[index])
            index += 1
        }
        var outline = OutlineBuilder()
        for line in UnbreakLines.apply(prose).lines { outline.accept(line) }

        let title = titleLines.isEmpty ? nil : VietnameseText.collapse(titleLines.map(\.text).joined(separator: " "))
        let attachedTo = attachment.flatMap { line -> Reference? in
            let dates = DateExtractor.dates(in: line)
            let mentions = ReferenceExtractor.mentions(in: line, dates: dates)
            return ReferenceExtractor.group(mentions).first
        }
        let span = lines.dropFirst().filter { !$0.isBlank }.reduce(first.span) { $0.union($1.span) }
        return Appendix(label: label, title: title, attachedTo: attachedTo, body: outline.finish(), tables: tables, span: span)
    }
}
