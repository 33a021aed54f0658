import Foundation

/// Keys that let two spellings of one number or one issuer meet in SQL.
enum MatchKeys {
    /// A number without spaces, upper case, Đ as D, and no leading zero in its running number:
    /// "05/2025/QĐ-UBND", "5 / 2025 / QD-UBND" → "5/2025/QD-UBND". Nil for nil.
    static func number(_ canonical: String?) -> String? {
        guard let canonical, !canonical.isEmpty else { return nil }
        var key = ""
        for scalar in canonical.unicodeScalars where !scalar.properties.isWhitespace {
            switch scalar {
            case "Đ", "đ": key.append("D")
            default: key.unicodeScalars.append(contentsOf: String(scalar).uppercased().unicodeScalars)
            }
        }
        var digits = key.prefix(while: \.isNumber)
        while digits.count > 1, digits.first == "0" { digits = digits.dropFirst() }
        return String(digits) + key.dropFirst(key.prefix(while: \.isNumber).count)
    }

    /// Short forms of issuers written in full elsewhere ("UBND tỉnh" = "Ủy ban nhân dân tỉnh").
    private static let abbreviations: [String: String] = [
        "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "btv": "ban thuong vu",
        "bch": "ban chap hanh", "mttq": "mat tran to quoc", "vp": "van phong", "tp": "thanh pho",
    ]

    /// An issuer's words, lower case, without tone marks or punctuation, abbreviations spelled out:
    /// "UỶ BAN NHÂN DÂN TỈNH LÀO CAI" and "Ủy ban nhân dân tỉnh Lào Cai" both → "uy ban nhan dan tinh lao cai".
    /// Nil when fewer than two words remain (too vague to tell issuers apart).
    static func issuer(_ text: String?) -> String? {
        guard let text else { return nil }
        var folded = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            switch scalar {
            case "Đ", "đ": folded.append("d")
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    folded.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    folded.append(" ")
                }
            }
        }
        let words = folded.split(separator: " ").flatMap { word in
            abbreviations[String(word)].map { $0.split(separator: " ") } ?? [word]
        }
        return words.count < 2 ? nil : words.joined(separator: " ")
    }

    /// Whether two issuer keys may name the same issuer: unknown on either side, or the words of one are
    /// all among the words of the other ("bo cong thuong" and "bo truong bo cong thuong").
    static func issuersCompatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        let wordsA = Set(a.split(separator: " ")), wordsB = Set(b.split(separator: " "))
        return wordsA.isSubset(of: wordsB) || wordsB.isSubset(of: wordsA)
    }
}
