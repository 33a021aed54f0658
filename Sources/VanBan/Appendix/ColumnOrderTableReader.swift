import PCRE2

/// Tables that extraction emitted column by column (pdftotext reading order on coordinate tables and
/// the like): a run of row labels one per line (M1, M2 … or 1, 2 …), then the values of each further
/// column as runs of the same length, page by page.
///
/// Every run of labels is a page segment of n rows; a run of n values is the next column of the
/// earliest segment still missing one (extraction sometimes emits a page's last column after the next
/// page's labels); a run of k·n values under k column names ("X", "Y") holds the columns interleaved
/// row by row or one after the other, told apart by the shape of the numbers; one value alone is a
/// merged cell printed once for the segment before it; a lone page number closing a run is dropped.
/// Labels restarting at 1 begin the next table. The table is rebuilt only when every segment gets the
/// same columns; otherwise it is reported unreadable.
struct ColumnOrderTableReader: TableShapeReader {
    private static let value = try! Pattern(#"^[-+<>≤≥]?\d[\d.,/:%–-]*[^\s]{0,2}$"#)
    private static let pageNumber = try! Pattern(#"^\d{1,3}$"#)
    private static let maxLeadIn = 8
    private static let minRun = 3

    private enum Kind: Equatable { case label, value, text }

    private struct Run {
        var kind: Kind
        var lines: [TextLine]
    }

    private final class Segment {
        let labels: [TextLine]
        var columns: [[TextLine]] = []
        var names: [String] = []
        var merged: TextLine?
        var mergedName: String?
        init(labels: [TextLine]) { self.labels = labels }
        var count: Int { labels.count }
    }

    private final class Build {
        var segments: [Segment] = []
        var leadIn: [[TextLine]] = []
        var valueColumns: Int?
    }

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, kind(lines[start].trimmed()) == .text else { return nil }
        return readRuns(lines, from: start)
    }

    private func readRuns(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        // Runs of one kind, blank lines separating runs too.
        var runs: [(run: Run, end: Int)] = []
        var index = start
        var leadIn = 0
        var sawLabels = false
        var nextNumber = 1      // bare row numbers 1, 2, 3 … before any label
        while index < lines.count {
            let line = lines[index].trimmed()
            // A blank line ends a run, but not the blank a page break leaves (its page number dropped as furniture):
            // a column goes on over the break.
            if line.isBlank, index + 1 < lines.count, lines[index + 1].startsPage { index += 1; continue }
            if line.isBlank { index += 1; runs.append((Run(kind: .text, lines: []), index)); continue }
            let k = kind(line)
            if k == .text, isProse(line) { break }
            if k == .label { sawLabels = true }
            if !sawLabels {
                if k == .text { leadIn += 1; if leadIn > Self.maxLeadIn { return nil } }
                if k == .value {
                    // Before the labels only a numbering 1, 2, 3 … may come (the labels themselves).
                    guard let a = RowAnchor(line.text), a.kind == .number, a.minor == 0, a.major == nextNumber else { return nil }
                    nextNumber += 1
                    if nextNumber > Self.minRun { sawLabels = true }
                }
            }
            if let last = runs.last, last.run.kind == k, !last.run.lines.isEmpty {
                runs[runs.count - 1].run.lines.append(line)
                runs[runs.count - 1].end = index + 1
            } else {
                runs.append((Run(kind: k, lines: [line]), index + 1))
            }
            index += 1
        }
        runs = runs.filter { !$0.run.lines.isEmpty }
        for i in runs.indices where runs[i].run.kind == .value && runs[i].run.lines.count >= Self.minRun && isNumbering(runs[i].run.lines, after: nil) {
            runs[i].run.kind = .label
            break
        }
        // The first label run must come within the lead-in and start a numbering.
        guard let firstLabel = runs.firstIndex(where: { $0.run.kind == .label }), runs[..<firstLabel].allSatisfy({ $0.run.kind == .text }),
              let first = RowAnchor(runs[firstLabel].run.lines[0].text), first.isFirst,
              runs[firstLabel].run.lines.count >= Self.minRun else { return nil }

        var builds: [Build] = []
        var lastText: [TextLine] = []
        var lastAnchor: RowAnchor?
        var consumedEnd = runs[firstLabel].end
        var problem: String?
        let leadTexts = runs[..<firstLabel].map(\.run.lines)
        for (original, end) in runs[firstLabel...] {
            var run = original
            if run.kind == .value, run.lines.count >= Self.minRun, isNumbering(run.lines, after: lastAnchor) { run.kind = .label }
            switch run.kind {
            case .text:
                lastText = run.lines
                continue
            case .label:
                let anchors = run.lines.compactMap { RowAnchor($0.text) }
                guard anchors.count == run.lines.count, zip(anchors, anchors.dropFirst()).allSatisfy({ $1.follows($0) }) else {
                    problem = "row labels out of sequence"; break
                }
                if anchors[0].isFirst {
                    let b = Build()
                    b.leadIn = builds.isEmpty ? leadTexts : [lastText]
                    builds.append(b)
                } else if let last = lastAnchor, !anchors[0].follows(last) {
                    problem = "row labels \(run.lines[0].text) do not follow the labels before them"
                }
                builds.last?.segments.append(Segment(labels: run.lines))
                lastAnchor = anchors.last
                // The segment before this one now has all its columns.
                if let b = builds.last, b.valueColumns == nil, b.segments.count >= 2 { b.valueColumns = b.segments[0].columns.count }
            case .value:
                if let reason = assign(run.lines, names: lastText, to: builds) { problem = reason }
            }
            if problem != nil { break }
            consumedEnd = end
            lastText = []
        }
        let region = lines[start..<max(consumedEnd, start + 1)]
        if let problem { return TableText.unreadable("column-by-column cells: \(problem)", region, end: consumedEnd) }
        var tables: [Table] = []
        for b in builds {
            let columns = b.valueColumns ?? b.segments[0].columns.count
            guard columns >= 1, b.segments.allSatisfy({ $0.columns.count == columns }) else {
                return TableText.unreadable("column-by-column cells: a page of the table lacks the values of some rows", region, end: consumedEnd)
            }
            tables.append(makeTable(b, columns: columns))
        }
        guard !tables.isEmpty else { return nil }
        return .tables(tables, end: consumedEnd)
    }

    /// Bare numbers 1, 2, 3 … (or going on from `last`) one per line: row labels, not values.
    private func isNumbering(_ lines: [TextLine], after last: RowAnchor?) -> Bool {
        let anchors = lines.compactMap { RowAnchor($0.text) }
        guard anchors.count == lines.count, anchors.allSatisfy({ $0.kind == .number && $0.minor == 0 }),
              zip(anchors, anchors.dropFirst()).allSatisfy({ $1.follows($0) }) else { return false }
        return anchors[0].isFirst || last.map { anchors[0].follows($0) } == true
    }

    private func kind(_ line: TextLine) -> Kind {
        let t = line.text
        if let a = RowAnchor(t), case .prefixed = a.kind { return .label }
        if Self.value.matches(t) { return .value }
        return .text
    }

    private func isProse(_ line: TextLine) -> Bool {
        // Lengths in scalars (stored on the line; the text is composed, so they are its characters).
        line.scalarCount > 60 || TableText.sentenceEnd.matches(line.text) && line.scalarCount > 30
    }

    /// Places a run of values; returns a reason when it fits nowhere.
    private func assign(_ values: [TextLine], names: [TextLine], to builds: [Build]) -> String? {
        let open = builds.flatMap { b in b.segments.map { (b, $0) } }.filter { b, s in b.valueColumns.map { s.columns.count < $0 } ?? true }
        var values = values
        let nameTexts = names.map(\.text)
        for strip in [false, true] {
            if strip {
                guard let last = values.last, Self.pageNumber.matches(last.text), values.count > 1 else { break }
                values.removeLast()
            }
            // One column of the earliest segment still missing one.
            if let (_, s) = open.first(where: { $0.1.count == values.count }) {
                s.columns.append(values)
                s.names.append(VietnameseText.collapse(nameTexts.joined(separator: " ")))
                return nil
            }
            // k columns at once, interleaved or one after the other.
            if let (b, s) = open.first(where: { $0.1.count > 0 && values.count % $0.1.count == 0 && values.count / $0.1.count >= 2 }) {
                let k = values.count / s.count
                if let limit = b.valueColumns, s.columns.count + k > limit { continue }
                guard let split = splitColumns(values, k: k, rows: s.count) else { return "\(values.count) values for \(s.count) rows cannot be split into columns" }
                s.columns += split
                // Column names: the last k short lines above; lines before them head all k.
                let short = nameTexts.suffix(k)
                let heading = nameTexts.dropLast(k).joined(separator: " ")
                s.names += short.count == k && short.allSatisfy({ $0.count <= 12 })
                    ? short.map { VietnameseText.collapse(heading + " " + $0) } : Array(repeating: VietnameseText.collapse(nameTexts.joined(separator: " ")), count: k)
                return nil
            }
        }
        // One value alone: a merged cell of the latest segment.
        if values.count == 1, let s = builds.last?.segments.last ?? nil, s.merged == nil {
            s.merged = values[0]
            s.mergedName = VietnameseText.collapse(nameTexts.joined(separator: " "))
            return nil
        }
        if values.count == 1 { return nil }
        return "a run of \(values.count) values matches no run of row labels"
    }

    /// `values` as k columns of `rows` values: row by row (x1 y1 x2 y2 …) or column after column,
    /// whichever keeps every column to one shape of number; nil when neither does.
    private func splitColumns(_ values: [TextLine], k: Int, rows: Int) -> [[TextLine]]? {
        func shape(_ t: String) -> Int { t.prefix { $0 != "," && $0 != "." }.count }
        func consistent(_ columns: [[TextLine]]) -> Bool {
            let shapes = columns.map { Set($0.map { shape($0.text) }) }
            return shapes.allSatisfy { $0.count == 1 } && Set(shapes.map { $0.first! }).count == k
        }
        let interleaved = (0..<k).map { j in stride(from: j, to: values.count, by: k).map { values[$0] } }
        let blocks = (0..<k).map { j in Array(values[(j * rows)..<((j + 1) * rows)]) }
        let a = consistent(interleaved), b = consistent(blocks)
        if a && !b { return interleaved }
        if b && !a { return blocks }
        return nil
    }

    private func makeTable(_ b: Build, columns: Int) -> Table {
        var rows: [TableRow] = []
        var hasMerged = false
        for s in b.segments {
            for i in 0..<s.count {
                var cells = [TableText.cell(s.labels[i])] + (0..<columns).map { TableText.cell(s.columns[$0][i]) }
                let lines = [s.labels[i]] + (0..<columns).map { s.columns[$0][i] }
                if b.segments.contains(where: { $0.merged != nil }) {
                    hasMerged = true
                    var merged = TableText.cell(i == 0 ? s.merged : nil)
                    if i == 0, s.merged != nil, s.count > 1 { merged.rowSpan = s.count }
                    cells.append(merged)
                }
                rows.append(TableRow(cells: cells, span: TableText.span(of: lines)!))
            }
        }
        let first = b.segments[0]
        // Names: the lead-in's first block (and a last block right above the labels, when there are
        // three) for the labels; blocks between them are a heading over the value columns.
        let lead = b.leadIn.map { $0.map(\.text).joined(separator: " ") }
        let labelName = (lead.first ?? "") + (lead.count >= 3 ? " " + lead.last! : "")
        let group = lead.count >= 3 ? lead.dropFirst().dropLast().joined(separator: " ") : lead.dropFirst().joined(separator: " ")
        var names = [labelName] + (0..<columns).map { c in VietnameseText.collapse(group + " " + (c < first.names.count ? first.names[c] : "")) }
        if hasMerged { names.append(b.segments.first { $0.merged != nil }?.mergedName ?? "") }
        let span = rows.dropFirst().reduce(TableText.span(of: b.leadIn.flatMap { $0 }).map { $0.union(rows[0].span) } ?? rows[0].span) { $0.union($1.span) }
        return Table(columns: names.map { VietnameseText.collapse($0) }, rows: TableText.omitCovered(rows), span: span)
    }
}
