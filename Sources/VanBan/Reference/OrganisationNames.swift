/// The words that issuing bodies are named with, and how OCR's slips in them are read back.
///
/// Tesseract drops or swaps a mark on capitals ("TÓI CAO" for TỐI CAO, "CỤC HÓA CHÁT" for CỤC HÓA CHẤT,
/// "TÍNH ỦY" for TỈNH ỦY). Names of bodies are a closed vocabulary: the ministries and agencies of the
/// Government (Nghị định 25/2025 onward), the courts and procuracy, party committees and local
/// government with their departments. A pair of neighbouring words that no name uses, but whose letters
/// (without diacritics) are those of exactly one pair that names do use, and one of whose words is
/// already spelled as in that pair, has its other word respelled.
/// Pairs that are names already, or differ from one only in where the tone sits ("HOÁ"/"HÓA"), stay.
enum OrganisationNames {
    /// Names of bodies and the words around them in a header, in capitals.
    static let names: [String] = [
        // Ministries and agencies of the Government, the state's other central bodies.
        "BỘ CÔNG AN", "BỘ QUỐC PHÒNG", "BỘ NGOẠI GIAO", "BỘ NỘI VỤ", "BỘ TƯ PHÁP", "BỘ TÀI CHÍNH",
        "BỘ CÔNG THƯƠNG", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "BỘ XÂY DỰNG", "BỘ GIAO THÔNG VẬN TẢI", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BỘ Y TẾ", "BỘ DÂN TỘC VÀ TÔN GIÁO",
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "THANH TRA CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ",
        "CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "VĂN PHÒNG QUỐC HỘI", "KIỂM TOÁN NHÀ NƯỚC",
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN", "TÒA ÁN NHÂN DÂN",
        "TỔNG CỤC", "CỤC HÓA CHẤT", "CỤC ĐIỆN LỰC", "CỤC QUẢN LÝ VÀ PHÁT TRIỂN THỊ TRƯỜNG TRONG NƯỚC",
        "CỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP", "CỤC THƯƠNG MẠI ĐIỆN TỬ VÀ KINH TẾ SỐ",
        "CỤC ĐỊA CHẤT VÀ KHOÁNG SẢN VIỆT NAM", "CỤC HẢI QUAN", "CỤC THUẾ", "CỤC QUẢN LÝ CÔNG SẢN", "CHI CỤC",
        // Party bodies.
        "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BỘ CHÍNH TRỊ",
        "BAN BÍ THƯ", "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "HUYỆN ỦY", "ĐẢNG ỦY",
        "BAN THƯỜNG VỤ", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "BAN TỔ CHỨC", "ỦY BAN KIỂM TRA", "BAN CÁN SỰ ĐẢNG",
        "MẶT TRẬN TỔ QUỐC VIỆT NAM",
        // Local government and its departments.
        "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH", "HỘI ĐỒNG NHÂN DÂN TỈNH", "ĐOÀN ĐẠI BIỂU QUỐC HỘI", "TỈNH", "THÀNH PHỐ",
        "HUYỆN", "THỊ XÃ", "XÃ", "PHƯỜNG", "SỞ CÔNG THƯƠNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SỞ XÂY DỰNG",
        "SỞ TÀI CHÍNH", "SỞ NỘI VỤ", "SỞ TƯ PHÁP", "SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SỞ DÂN TỘC VÀ TÔN GIÁO", "SỞ NGOẠI VỤ", "THANH TRA TỈNH",
        "VĂN PHÒNG ỦY BAN NHÂN DÂN", "BAN QUẢN LÝ KHU KINH TẾ", "BAN QUẢN LÝ DỰ ÁN", "CÔNG AN TỈNH",
        "BỘ CHỈ HUY QUÂN SỰ TỈNH", "ĐOÀN KIỂM TRA", "ĐOÀN THANH TRA", "ĐOÀN THANH TRA SỐ", "TỔ CÔNG TÁC",
        "PHÒNG KINH TẾ", "TRUNG TÂM",
        // Bodies whose pairs would otherwise read as another's ("SỞ GIAO DỊCH" is no slip of SỞ GIÁO DỤC).
        "SỞ GIAO DỊCH CHỨNG KHOÁN",
        // Forces named in titles and headers ("CÔNG AN NHÂN DÂN" beside "TÒA ÁN NHÂN DÂN": "AN NHÂN" is right).
        "CÔNG AN NHÂN DÂN", "QUÂN ĐỘI NHÂN DÂN",
    ]

    /// Neighbouring word pairs of the names, by the pair's letters without diacritics: every spelling the names
    /// use (spellings that differ only in where the tone sits counted once). "TINH BAC" is "TỈNH BẮC" or "TỈNH BẠC".
    private static let pairs: [String: [String]] = {
        var table: [String: [String]] = [:]
        var written = Set<String>(), folded = Set<String>()   // pairs already in, as written and folded (tone placement aside)
        // The provinces' names too: a body's name ends in its province's ("… TỈNH ĐỒNG NẠI" is ĐỒNG NAI), after
        // "TỈNH" or "THÀNH PHỐ" ("CỤC THUẾ TINH HÒA BÌNH" is TỈNH: the pair "TỈNH HÒA").
        let provinces = Provinces.names.map { $0.uppercased() }
        let afterTitle = provinces.compactMap { $0.split(separator: " ").first }.flatMap { ["TỈNH " + $0, "PHỐ " + $0] }
        for name in names + provinces + afterTitle {
            let words = name.replacingOccurrences(of: ",", with: "").split(separator: " ").map(String.init)
            for (a, b) in zip(words, words.dropFirst()) {
                let pair = a + " " + b
                guard written.insert(pair).inserted, folded.insert(VietnameseText.foldKey(pair)).inserted else { continue }
                table[VietnameseText.bareKey(pair), default: []].append(pair)
            }
        }
        return table
    }()

    /// The one spelling the names use for a pair with these letters, or nil when they use none or several.
    private static func onlySpelling(_ pair: String) -> String? {
        guard let spellings = pairs[VietnameseText.bareKey(pair)], spellings.count == 1 else { return nil }
        return spellings[0]
    }

    /// A name in plain letters, as OCR that lost every mark reads a scan's header ("TONG CUC THUE", "CUC THUE TP HAI
    /// PHONG"), with its marks given back on each pair of words that the names of bodies and provinces spell one way
    /// (`pairs`): "TỔNG CỤC THUẾ", "CỤC THUẾ TP HẢI PHÒNG". Other words stay as written. (`respelled` reads a pair back
    /// only from a word OCR kept right, and in plain letters none is.)
    static func markedFromBare(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return text }
        var marked = [Bool](repeating: false, count: words.count)
        for i in 0..<(words.count - 1) {
            guard let spelled = onlySpelling(words[i] + " " + words[i + 1]) else { continue }
            let parts = spelled.split(separator: " ").map(String.init)
            guard parts.count == 2 else { continue }
            for k in 0..<2 where !marked[i + k] {
                words[i + k] = parts[k]
                marked[i + k] = true
            }
        }
        return marked.contains(true) ? words.joined(separator: " ") : text
    }

    /// `text` with the word pairs OCR misspelled respelled; the same text when nothing is.
    static func respelled(_ text: String) -> String {
        guard VietnameseText.isUppercase(text) else { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let changed = PairRespelling.respell(&words, spelling: { words, i in
            // Of the names' spellings of these letters, the one that keeps one of the two words as written: "TINH BẮC"
            // is "TỈNH BẮC", not "TỈNH BẠC".
            let pair = words[i] + " " + words[i + 1]
            // Most pairs a header holds are a name's as written: told without folding either.
            guard let spellings = pairs[VietnameseText.bareKey(pair)], !spellings.contains(pair) else { return nil }
            let written = VietnameseText.foldKey(pair)
            guard !spellings.contains(where: { VietnameseText.foldKey($0) == written }) else { return nil }
            // One spelling: `respell` keeps it only when one word is already so. Several: the one that keeps a word.
            guard spellings.count > 1 else { return spellings[0].split(separator: " ").map(String.init) }
            let folded = [VietnameseText.foldKey(words[i]), VietnameseText.foldKey(words[i + 1])]
            let keeping = spellings.map { $0.split(separator: " ").map(String.init) }.filter { parts in
                parts.count == 2 && (0..<2).contains { VietnameseText.foldKey(parts[$0]) == folded[$0] }
            }
            return keeping.count == 1 ? keeping[0] : nil
        }, isSame: { VietnameseText.foldKey($0) == VietnameseText.foldKey($1) })
        return changed ? words.joined(separator: " ") : text
    }
}

extension Header {
    /// The issuing bodies without OCR's stray marks and with the pairs of words OCR misspelled read back; their
    /// spans still point at the text as written. A subject is free text and is not respelled: a title's "CÔNG AN
    /// NHÂN DÂN" is right though no body in the list is named so.
    mutating func respellOrganisationNames() {
        for keyPath in [\Header.parentAuthority, \Header.issuer] {
            // A text longer than any body's name (a page run onto one line) is left as written: reading it back word by
            // word would cost its length many times over, for a name it does not hold.
            guard let field = self[keyPath: keyPath], field.text.utf8.count <= OrganisationNames.longestName else { continue }
            let respelled = OrganisationNames.respelled(OrganisationNames.withLostInitialRestored(
                GluedSyllables.separated(OrganisationNames.markedFromBare(OrganisationNames.withoutStrayMarks(field.text)))))
            if respelled != field.text { self[keyPath: keyPath] = TextField(text: respelled, span: field.span) }
        }
    }
}

extension OrganisationNames {
    /// The longest text read back as a body's name, in UTF-8 bytes (the longest names of the list, a parent and its
    /// unit joined, are some 150).
    static let longestName = 600

    /// Marks that stand as words of their own in a name OCR read off a specked scan ("ỦY BAN NHÂN DÂN . TỈNH VĨNH
    /// LONG", "SỞ NỘI VỤ -ˆ", "- ỦY BAN NHÂN DÂN :- -"), and quotes or stops glued to its ends ("'TỔNG CỤC HẢI QUAN",
    /// "BỘ GIAO THÔNG VẬN TẢI ."). A lone dash or "&" between two words stays: it is part of names ("BỘ LAO ĐỘNG -
    /// THƯƠNG BINH VÀ XÃ HỘI"); so does a comma or an abbreviation's dot on a word ("SỞ VĂN HÓA, THỂ THAO", "TP.").
    /// A word with no letter or digit: OCR's mark (a modifier letter such as "ˆ" is a mark too, not a letter).
    static func isMark<Scalars: Sequence<Unicode.Scalar>>(_ word: Scalars) -> Bool {
        !word.contains { $0.properties.isAlphabetic && $0.properties.generalCategory != .modifierLetter || ("0"..."9").contains($0) }
    }

    /// A name whose first letter a web page's font lost: "Y BAN NHÂN DÂN" is ỦY BAN NHÂN DÂN (the page draws "Ủ"
    /// from a glyph its text does not carry). No word "Y" opens a body's name before "BAN".
    static func withLostInitialRestored(_ name: String) -> String {
        name.hasPrefix("Y BAN ") ? "Ủ" + name : name
    }

    static func withoutStrayMarks(_ name: String) -> String {
        let words = name.split(separator: " ")
        var kept: [Substring] = []
        for (i, word) in words.enumerated() {
            // A draft's blank for the name ("XÃ ..........", "TRƯỜNG THCS …………") is written, not a mark.
            let blank = word.count >= 3 && word.allSatisfy { $0 == "." || $0 == "…" }
            guard isMark(word.unicodeScalars), !blank else { kept.append(withoutGluedSpecks(word, last: i == words.count - 1)); continue }
            let joiner = word == "-" || word == "–" || word == "&"
            if joiner, i > 0, i + 1 < words.count, !isMark(words[i - 1].unicodeScalars), !isMark(words[i + 1].unicodeScalars) { kept.append(word) }
        }
        guard !kept.isEmpty else { return name }
        var text = kept.joined(separator: " ")
        while let first = text.unicodeScalars.first, "'\"`‘’“”_".unicodeScalars.contains(first) { text.unicodeScalars.removeFirst() }
        while let last = text.unicodeScalars.last, "'\"`‘’“”_:;".unicodeScalars.contains(last) { text.unicodeScalars.removeLast() }
        // A full stop after the last word, unless the word is an abbreviation ("TP.").
        if text.hasSuffix("."), !text.hasSuffix(".."), let last = kept.last, last.count > 4 { text.removeLast() }
        return text.isEmpty ? name : text
    }

    /// A word of a name in capitals with OCR's specks glued to it: a quote, stop or underscore before it
    /// ("_TỈNH", ".TRUNG", "'TƯỚNG"), a stop, colon or run of dots after it ("ỦY.", "DÂN.", "TƯỚNG:", "DƯƠNG...")
    /// when it is a whole word (a letter with a diacritic, or three letters): an abbreviation's dot ("TP.", "TX.")
    /// and a comma between a name's parts stay; a name's last word keeps a single stop for the caller to weigh.
    private static func withoutGluedSpecks(_ word: Substring, last: Bool) -> Substring {
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }) else { return word }
        var word = word
        while let first = word.unicodeScalars.first, "'\"`‘’“”_.".unicodeScalars.contains(first), word.unicodeScalars.count > 1 {
            word.unicodeScalars.removeFirst()
        }
        let whole = letters.count >= 3 || letters.contains { !$0.isASCII }
        guard whole else { return word }
        let trailing = word.unicodeScalars.reversed().prefix { ".:_…-".unicodeScalars.contains($0) }.count
        guard trailing > 0, trailing < word.unicodeScalars.count else { return word }
        // A single stop after the last word is the caller's to weigh (an abbreviation, a sentence's end).
        if last, trailing == 1, word.hasSuffix(".") { return word }
        // A hyphen alone after a word joins it to the next ("ĐỘNG-" / "THƯƠNG BINH"): it stays.
        if trailing == 1, word.hasSuffix("-") { return word }
        return word.dropLast(trailing)
    }
}
