/// Vietnamese family names, and a signer's family name read back where OCR lost or garbled its marks.
///
/// A name's first word is its family name, and family names are few. "Nguyen" can only be Nguyễn, and
/// "Trưong" only Trương: a first word that is no family name, whose letters without diacritics are
/// those of exactly one, is respelled as that one. No family name opens with I, so "Iê" is OCR's Lê.
/// Given names are many and are left as written.
enum Surnames {
    static let all = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Trương", "Đinh", "Đoàn", "Lương", "Lưu", "Mai", "Trịnh", "Cao", "Lâm", "Tạ", "Hà", "Tô",
        "Đào", "Vương", "Thái", "Châu", "Quách", "Tăng", "Lò", "Lục", "Giàng", "Sùng", "Nông", "Hứa", "Kiều",
        "Triệu", "Đàm", "Âu", "Khổng", "Phùng", "Văn", "Lã", "La", "Chu", "Tống", "Diệp", "Hầu", "Mạc", "Ninh",
        "Doãn", "Kim", "Lại", "Thân", "Ông", "Bế", "Quan", "Tôn", "Vi", "Bạch", "Cù", "Đồng", "Giáp", "Hàn", "Khúc",
        "Khương", "Mẫn", "Nghiêm", "Phí", "Phương", "Quản", "Thạch", "Tiêu", "Từ", "Ứng", "Đậu", "Khuất", "Mã", "Chử",
        "Cấn", "Đới", "Dư", "Hạ", "Nhữ", "Trình", "Sầm",
    ] + northern

    /// Family names of the northern peoples (Tày, Nùng, Thái, Hmông, Dao), common among signers in the mountain
    /// provinces. Family names as written, never what a slipped name is read back as: their letters without marks are
    /// those of common words and names ("Quàng": Quảng, Quang; "Thào": Thảo; "Chẩu": Châu).
    static let northern = ["Chẩu", "Cầm", "Quàng", "Vàng", "Thào", "Lầu", "Mùa", "Tẩn", "Chảo", "Ma", "Hờ"]

    /// Family names by their letters without diacritics; nil where two share them ("la": La, Lã).
    private static let byBareKey: [String: String?] = {
        var table: [String: String?] = [:]
        for name in all where !northern.contains(name) {
            let key = VietnameseText.bareKey(name)
            table[key] = table[key] == nil ? name : .some(nil)
        }
        return table
    }()

    /// Whether `word` is a family name, or one whose marks OCR slipped ("Trân" for Trần).
    static func isFamilyName(_ word: String) -> Bool {
        all.contains(word) || byBareKey[VietnameseText.bareKey(word)].map { $0 != nil } == true
    }

    /// `name` with its family name read back; as written when it is one already, or matches none or two.
    static func respelled(_ name: String) -> String {
        // OCR reads a capital L as I ("Iê Đức Luận"): no family name opens with I.
        if let first = name.split(separator: " ").first, first.count >= 2, first.hasPrefix("I"), all.contains("L" + first.dropFirst()) {
            return "L" + name.dropFirst()
        }
        guard let first = name.split(separator: " ").first.map(String.init), !all.contains(first),
              let known = byBareKey[VietnameseText.bareKey(first)], let surname = known else { return name }
        return surname + name.dropFirst(first.count)
    }
}
