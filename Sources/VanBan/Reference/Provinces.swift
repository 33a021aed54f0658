/// The provinces and centrally-run cities of Việt Nam: the 63 before the 2025 merger, whose names the
/// documents of all years cite (the 34 after it keep names among them). Public administrative geography.
enum Provinces {
    static let names: [String] = [
        "Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
        "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
        "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình",
        "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
        "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
        "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
        "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ]
}

extension Provinces {
    /// Province names by their letters without diacritics ("ha noi" → "Hà Nội").
    private static let byBareKey: [String: String] = Dictionary(names.map { (VietnameseText.bareKey($0), $0) }, uniquingKeysWith: { a, _ in a })

    /// The province `place` names with its marks lost or misread ("Ha Nội", "Lao Cai" → "Hà Nội", "Lào Cai"); nil
    /// when its letters are no province's, or when it is written right (the older placing of a tone, "Thanh Hoá",
    /// is right).
    static func respelled(_ place: String) -> String? {
        guard place.utf8.count <= 40, let name = byBareKey[VietnameseText.bareKey(place)],
              VietnameseText.foldKey(name) != VietnameseText.foldKey(place) else { return nil }
        return name
    }

    /// The province whose letters, diacritics aside, are `place`'s ("Ha Noi", "Hà Noi" → "Hà Nội"); nil for no province.
    static func named(ignoringMarks place: String) -> String? {
        place.utf8.count <= 40 ? byBareKey[VietnameseText.bareKey(place)] : nil
    }
}

extension Header {
    /// A place whose letters are a province's, its marks lost or misread by OCR, is that province as the list
    /// spells it. The list is closed, so this reads a name back rather than guessing at one; other places stay
    /// as written.
    mutating func respellProvincePlace() {
        if let place, let name = Provinces.respelled(place.text) { self.place = TextField(text: name, span: place.span) }
    }
}
