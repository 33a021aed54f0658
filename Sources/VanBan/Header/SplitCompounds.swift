/// Words a line break cut in two, in a title in capitals, where the line below then opens with a word that
/// also begins a body's name: "… ĐỐI VỚI CƠ" / "SỞ SẢN XUẤT …" (cơ sở), "… TÀI NGUYÊN VÀ MÔI" / "TRƯỜNG …"
/// (môi trường), "… BẮC" / "BỘ VÀ KHU 4 CŨ" (Bắc Bộ). And phrases in which such a word names no body:
/// "PHÒNG, CHỐNG …", "ĐOÀN KẾT …", "LIÊN QUAN …". A subject goes on over such a break.
enum SplitCompounds {
    /// Two-syllable words whose second syllable begins bodies' names (Sở, Bộ, Cục, Trường, Phòng, Đoàn, Viện).
    static let words: Set<String> = [
        "CƠ SỞ", "TRỤ SỞ",
        "CÁN BỘ", "TOÀN BỘ", "BẮC BỘ", "NAM BỘ", "TRUNG BỘ", "TÂY BỘ", "ĐỒNG BỘ", "TIẾN BỘ", "SƠ BỘ", "NỘI BỘ", "CỤC BỘ",
        "ĐƯỜNG BỘ",
        "BỐ CỤC", "KẾT CỤC",
        "MÔI TRƯỜNG", "THỊ TRƯỜNG", "HIỆN TRƯỜNG", "CÔNG TRƯỜNG", "LẬP TRƯỜNG", "QUẢNG TRƯỜNG", "CHIẾN TRƯỜNG",
        "THƯƠNG TRƯỜNG", "NGƯ TRƯỜNG", "NÔNG TRƯỜNG", "LÂM TRƯỜNG",
        "QUỐC PHÒNG", "DỰ PHÒNG", "ĐỀ PHÒNG",
        "TẬP ĐOÀN", "PHÁI ĐOÀN",
        "THƯ VIỆN", "NGHỊ VIỆN",
    ]

    /// A body's first word followed by words that make it no name ("PHÒNG, CHỐNG", "TRƯỜNG HỢP").
    static let phrases: [String] = [
        "PHÒNG, ", "PHÒNG CHỐNG", "PHÒNG NGỪA", "PHÒNG TRÁNH", "PHÒNG CHÁY", "PHÒNG DỊCH", "PHÒNG BỆNH",
        "ĐOÀN KẾT", "ĐOÀN VIÊN", "LIÊN QUAN", "LIÊN KẾT", "LIÊN THÔNG", "LIÊN TỤC", "TRƯỜNG HỢP", "BAN ĐẦU",
        "QUỸ ĐẤT", "QUỸ NHÀ", "BỘ VÀ ", "SỞ HỮU",
    ]

    /// Whether the line `next`, under a line whose last word is `lastWord`, goes on the same words.
    static func joins(_ lastWord: String, _ next: String) -> Bool {
        if phrases.contains(where: { next.hasPrefix($0) }) { return true }
        guard let first = next.split(separator: " ", maxSplits: 1).first else { return false }
        return words.contains(lastWord + " " + first)
    }
}
