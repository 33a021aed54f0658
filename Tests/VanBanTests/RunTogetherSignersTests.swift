import Testing
@testable import VanBan

/// A tesseract biên bản (held-out code-5 05): the signers stood side by side, and OCR ran each row's columns
/// together on lines of single spaces.
@Suite struct RunTogetherSignersTests {
    static let closing = [
        "Biên bản được lập xong hồi 11 giờ 30 phút cùng ngày, được đọc cho mọi người cùng nghe và nhất trí ký tên./.",
        "",
        "ĐẠI DIỆN ĐẠI DIỆN",
        "SỞ CÔNG THƯƠNG SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Trần Đăng Khôi Mai Thành Trung Nguyễn Văn Nhân",
        "“ĐẠI DIỆN ĐẠI DIỆN",
        "SỞ XÂY DỰNG ỦY BAN NHÂN DÂN XÃ VĂN CHẤN",
        "_Q_— 41~'—",
        "Lê Đức Chí Cao Đắc Thịnh",
        "ĐẠI DIỆN ĐẠI DIỆN",
        "",
        "CÔNG TY TNHH ĐẠI ĐỒNG TIẾN DOANH NGHIỆP TƯ NHÂN THÀNH HƯƠNG",
        "",
        "Trần Thành Công",
    ]

    @Test func eachSignerIsABlockOfItsOwn() {
        let text = (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "BIÊN BẢN", "Kiểm tra thực địa", "",
                     "I. NỘI DUNG KIỂM TRA", "Đoàn đã kiểm tra hiện trường."] + Self.closing).joined(separator: "\n") + "\n"
        let signatures = DocumentParser().parse(text: text, name: "bb.txt").closing.signatures
        #expect(signatures.map(\.title) == ["SỞ CÔNG THƯƠNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                                             "SỞ XÂY DỰNG", "ỦY BAN NHÂN DÂN XÃ VĂN CHẤN", "CÔNG TY TNHH ĐẠI ĐỒNG TIẾN",
                                             "DOANH NGHIỆP TƯ NHÂN THÀNH HƯƠNG"])
        #expect(signatures.map(\.name) == ["Trần Đăng Khôi", "Mai Thành Trung", "Nguyễn Văn Nhân", "Lê Đức Chí", "Cao Đắc Thịnh",
                                            "Trần Thành Công", nil])
    }

    /// Names cut where a family name starts after three words; a line of bodies that does not cut into as many
    /// bodies as heads stays as written.
    @Test func namesAndBodiesAreCutOnlyWhereTheyCan() {
        #expect(RunTogetherSigners.isNamesLine("Trần Đăng Khôi Mai Thành Trung"))
        #expect(!RunTogetherSigners.isNamesLine("Nguyễn Thị Thanh Bình"))
        let lines = ["ĐẠI DIỆN ĐẠI DIỆN", "SỞ CÔNG THƯƠNG", "Trần Đăng Khôi"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(RunTogetherSigners.unfolded(lines).map(\.text) == ["ĐẠI DIỆN ĐẠI DIỆN", "SỞ CÔNG THƯƠNG", "Trần Đăng Khôi"])
    }
}
