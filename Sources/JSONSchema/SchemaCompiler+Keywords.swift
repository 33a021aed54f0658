import JSON
internal import PCRE2

/// One compiler per supported keyword: checks the keyword's value is well-formed and appends its `Check`.
/// Keywords that only modify a sibling (`then`, `else`, `minContains`, `maxContains`) are read by that
/// sibling and add nothing themselves.
extension SchemaCompiler {
    mutating func compileKeyword(_ keyword: String, _ value: JSONValue,
                                 in context: inout KeywordContext) throws(SchemaError) {
        switch keyword {
        case "$schema":
            guard case let .string(uri) = value, Vocabulary.draft202012.contains(uri) else {
                throw SchemaError(.unsupportedDialect, at: context.path(keyword), keyword: keyword,
                                  "$schema \(Describe.value(value)) is not supported; only draft 2020-12 "
                                      + "(https://json-schema.org/draft/2020-12/schema) is")
            }
        case "$id", "$anchor", "$dynamicAnchor", "$comment":
            break  // checked and used by SchemaIndex
        case "$ref":
            guard case let .string(reference) = value else { throw context.invalid(keyword, "a string") }
            let target = try resolveReference(reference, base: context.base, at: context.path(keyword))
            context.checks.append(.ref(target))
        case "$defs", "definitions":
            _ = try subschemaMap(keyword, value, in: context)

        case "type":
            context.checks.append(.type(try types(value, in: context)))
        case "enum":
            guard case let .array(values) = value else { throw context.invalid(keyword, "an array") }
            context.checks.append(.enumeration(values))
        case "const":
            context.checks.append(.constant(value))
        case "multipleOf":
            guard let divisor = DecimalNumber(value), divisor.mantissa > 0, value.doubleValue ?? 0 > 0 else {
                throw context.invalid(keyword, "a number greater than 0")
            }
            context.checks.append(.multipleOf(divisor, value))
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
            guard value.doubleValue?.isFinite == true else { throw context.invalid(keyword, "a number") }
            let kind: Bound.Kind = switch keyword {
            case "minimum": .minimum
            case "maximum": .maximum
            case "exclusiveMinimum": .exclusiveMinimum
            default: .exclusiveMaximum
            }
            context.checks.append(.bound(Bound(kind: kind, limit: value)))
        case "minLength": context.checks.append(.minLength(try count(keyword, value, in: context)))
        case "maxLength": context.checks.append(.maxLength(try count(keyword, value, in: context)))
        case "pattern":
            guard case let .string(source) = value else { throw context.invalid(keyword, "a string") }
            context.checks.append(.pattern(try pattern(source, at: context.path(keyword), keyword: keyword), source: source))
        case "format":
            guard case let .string(name) = value else { throw context.invalid(keyword, "a string") }
            if let format = FormatChecker.Format(rawValue: name) {
                context.checks.append(.format(format))
            } else if options.unknownFormats == .refuse {
                throw SchemaError(.unsupportedFormat, at: context.path(keyword), keyword: keyword,
                                  "format '\(name)' at \(context.path(keyword)) is not checked by this validator "
                                      + "(checked: \(Schema.checkedFormats.joined(separator: ", ")))")
            }

        case "minItems": context.checks.append(.minItems(try count(keyword, value, in: context)))
        case "maxItems": context.checks.append(.maxItems(try count(keyword, value, in: context)))
        case "uniqueItems":
            guard case let .bool(unique) = value else { throw context.invalid(keyword, "a boolean") }
            if unique { context.checks.append(.uniqueItems) }
        case "prefixItems":
            context.checks.append(.prefixItems(try subschemaArray(keyword, value, in: context)))
        case "items":
            let start = context.object["prefixItems"]?.arrayValue?.count ?? 0
            context.checks.append(.items(try subschema(keyword, value, in: context), start: start))
        case "contains":
            let min = try context.object["minContains"].map { v throws(SchemaError) in try count("minContains", v, in: context) }
            let max = try context.object["maxContains"].map { v throws(SchemaError) in try count("maxContains", v, in: context) }
            context.checks.append(.contains(try subschema(keyword, value, in: context), min: min ?? 1, max: max,
                                            minWritten: min != nil))
        case "minContains", "maxContains":
            _ = try count(keyword, value, in: context)  // used by contains; ignored without it

        case "required":
            context.checks.append(.required(try strings(keyword, value, in: context)))
        case "properties":
            let members = try subschemaMap(keyword, value, in: context)
            context.checks.append(.properties(MemberTable(members.map { ($0, $1) })))
        case "patternProperties":
            var compiled: [(Pattern, NodeID)] = []
            for (source, id) in try subschemaMap(keyword, value, in: context) {
                compiled.append((try pattern(source, at: context.path(keyword, source), keyword: keyword), id))
            }
            context.checks.append(.patternProperties(compiled))
        case "additionalProperties":
            let known = MemberTable((context.object["properties"]?.objectValue?.keys ?? []).map { ($0, ()) })
            var siblingPatterns: [Pattern] = []
            for source in context.object["patternProperties"]?.objectValue?.keys ?? [] {
                siblingPatterns.append(try pattern(source, at: context.path("patternProperties", source),
                                                   keyword: "patternProperties"))
            }
            context.checks.append(.additionalProperties(try subschema(keyword, value, in: context), known: known,
                                                        patterns: siblingPatterns))
        case "propertyNames":
            context.checks.append(.propertyNames(try subschema(keyword, value, in: context)))
        case "minProperties": context.checks.append(.minProperties(try count(keyword, value, in: context)))
        case "maxProperties": context.checks.append(.maxProperties(try count(keyword, value, in: context)))
        case "dependentRequired":
            guard case let .object(members) = value else { throw context.invalid(keyword, "an object of string arrays") }
            var pairs: [(String, [String])] = []
            for (name, names) in members {
                pairs.append((name, try strings(keyword, names, in: context, subpath: name)))
            }
            context.checks.append(.dependentRequired(pairs))
        case "dependentSchemas":
            context.checks.append(.dependentSchemas(try subschemaMap(keyword, value, in: context)))

        case "allOf": context.checks.append(.allOf(try subschemaArray(keyword, value, in: context)))
        case "anyOf": context.checks.append(.anyOf(try subschemaArray(keyword, value, in: context)))
        case "oneOf": context.checks.append(.oneOf(try subschemaArray(keyword, value, in: context)))
        case "not": context.checks.append(.not(try subschema(keyword, value, in: context)))
        case "if":
            let condition = try subschema(keyword, value, in: context)
            let then = try context.object["then"].map { v throws(SchemaError) in try subschema("then", v, in: context) }
            let otherwise = try context.object["else"].map { v throws(SchemaError) in try subschema("else", v, in: context) }
            if then != nil || otherwise != nil {
                context.checks.append(.conditional(if: condition, then: then, else: otherwise))
            }
        case "then", "else":
            break  // compiled with `if`; without it they have no effect
        default:
            // `Vocabulary.supported` and this switch must list the same keywords.
            preconditionFailure("keyword '\(keyword)' is classed as supported but has no compiler")
        }
    }

    // MARK: Value shapes

    private mutating func subschema(_ keyword: String, _ value: JSONValue,
                                    in context: KeywordContext) throws(SchemaError) -> NodeID {
        try checkedSchema(value, at: context.path(keyword))
        return nodeID(for: value, at: context.pointer.appending(keyword), base: context.base)
    }

    private mutating func subschemaArray(_ keyword: String, _ value: JSONValue,
                                         in context: KeywordContext) throws(SchemaError) -> [NodeID] {
        guard case let .array(elements) = value, !elements.isEmpty else {
            throw context.invalid(keyword, "a non-empty array of schemas")
        }
        var ids: [NodeID] = []
        for (i, element) in elements.enumerated() {
            try checkedSchema(element, at: context.path(keyword, String(i)))
            ids.append(nodeID(for: element, at: context.pointer.appending(keyword).appending(i), base: context.base))
        }
        return ids
    }

    private mutating func subschemaMap(_ keyword: String, _ value: JSONValue,
                                       in context: KeywordContext) throws(SchemaError) -> [(String, NodeID)] {
        guard case let .object(members) = value else { throw context.invalid(keyword, "an object of schemas") }
        var pairs: [(String, NodeID)] = []
        for (name, member) in members {
            try checkedSchema(member, at: context.path(keyword, name))
            pairs.append((name, nodeID(for: member, at: context.pointer.appending(keyword).appending(name),
                                       base: context.base)))
        }
        return pairs
    }

    private func checkedSchema(_ value: JSONValue, at path: String) throws(SchemaError) {
        switch value {
        case .bool, .object: return
        default:
            throw SchemaError(.malformedSchema, at: path, keyword: "",
                              "a schema must be an object or a boolean, found \(Describe.type(of: value)) at \(path)")
        }
    }

    /// A non-negative integer (`2` or `2.0`).
    private func count(_ keyword: String, _ value: JSONValue, in context: KeywordContext) throws(SchemaError) -> Int {
        guard NumberMath.isInteger(value), let number = value.intValue, number >= 0 else {
            throw context.invalid(keyword, "a non-negative integer")
        }
        return number
    }

    private func strings(_ keyword: String, _ value: JSONValue, in context: KeywordContext,
                         subpath: String? = nil) throws(SchemaError) -> [String] {
        let path = subpath.map { context.path(keyword, $0) }
        guard case let .array(elements) = value else { throw context.invalid(keyword, at: path, "an array of strings") }
        var names: [String] = []
        for element in elements {
            guard case let .string(name) = element else {
                throw context.invalid(keyword, at: path, "an array of strings")
            }
            names.append(name)
        }
        return names
    }

    private func types(_ value: JSONValue, in context: KeywordContext) throws(SchemaError) -> JSONTypes {
        let names: [JSONValue] = value.arrayValue ?? [value]
        var types: JSONTypes = []
        for name in names {
            guard case let .string(text) = name, let type = JSONTypes.names.first(where: { $0.0 == text })?.1 else {
                throw context.invalid("type", "one of null, boolean, object, array, number, string, integer "
                                          + "(or an array of them), not \(Describe.value(name))")
            }
            types.insert(type)
        }
        return types
    }
}
