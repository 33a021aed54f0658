import VanBan

/// `--format tree`: the outline indented, one node a line, with its original line number.
enum OutlineTree {
    static func render(_ document: Document) -> String {
        var out = "\(document.source.name)  [\(document.kind.rawValue)]\n"
        let h = document.header
        if let type = h.documentType { out += "  \(type.name)" + (h.number.map { " số \($0.canonical)" } ?? "") + (h.date.map { " ngày \($0.value)" } ?? "") + "\n" }
        if let subject = h.subject { out += "  “\(subject.text)”\n" }
        if let authority = h.enactingAuthority { out += "  L\(authority.span.start.line) \(authority.text)\n" }
        func walk(_ nodes: [OutlineNode], depth: Int) {
            for node in nodes {
                let label = [node.marker, node.title ?? node.text.map { String($0.prefix(70)) }].compactMap { $0 }.joined(separator: " ")
                out += String(repeating: "  ", count: depth) + "L\(node.span.start.line) \(node.type.rawValue): \(label)\n"
                walk(node.children, depth: depth + 1)
            }
        }
        walk(document.body, depth: 1)
        for appendix in document.appendices {
            out += "  L\(appendix.span.start.line) appendix: \(appendix.label) \(appendix.title ?? "")\n"
            for table in appendix.tables { out += "    table: \(table.rows.count) rows × \(table.columns.count) columns\n" }
            walk(appendix.body, depth: 2)
        }
        for s in document.closing.signatures { out += "  signature: \([s.mode, s.title, s.name].compactMap { $0 }.joined(separator: " / "))\n" }
        return out
    }
}
