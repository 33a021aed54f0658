import JSON

/// Loading, phase 1: walks every subschema of the document once, working out the base URI in force at
/// each (from the `$id`s above it) and registering resources (`$id`) and anchors (`$anchor`), so that
/// phase 2 can resolve any `$ref`, forwards or backwards.
struct SchemaIndex {
    /// The base URI of a schema document without a root `$id`. Hierarchical, so relative references
    /// resolve; it names nothing real, so a reference to another document fails cleanly.
    static let defaultBase = URIReference("vanban:/schema.json")

    /// Base URI in force at each subschema (after its own `$id`), by JSON Pointer string.
    private(set) var baseURIs: [String: URIReference] = [:]
    /// Each resource (absolute URI without fragment) and the location of its root.
    private(set) var resources: [String: JSONPointer] = [:]
    /// Each anchor, keyed `resource#name`, and the location of its subschema.
    private(set) var anchors: [String: JSONPointer] = [:]

    init(document: JSONValue) throws(SchemaError) {
        resources[Self.defaultBase.description] = .root
        try walk(document, at: .root, base: Self.defaultBase)
    }

    private mutating func walk(_ value: JSONValue, at pointer: JSONPointer, base: URIReference) throws(SchemaError) {
        let path = pointer.description
        guard case let .object(object) = value else {
            baseURIs[path] = base
            return
        }
        var base = base
        if let id = object["$id"] {
            guard case let .string(text) = id else {
                throw SchemaError(.invalidKeywordValue, at: path + "/$id", keyword: "$id", "$id must be a string")
            }
            let reference = URIReference(text)
            if let fragment = reference.fragment, !fragment.isEmpty {
                throw SchemaError(.malformedSchema, at: path + "/$id", keyword: "$id",
                                  "$id '\(text)' must not have a fragment; use $anchor for a named location")
            }
            base = reference.resolved(against: base).withoutFragment
            try register(base.description, at: pointer, in: \.resources, keyword: "$id")
        }
        for keyword in ["$anchor", "$dynamicAnchor"] {
            guard let anchor = object[keyword] else { continue }
            guard case let .string(name) = anchor, Self.isValidAnchor(name) else {
                throw SchemaError(.invalidKeywordValue, at: path + "/" + keyword, keyword: keyword,
                                  "\(keyword) must be a name like 'foo' (a letter or '_', then letters, digits, '-', '_', '.')")
            }
            try register(base.description + "#" + name, at: pointer, in: \.anchors, keyword: keyword)
        }
        baseURIs[path] = base

        for (keyword, member) in object {
            if Vocabulary.singleSubschema.contains(keyword) {
                try walk(member, at: pointer.appending(keyword), base: base)
            } else if Vocabulary.subschemaArrays.contains(keyword), case let .array(elements) = member {
                for (i, element) in elements.enumerated() {
                    try walk(element, at: pointer.appending(keyword).appending(i), base: base)
                }
            } else if Vocabulary.subschemaMaps.contains(keyword), case let .object(members) = member {
                for (name, element) in members {
                    try walk(element, at: pointer.appending(keyword).appending(name), base: base)
                }
            }
        }
    }

    private mutating func register(_ key: String, at pointer: JSONPointer,
                                   in table: WritableKeyPath<SchemaIndex, [String: JSONPointer]>,
                                   keyword: String) throws(SchemaError) {
        if let existing = self[keyPath: table][key], existing != pointer {
            throw SchemaError(.malformedSchema, at: pointer.description + "/" + keyword, keyword: keyword,
                              "\(keyword) '\(key)' is already defined at '\(existing)'")
        }
        self[keyPath: table][key] = pointer
    }

    /// The 2020-12 anchor syntax: `^[A-Za-z_][-A-Za-z0-9._]*$`.
    static func isValidAnchor(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return name.utf8.allSatisfy {
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || "-._".utf8.contains($0)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
