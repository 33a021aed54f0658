/// JSON Schema patterns are ECMA-262 regular expressions (with the `u` flag). PCRE2, compiled with UTF
/// and UCP, reads nearly all of them the same way; this rewrites the differences that change results:
///
/// - `\d`, `\w` (and `\D`, `\W` outside brackets) are ASCII-only in ECMA-262 even in Unicode mode, but
///   Unicode-wide under UCP (`\d` would accept "১"); they become `[0-9]` and `[A-Za-z0-9_]`.
/// - `\p{…}`/`\P{…}` with a long General_Category name (`Letter`, `Uppercase_Letter`…), or written
///   `General_Category=…`, `gc=…`, `Script=…`, `sc=…`, `Script_Extensions=…`, `scx=…`: PCRE2 10.42
///   knows only the short forms (`L`, `Lu`, `Greek`, `scx:Greek`).
///
/// Everything else is passed through unchanged; a construct PCRE2 rejects fails loading the schema.
enum ECMARegex {
    /// The PCRE2 source for the ECMA-262 pattern `source`.
    static func pcre2Source(_ source: String) -> String {
        guard source.contains("\\") else { return source }
        let scalars = Array(source.unicodeScalars)
        var output = String.UnicodeScalarView()
        var inBrackets = false
        var i = 0
        func emit(_ text: String) { output.append(contentsOf: text.unicodeScalars) }
        while i < scalars.count {
            let scalar = scalars[i]
            guard scalar == "\\", i + 1 < scalars.count else {
                if scalar == "[", !inBrackets { inBrackets = true } else if scalar == "]", inBrackets { inBrackets = false }
                output.append(scalar)
                i += 1
                continue
            }
            let escaped = scalars[i + 1]
            switch escaped {
            case "d":
                emit(inBrackets ? "0-9" : "[0-9]")
            case "w":
                emit(inBrackets ? "A-Za-z0-9_" : "[A-Za-z0-9_]")
            case "D" where !inBrackets:
                emit("[^0-9]")
            case "W" where !inBrackets:
                emit("[^A-Za-z0-9_]")
            case "p", "P":
                if i + 2 < scalars.count, scalars[i + 2] == "{",
                   let close = scalars[(i + 3)...].firstIndex(of: "}") {
                    let name = String(String.UnicodeScalarView(scalars[(i + 3) ..< close]))
                    emit("\\\(escaped){\(propertyName(name))}")
                    i = close + 1
                    continue
                }
                output.append(scalar)
                output.append(escaped)
            default:
                output.append(scalar)
                output.append(escaped)
            }
            i += 2
        }
        return String(output)
    }

    /// The PCRE2 spelling of an ECMA-262 Unicode property expression.
    static func propertyName(_ name: String) -> String {
        guard let equals = name.firstIndex(of: "=") else { return generalCategories[name] ?? name }
        let key = name[..<equals], value = String(name[name.index(after: equals)...])
        switch key {
        case "General_Category", "gc": return generalCategories[value] ?? value
        case "Script", "sc": return value
        case "Script_Extensions", "scx": return "scx:" + value
        default: return name
        }
    }

    /// Long General_Category names (and aliases) → PCRE2 short names.
    static let generalCategories: [String: String] = [
        "Letter": "L", "Cased_Letter": "L&", "LC": "L&", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll",
        "Titlecase_Letter": "Lt", "Modifier_Letter": "Lm", "Other_Letter": "Lo",
        "Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
        "Number": "N", "Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
        "Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
        "Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
        "Final_Punctuation": "Pf", "Other_Punctuation": "Po",
        "Symbol": "S", "Math_Symbol": "Sm", "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So",
        "Separator": "Z", "Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp",
        "Other": "C", "Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs", "Private_Use": "Co",
        "Unassigned": "Cn",
    ]
}
