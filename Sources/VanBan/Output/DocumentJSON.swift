import JSON

/// The JSON form of a document (schemaVersion 1, CONTRACT.md). Members are written in a fixed,
/// readable order; absent optional values are written as null so every key is always there.
extension Document {
    public var json: JSONValue {
        var o = JSONObject()
        o["schemaVersion"] = .int(Document.schemaVersion)
        o["source"] = source.json
        o["kind"] = .string(kind.rawValue)
        o["header"] = header.json
        o["body"] = .array(body.map(\.json))
        o["closing"] = closing.json
        o["appendices"] = .array(appendices.map(\.json))
        o["references"] = .array(references.map(\.json))
        o["dates"] = .array(dates.map(\.json))
        o["diagnostics"] = .array(diagnostics.map(\.json))
        return .object(o)
    }
}

extension Optional where Wrapped == String {
    var json: JSONValue { map { .string($0) } ?? .null }
}
extension Optional where Wrapped == Int {
    var json: JSONValue { map { .int($0) } ?? .null }
}

extension SourcePosition {
    var json: JSONValue { ["line": .int(line), "column": .int(column)] }
}

extension SourceSpan {
    var json: JSONValue { ["start": start.json, "end": end.json] }
}

extension SourceInfo {
    var json: JSONValue {
        ["name": .string(name), "sha256": .string(sha256), "bytes": .int(bytes), "lines": .int(lines),
         "encoding": .string(encoding), "repairs": .array(repairs.map { .string($0) })]
    }
}

extension TextField {
    var json: JSONValue { ["text": .string(text), "span": span.json] }
}

extension Optional where Wrapped == TextField {
    var json: JSONValue { map(\.json) ?? .null }
}

extension Header {
    var json: JSONValue {
        var o = JSONObject()
        o["nationalTitle"] = nationalTitle.json
        o["motto"] = motto.json
        o["parentAuthority"] = parentAuthority.json
        o["issuer"] = issuer.json
        o["number"] = number.map { $0.json(span: numberSpan) } ?? (numberSpan.map { ["text": "", "canonical": "", "sequence": .null, "year": .null, "typeCode": .null, "issuerCode": .null, "style": .null, "span": $0.json] } ?? .null)
        o["place"] = place.json
        o["date"] = date.map(\.json) ?? .null
        o["documentType"] = documentType.map { ["text": .string($0.text), "name": .string($0.name), "code": $0.code.json, "span": $0.span.json] } ?? .null
        o["subject"] = subject.json
        o["addressees"] = .array(addressees.map(\.json))
        o["urgency"] = urgency.json
        o["confidentiality"] = confidentiality.json
        o["legalBases"] = .array(legalBases.map(\.json))
        o["enactingAuthority"] = enactingAuthority.json
        return .object(o)
    }
}

extension DocumentNumber {
    func json(span: SourceSpan?) -> JSONValue {
        var o = JSONObject()
        o["text"] = .string(text)
        o["canonical"] = .string(canonical)
        o["sequence"] = sequence.json
        o["year"] = year.json
        o["typeCode"] = typeCode.json
        o["issuerCode"] = issuerCode.json
        o["style"] = .string(style.rawValue)
        if let span { o["span"] = span.json }
        return .object(o)
    }
}

extension OutlineNode {
    var json: JSONValue {
        var o = JSONObject()
        o["type"] = .string(type.rawValue)
        o["marker"] = marker.json
        o["ordinal"] = ordinal.json
        o["title"] = title.json
        o["text"] = text.json
        o["span"] = span.json
        o["children"] = .array(children.map(\.json))
        return .object(o)
    }
}

extension Closing {
    var json: JSONValue {
        ["recipients": .array(recipients.map(\.json)), "recipientsLabel": recipientsLabel.json, "archive": archive.json,
         "signatures": .array(signatures.map { s in
             ["mode": s.mode.json, "authority": s.authority.json, "title": s.title.json, "name": s.name.json, "span": s.span.json]
         })]
    }
}

extension Appendix {
    var json: JSONValue {
        ["label": .string(label), "title": title.json, "attachedTo": attachedTo.map(\.json) ?? .null,
         "body": .array(body.map(\.json)), "tables": .array(tables.map(\.json)), "span": span.json]
    }
}

extension Table {
    var json: JSONValue {
        ["columns": .array(columns.map { .string($0) }),
         "rows": .array(rows.map { row in
             ["cells": .array(row.cells.map { cell in
                 var o = JSONObject()
                 o["text"] = .string(cell.text)
                 if let rowSpan = cell.rowSpan { o["rowSpan"] = .int(rowSpan) }
                 if !cell.values.isEmpty { o["values"] = .array(cell.values.map(\.json)) }
                 if !cell.quantities.isEmpty {
                     o["quantities"] = .array(cell.quantities.map { q in
                         var qo = JSONObject()
                         qo["text"] = .string(q.text)
                         qo["value"] = q.value.rounded() == q.value && abs(q.value) < 1e15 ? .int(Int(q.value)) : .double(q.value)
                         qo["unit"] = q.unit.json
                         if let span = q.span { qo["span"] = span.json }
                         return .object(qo)
                     })
                 }
                 if let span = cell.span { o["span"] = span.json }
                 return .object(o)
             }), "span": row.span.json]
         }),
         "span": span.json]
    }
}

extension Reference {
    var json: JSONValue {
        var o = JSONObject()
        o["canonical"] = .string(number.canonical)
        o["text"] = .string(number.text)
        o["documentType"] = documentType.json
        o["typeCode"] = number.typeCode.json
        o["issuerCode"] = number.issuerCode.json
        o["style"] = .string(number.style.rawValue)
        o["sequence"] = number.sequence.json
        o["year"] = number.year.json
        o["date"] = date.map(\.json) ?? .null
        o["issuer"] = issuer.json
        o["mentions"] = .array(mentions.map(\.json))
        return .object(o)
    }
}

extension DateMention {
    var json: JSONValue {
        var o = JSONObject()
        o["text"] = .string(text)
        o["value"] = .string(value)
        o["precision"] = .string(precision.rawValue)
        if let end { o["end"] = .string(end.iso) }
        o["role"] = role.map { .string($0.rawValue) } ?? .null
        o["valid"] = .bool(point.isValid)
        o["span"] = span.json
        return .object(o)
    }
}

extension Diagnostic {
    public var json: JSONValue {
        ["rule": .string(rule), "severity": .string(severity.rawValue), "message": .string(message), "span": span.json,
         "related": .array(related.map { ["message": .string($0.message), "span": $0.span.json] })]
    }
}
