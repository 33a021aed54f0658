import JSON

extension RegisteredDocument {
    /// The document's JSON with its cross-document findings added to `diagnostics` (each with a span
    /// starting and ending at the finding's place, and no `related`).
    public func jsonWithCorpusFindings() throws -> JSONValue {
        let parsed = try JSONReader().read(json)
        guard case var .object(object) = parsed, !corpusFindings.isEmpty else { return parsed }
        var diagnostics = object["diagnostics"]?.arrayValue ?? []
        for finding in corpusFindings {
            let place: JSONValue = ["line": .int(finding.line), "column": .int(finding.column)]
            diagnostics.append(["rule": .string(finding.rule), "severity": .string(finding.severity),
                                "message": .string(finding.message), "span": ["start": place, "end": place],
                                "related": .array([])])
        }
        object["diagnostics"] = .array(diagnostics)
        return .object(object)
    }
}
