import JSON
internal import PCRE2

/// Loading, phase 2: turns each subschema into a `Node` of checks. Subschemas are compiled from a
/// work list, each location once (keyed by its JSON Pointer), so shared and recursive `$ref`s cost
/// nothing extra; regexes are compiled once per distinct source.
struct SchemaCompiler {
    let document: JSONValue
    let options: Schema.Options
    let index: SchemaIndex
    private var nodes: [Node?] = []
    private var ids: [String: NodeID] = [:]
    private var pending: [(id: NodeID, pointer: JSONPointer, value: JSONValue, base: URIReference)] = []
    private var patterns: [String: Pattern] = [:]

    init(document: JSONValue, options: Schema.Options) throws(SchemaError) {
        self.document = document
        self.options = options
        self.index = try SchemaIndex(document: document)
    }

    /// Compiles the whole document; the root is node 0.
    mutating func compile() throws(SchemaError) -> [Node] {
        _ = nodeID(for: document, at: .root, base: SchemaIndex.defaultBase)
        while let work = pending.popLast() {
            nodes[work.id] = try compileNode(work.value, at: work.pointer, base: work.base)
        }
        let compiled = nodes.map { $0! }
        try ReferenceCycleCheck.check(compiled)
        return compiled
    }

    /// The node for the subschema `value` at `pointer`, queued for compilation the first time it is asked for.
    mutating func nodeID(for value: JSONValue, at pointer: JSONPointer, base: URIReference) -> NodeID {
        let key = pointer.description
        if let id = ids[key] { return id }
        let id = nodes.count
        nodes.append(nil)
        ids[key] = id
        pending.append((id, pointer, value, index.baseURIs[key] ?? base))
        return id
    }

    private mutating func compileNode(_ value: JSONValue, at pointer: JSONPointer,
                                      base: URIReference) throws(SchemaError) -> Node {
        let path = pointer.description
        switch value {
        case .bool(true): return Node(path: path, checks: [])
        case .bool(false): return Node(path: path, checks: [.never])
        case let .object(object):
            var context = KeywordContext(object: object, pointer: pointer, base: base)
            for (keyword, member) in object {
                switch Vocabulary.classify(keyword) {
                case .supported:
                    try compileKeyword(keyword, member, in: &context)
                case let .refused(reason):
                    throw SchemaError(.unsupportedKeyword, at: context.path(keyword), keyword: keyword,
                                      "unsupported keyword '\(keyword)' at \(context.path(keyword)): \(reason)")
                case .annotation, .unknown:
                    continue
                }
            }
            return Node(path: path, checks: context.checks)
        default:
            throw SchemaError(.malformedSchema, at: path, keyword: "",
                              "a schema must be an object or a boolean, found \(Describe.type(of: value))")
        }
    }

    // MARK: References

    /// The node a `$ref` value leads to: resolved against `base`, then a resource of this document plus
    /// an empty fragment, a JSON Pointer fragment (percent-decoded) or an anchor name.
    mutating func resolveReference(_ text: String, base: URIReference, at path: String) throws(SchemaError) -> NodeID {
        let uri = URIReference(text).resolved(against: base)
        let resource = uri.withoutFragment.description
        func failure(_ message: String) -> SchemaError {
            SchemaError(.unresolvableReference, at: path, keyword: "$ref", "$ref '\(text)' at \(path): \(message)")
        }
        guard let resourceRoot = index.resources[resource] else {
            throw failure("'\(resource)' is not a resource of this schema (remote references are not supported)")
        }
        let target: JSONPointer
        let fragment = uri.fragment ?? ""
        guard let decoded = URIReference.percentDecoded(fragment) else { throw failure("malformed %-escape") }
        if decoded.isEmpty {
            target = resourceRoot
        } else if decoded.hasPrefix("/") {
            guard let pointer = try? JSONPointer(parsing: decoded) else { throw failure("not a valid JSON Pointer") }
            target = JSONPointer(tokens: resourceRoot.tokens + pointer.tokens)
        } else {
            guard let anchored = index.anchors[resource + "#" + decoded] else {
                throw failure("no $anchor '\(decoded)' in '\(resource)'")
            }
            target = anchored
        }
        guard let value = document.value(at: target) else { throw failure("points at nothing") }
        return nodeID(for: value, at: target, base: uri.withoutFragment)
    }

    // MARK: Regexes

    /// The compiled regex for the ECMA-262 pattern `source` (see `ECMARegex`), shared by every keyword
    /// that uses the same source.
    mutating func pattern(_ source: String, at path: String, keyword: String) throws(SchemaError) -> Pattern {
        if let cached = patterns[source] { return cached }
        do {
            let compiled = try Pattern(ECMARegex.pcre2Source(source))
            patterns[source] = compiled
            return compiled
        } catch {
            throw SchemaError(.invalidPattern, at: path, keyword: keyword,
                              "\(keyword) /\(source)/ at \(path) is not a regex PCRE2 accepts: \(error)")
        }
    }
}

/// What the keyword compilers share while compiling one schema object.
struct KeywordContext {
    let object: JSONObject
    let pointer: JSONPointer
    let base: URIReference
    var checks: [Check] = []

    /// The JSON Pointer string of `keyword` (and optional further tokens) in this schema object.
    func path(_ keyword: String, _ more: String...) -> String {
        JSONPointer(tokens: pointer.tokens + [keyword] + more).description
    }

    /// "`keyword` at `path` must be `requirement`"; `path` defaults to the keyword's own.
    func invalid(_ keyword: String, at path: String? = nil, _ requirement: String) -> SchemaError {
        let path = path ?? self.path(keyword)
        return SchemaError(.invalidKeywordValue, at: path, keyword: keyword, "\(keyword) at \(path) must be \(requirement)")
    }
}

/// Refuses `$ref` loops that never descend into the instance (`a` → `b` → `a` through `$ref`, `allOf`,
/// `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `dependentSchemas`): validating them could not end.
enum ReferenceCycleCheck {
    static func check(_ nodes: [Node]) throws(SchemaError) {
        var state = [UInt8](repeating: 0, count: nodes.count)  // 0 new, 1 on the stack, 2 done
        let children = nodes.map { node in node.checks.flatMap(\.inPlaceChildren) }
        for start in nodes.indices where state[start] == 0 {
            var stack: [(node: NodeID, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                if top.next < children[top.node].count {
                    stack[stack.count - 1].next += 1
                    let child = children[top.node][top.next]
                    if state[child] == 1 {
                        throw SchemaError(.referenceCycle, at: nodes[child].path, keyword: "$ref",
                                          "$ref cycle: the subschema at '\(nodes[child].path)' leads back to itself "
                                              + "without descending into the instance, so validation could not end")
                    }
                    if state[child] == 0 {
                        state[child] = 1
                        stack.append((child, 0))
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                }
            }
        }
    }
}
