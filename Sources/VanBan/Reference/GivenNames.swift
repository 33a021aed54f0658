/// A signer's middle and given names read back where OCR lost every mark of the name ("Mai Son", "Dang Ngoc Minh",
/// "Nguyen Tuan Anh").
///
/// Given names are many, but the syllables they are made of are few, and most are written with marks. A syllable
/// written without any mark is read back only when its letters are those of one common name syllable and are no
/// name syllable as they stand: "Son" is Sơn and "Ngoc" is Ngọc, while "Anh", "Minh", "Thanh" and "Dung" are names
/// as written, and "Hung" (Hùng or Hưng) is left alone. "Van" and "Thi" are the middle names Văn and Thị, but only
/// before another name: Vân and Thi are given names. A name with a mark anywhere is left as written: OCR that kept
/// one mark kept the others, and "Nguyễn Ngọc Hai" is a name as it stands.
enum GivenNames {
    /// Common name syllables whose letters without marks spell no other common one, by those letters. Where two
    /// share the letters, the far commoner one is kept and the rare one is named in the comment.
    private static let byBareLetters: [String: String] = [
        "bac": "Bắc", "binh": "Bình", "cong": "Công", "dat": "Đạt", "diep": "Diệp", "duc": "Đức", "ha": "Hà",
        "hau": "Hậu", "hieu": "Hiếu", "hoang": "Hoàng", "hong": "Hồng", "huu": "Hữu", "huyen": "Huyền",
        "khanh": "Khánh", "loc": "Lộc", "manh": "Mạnh", "ngan": "Ngân", "nghia": "Nghĩa", "ngoc": "Ngọc",
        "phuc": "Phúc", "phuoc": "Phước", "quoc": "Quốc", "son": "Sơn", "tai": "Tài", "thao": "Thảo", "the": "Thế",
        "thinh": "Thịnh", "trong": "Trọng", "tung": "Tùng", "tuyet": "Tuyết", "viet": "Việt", "vu": "Vũ",
        "xuan": "Xuân", "yen": "Yến",
        "tuan": "Tuấn",  // Tuân is rare
        "quan": "Quân",  // Quan is a family name, rare as a given one
    ]

    /// Middle names by their letters, read back only before another syllable of the name.
    private static let middleByBareLetters: [String: String] = ["van": "Văn", "thi": "Thị"]

    /// `name` (family name first) with its later syllables read back when `written` (the name as printed, before its
    /// family name was read back) has no mark at all; as written otherwise.
    static func respelled(_ name: String, written: String) -> String {
        guard written.utf8.allSatisfy({ $0 < 0x80 }) else { return name }
        var words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 2 else { return name }
        var changed = false
        for i in words.indices.dropFirst() {
            let word = words[i]
            // Only a capitalised word of letters.
            guard let first = word.utf8.first, first >= 0x41, first <= 0x5A,
                  word.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else { continue }
            let letters = word.lowercased()
            let isLast = i == words.count - 1
            guard let read = byBareLetters[letters] ?? (isLast ? nil : middleByBareLetters[letters]) else { continue }
            words[i] = VietnameseText.isUppercase(word) && word.count > 1 ? read.uppercased() : read
            changed = true
        }
        return changed ? words.joined(separator: " ") : name
    }
}
