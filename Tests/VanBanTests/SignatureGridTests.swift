import Testing
@testable import VanBan

/// Signers side by side in `-layout` text. No biên bản is in the dev corpus, so the texts follow the
/// biên bản form of Nghị định 30/2020 (Phụ lục III, mẫu 1.4: THƯ KÝ / CHỦ TỌA) and an inspection record
/// laid out as the public source's plans lay theirs out; names are those of corpus 22/27 and a commune.
@Suite struct SignatureGridTests {
    static func signatures(_ text: String) -> [[String?]] {
        DocumentParser().parse(text: text, name: "bb.txt").closing.signatures.map { [$0.mode, $0.title, $0.name] }
    }

    static let meetingRecord = """
        ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
         XÃ VĂN CHẤN                               Độc lập - Tự do - Hạnh phúc

                                                Văn Chấn, ngày 10 tháng 8 năm 2026

                                      BIÊN BẢN
                           Họp giao ban tháng 8 năm 2026

             Cuộc họp kết thúc vào 11 giờ 00 phút cùng ngày, nội dung cuộc họp đã được các thành viên dự họp
        thông qua và cùng ký vào biên bản.

                      THƯ KÝ                                          CHỦ TỌA
                      (Chữ ký)                          (Chữ ký của người có thẩm quyền, dấu)



                  Lò Thị Hoa                                     Cao Đắc Thịnh
        """

    static let inspectionRecord = """
        SỞ CÔNG THƯƠNG                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        ĐOÀN KIỂM TRA                              Độc lập - Tự do - Hạnh phúc

                                                Lào Cai, ngày 12 tháng 3 năm 2026

                                      BIÊN BẢN
                   Kiểm tra việc chấp hành pháp luật về vật liệu nổ công nghiệp

        Biên bản được lập xong hồi 11 giờ 30 phút cùng ngày, được đọc cho mọi người cùng nghe và nhất trí ký tên./.

        ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA                 TRƯỞNG ĐOÀN KIỂM TRA
             (Ký, ghi rõ họ tên)                       (Ký, ghi rõ họ tên)



               Nguyễn Văn An                            Hoàng Văn Thuân

                                  THƯ KÝ
                           (Ký, ghi rõ họ tên)


                            Vũ Việt Linh
        """

    @Test func twoSignersSideBySide() {
        #expect(Self.signatures(Self.meetingRecord) == [[nil, "THƯ KÝ", "Lò Thị Hoa"], [nil, "CHỦ TỌA", "Cao Đắc Thịnh"]])
    }

    @Test func aRepresentativeSignsForTheBodyNamedAfterĐẠIDIỆN() {
        #expect(Self.signatures(Self.inspectionRecord) == [
            [nil, "ĐƠN VỊ ĐƯỢC KIỂM TRA", "Nguyễn Văn An"], [nil, "TRƯỞNG ĐOÀN KIỂM TRA", "Hoàng Văn Thuân"], [nil, "THƯ KÝ", "Vũ Việt Linh"],
        ])
    }
}

/// Signers of a grid in raw reading order, where the columns come line by line.
@Suite struct RawSignatureGridTests {
    static func signatures(_ lines: [String]) -> [[String?]] {
        ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }).signatures.map { [$0.mode, $0.title, $0.name] }
    }

    /// 19, lines 100–108: two deputy ministers side by side, each "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", ranks before the names.
    @Test func twoKTBlocksTakeTheirTitlesAndNamesInTurn() {
        let got = Self.signatures(["KT. BỘ TRƯỞNG", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỨ TRƯỞNG",
                                   "Thượng tướng Nguyễn Văn Gấu", "Thượng tướng Nguyễn Văn Long"])
        #expect(got == [["KT", "THỨ TRƯỞNG", "Nguyễn Văn Gấu"], ["KT", "THỨ TRƯỞNG", "Nguyễn Văn Long"]])
    }

    /// "TL. CHỦ TỊCH" over "KT. CHÁNH VĂN PHÒNG" is one signer: the combined modes read as the first.
    @Test func combinedModesStayOneSigner() {
        let got = Self.signatures(["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn An"])
        #expect(got == [["TL", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn An"]])
    }

    /// A biên bản's closing read by tesseract (not in dev): both parties' heads glued on one line, the
    /// inspection team's position below, stamp debris, then the only name.
    @Test func gluedRepresentativesTakeThePositionThatNamesThem() {
        let got = Self.signatures(["ĐẠI DIỆN CÔNG TY MÔNG SƠN ĐẠI DIỆN ĐOÀN THANH TRA", "TRƯỞNG ĐOÀN", "_ _-*H", "É AC dời —",
                                   "Nguyễn Công Hữu"])
        #expect(got == [[nil, "CÔNG TY MÔNG SƠN", nil], [nil, "TRƯỞNG ĐOÀN", "Nguyễn Công Hữu"]])
    }
}
