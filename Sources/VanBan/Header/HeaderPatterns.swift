import PCRE2
/// The recognisers of header components (NĐ 30/2020 Điều 8–15; party: HD 36-HD/VPTW).
enum HeaderPatterns {
    /// Quốc hiệu, tolerant of the tone placements and OCR slips seen in real texts ("CỘNG HOÀ", "CỘNG HÕA",
    /// "CỌNG HÒA", "VIẾT NAM", a legacy font's "CỘNG HỊA"); between "XÃ" and "NGHĨA" tesseract may garble anything
    /// ("XÃ : HỦ NGHĨA"). Before 1976 the quốc hiệu was "VIỆT NAM DÂN CHỦ CỘNG HÒA". A scan's OCR may garble every word
    /// but its frame, "C…NG HO… X… H… … NGH… … NAM" ("CQNG HOA XA HQI CHU NGHIA VIET NAM", "CONG HOAYXA HOI atts NGHIA
    /// lon NAM", a cell's bar inside: "CỘNG |HOÀ XÃ HỘI …").
    static let nationalTitle = try! Pattern(#"C[ỘOỌÔÓ]NG\s*H(?:[OÒÕÓỎỊ][AÀ])\s+(?:X[ÃAÁ]\s+|Xà\s*)(?:H[ỘOỌÔ]I\s+CH[ỦUŨÙ]|[^\s\p{Ll}]{1,4}(?:\s+[^\s\p{Ll}]{1,4}){0,2})\s+NGH[ĨIÍ]A\s+VI[ỆEẾÊ]T\s+NAM|VI[ỆE]T\s+NAM\s+D[ÂA]N\s+CH[ỦU]\s+C[ỘO]NG\s+H(?:[ÒOÓ]A|OÀ)|(?<!\p{L})C\p{L}{1,2}NG\s*\|?\s*HO\S{0,2}\s*\S{0,3}X\S{0,2}\s+H\S{1,3}\s+\S{1,5}\s+NGH\S{1,2}\s+\S{1,4}\s+NAM(?!\p{L})"#, options: .caseless)
    /// The quốc hiệu's first words in capitals, where OCR garbled or cut off the rest ("CỘNG HOÀ XÃ HỘI É").
    static let nationalTitleStart = try! Pattern(#"(?<![\p{L}])C[ỘOỌÔÓ]NG\s*H[OÒÕÓỎỊ][AÀ]\s+(?:X[ÃAÁ]\s+|Xà\s*)H[ỘOỌÔ]I(?![\p{L}])"#, requiringOneOf: ["NG"])
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" over a party document's right column; the Youth Union, the party's own
    /// organisation, prints "ĐOÀN TNCS HỒ CHÍ MINH" there the same way, and the Pioneers "ĐỘI TNTP HỒ CHÍ MINH".
    static let partyTitle = try! Pattern(#"Đ[ẢAÁ]NG\s+C[ỘOỌÔÓ]NG\s+S[ẢAÁẲẠÃ]N\s+VI[ỆEÊẾ]T\s+NAM|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH|ĐỘI\s+(?:TNTP|THIẾU\s+NIÊN\s+TIỀN\s+PHONG)\s+HỒ\s+CHÍ\s+MINH"#, options: .caseless, requiringOneOf: ["Đ", "đ"])
    /// Whether `text` holds the party's title as a header prints it: in capitals, or alone on its line. A sentence
    /// that names the party ("… Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, …") holds no header.
    static func standsAsPartyTitle(_ text: String) -> Bool {
        guard let m = partyTitle.firstMatch(in: text), let title = m[0] else { return false }
        return VietnameseText.isUppercase(String(title)) || text.trimmingCharacters(in: .whitespaces).count <= title.count + 6
    }
    /// The tiêu ngữ, also as OCR that lost its marks reads it ("Doc lap - Ty do - Hanh phic").
    static let motto = try! Pattern(#"[ĐD][ộo]c\s+l[ậa]p\s*[-–—]*\s*T[ựuy](?:\s+do)?\s*[-–—]*\s*H[ạa]nh\s+ph[úui]c"#, options: .caseless,
                                    requiringOneOf: ["Đ", "đ", "Doc", "DOC"])
    /// "Số: 4280 /SCT - CN", "Số:6791", "Số 2449 -CV/ĐU", "Số:       /KH-SKHCN", "Nghị quyết số: 17/2022/UBTVQH15",
    /// and "S: 514/HD-STC" where a text layer lost the "ố". OCR reads a scan's specks before it and the "S" as
    /// "§" ("_ §ố:1583/TCT-CS", "\"Số: 722/UBND-MT"), a speck between "Số:" and the number ("Số:.1803/QĐ-TTg"), and
    /// another letter or a "6" for the "ố", and "$" for the "S", before a number with its symbol ("¬. -—SẼ: 19/2026NQ-CP",
    /// "$6:990/TB-TCT", and with its digits illegible: "$6:42(3/BTC-PC").
    /// Group `num` is the rest.
    static let number = try! Pattern(#"^(?:[-_`'‘’"“”.,:;|~ˆ—–¬]+\s*){0,3}(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết)\s+(?=số))?(?:(?:Số|§ố)\s*(?::|\.|;(?=\s*\d))?|[S$][\p{L}6](?=:\s*\d[^\s/]{0,4}\s*/\s*\d{0,4}/?\p{Lu})|số\s*:|SỐ\s*:|So\s*:|S\s*:(?=\s*[\d/]))\s*(?:[.:-](?=\s*\d))?\s*(?<num>.*?)[\s:;,]*$"#)
    /// "Quảng Ngãi, ngày 15 tháng 5 năm 2024"; the place is a run of capitalised words, also joined by a hyphen
    /// or an en dash ("Phan Rang-Tháp Chàm", "Bà Rịa–Vũng Tàu"), after "Thành phố", or ending in a district's
    /// number ("Quận 8"). Some write "Ngày" in capital; OCR may read the comma as a full stop before "ngày"
    /// ("Hà Nội. ngày 09 tháng 11 năm 2023") or a semicolon ("Hà Nội; ngày …"). Words in capitals glued before a place in sentence case are another
    /// column's ("… ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày …"). A weekday is no place: "Monday, 13/07/2020 - 21:40"
    /// is a portal's time stamp; nor is a symbol's dotted code before it ("Số: 01/ KH.LĐ Tân Hoà, ngày …"), nor a
    /// code with a small letter inside ("Số: 112 /SGD&ĐT- GDTrH Thái Nguyên, ngày …", OCR's columns on one line).
    /// A province's name whose later words a typist or OCR left in small letters ("Hà nội, ngày 11 tháng 11 năm
    /// 1995"): read as a place only for the closed list of provinces, a capital first letter kept.
    private static let provinceInAnyCase = Provinces.names.map { name in
        let words = (name.hasPrefix("Thành phố ") ? String(name.dropFirst(10)) : name).split(separator: " ").filter { $0 != "-" }
        return String(words[0]) + words.dropFirst().map { #"(?:\s*[-–]\s*|\s+)(?i:\#($0))"# }.joined()
    }.joined(separator: "|")
    static let placeDate = try! Pattern(#"(?<![/\p{L}\-–])(?<!Thứ )(?!(?!TP\s)(?:\p{Lu}{2,}\s+)+\p{Lu}\p{Ll})(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+[Nn]hật)\b)(?!\p{Lu}{2,}\.\p{Lu}{2,}(?!\p{Ll}))(?!\p{Lu}{2,}\p{Ll}+\p{Lu})(?<place>(?:TP\.\s*|Tp\.\s*|TP\s+|Thành phố\s+)?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*| ?[-–] ?\p{Lu}\p{Ll}[\p{L}]*){0,4}(?: \d{1,2}(?=\s*,))?|"# + provinceInAnyCase + #")(?:\s*,\s*(?=(?:ngày|Ngày|ngay)(?!\p{L})|\d{1,2}/)|\.\s+(?=(?:[nN]gày|ngay)(?!\p{L}))|;\s*(?=ngày\s+\d))"#,
                                 // Every match ends before "ngày", "Ngày", "ngay" or a day's "/".
                                 requiringOneOf: ["gày", "gay", "/"])
    /// A place and its date without the comma between, the date written in full, at a line's start: "Phan Rang ngày 12
    /// tháng 11 năm 2003". The place's words in sentence case only (a symbol's code before a date is no place).
    static let placeDateWithoutComma = try! Pattern(#"^\s*(?<place>(?:TP\.\s*)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3})\s+(?=ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d)"#)
    /// A document site's caption line of an older text's number and date, in capitals and alone on its line: "SỐ
    /// 2835/LĐTBXH-BHXH NGÀY 19 THÁNG 9 NĂM 2001", "SỐ 101 - HĐBT NGÀY 1-10-1981". Groups `num` and `date`.
    static let captionNumberDate = try! Pattern(#"^\s*SỐ\s+(?<num>\d[\p{L}\d/.\-–]*(?:\s+[-–]\s+\p{Lu}[\p{L}\d/\-–]*)?)\s+(?<date>NGÀY\s+\d{1,2}(?:\s+THÁNG\s+\d{1,2}\s+NĂM\s+|\s*[-/.]\s*\d{1,2}\s*[-/.]\s*)\d{4})\s*$"#)
    /// What follows a place in a date line left blank to the year ("ngày   tháng   năm", dots or slashes in the
    /// gaps), or that OCR left illegible ("ngày 3Ù tháng 4Ä năm 4034", "ngày ÔŸ tháng JOnam 2025").
    static let undatedTail = try! Pattern(#"^\s*(?:[nN]gày|ngay)[\s.…_/]*(?:\S{1,3}\s+)?tháng[\s.…_/]*(?:\S{1,3}\s+|\S{1,3}(?=nam\b))?n[ăa]m[\s.…_/]*\S{0,4}\s*$"#)
    /// A place left as dots or underscores before the date: "…………, ngày 15 tháng 8 năm 2018" (a rule of dots is
    /// cut off a fragment's start: ", ngày …").
    static let blankPlaceDate = try! Pattern(#"^(?:[.…_]{3,}\s*)?,\s*[nN]gày(?!\p{L})"#)
    /// The left column read across one line: a name in capitals, then "Số:" and a number or a blank one
    /// ("CHÍNH PHỦ Số: 101-CP").
    static let numberAfterName = try! Pattern(#"^\p{Lu}[\p{Lu}\s,.&-]*\p{Lu}(?:\s+\*)?\s+(?<number>Số\s*(?::\s*(?:\d|/)|\d+-\p{Lu}))"#)
    /// "V/v …", "V/V …" at the start of a fragment; OCR's "Viv" and "Vw" (the slash and "v" read as one "w"), and "Vv"
    /// typed without its slash; "Về: …", the words the abbreviation stands for, as a label with its colon.
    static let subjectLead = try! Pattern(#"^(?:V/v|V/V|v/v|V\.v|Viv(?=\s)|Vw(?=\s)|Vv(?=\s)|Về(?=\s*:))\s*:?\s*"#)
    /// "Kính gửi", also in the southern spelling "Kính gởi"; before its colon also with a mark OCR lost or
    /// misread ("Kinh gửi:", "Kính gưi:").
    static let addresseeWords = #"(?:Kính\s*g[ửở]i|K[iíì]nh\s*g[ửởưuủ]i(?=\s*:))"#
    static let addresseeLead = try! Pattern("^" + addresseeWords + #"\s*:?\s*"#, options: .caseless)
    /// A note in brackets under the addressees that they are listed elsewhere: "(Có tên trong danh sách kèm theo)",
    /// "(Theo danh sách gửi kèm)".
    static let addresseesListedElsewhere = try! Pattern(#"^\([^()]*\bdanh sách\b[^()]*\)[.;]?$"#, options: .caseless)
    /// A rule under a header column, also with an ornament in its middle ("--------o0o--------").
    static let separator = try! Pattern(#"^(?=.*[\-–—_=*.~•])[\s\-–—_=*.~•]*(?:[oO0]{3}[\s\-–—_=*.~•]*)?$"#)
    static let urgency = try! Pattern(#"^(?:THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|KHẨN)(?:\s+HẸN GIỜ)?$"#)
    /// The sections of the official gazette (Công báo) a document is printed under.
    static let gazetteSection = try! Pattern(#"^\s*VĂN BẢN (?:QUY PHẠM PHÁP LUẬT|PHÁP LUẬT KHÁC|KHÁC|HỢP NHẤT)\s*$"#)
    /// The secrecy levels, and "LƯU HÀNH NỘI BỘ" (internal circulation only) stamped over a header, also as OCR reads
    /// it ("LƯU HANH NỘI BO").
    static let confidentiality = try! Pattern(#"^(?:TUYỆT MẬT|TỐI MẬT|MẬT|L[ƯU]U\s+H[ÀAÁ]NH\s+N[ỘÔO]I\s+B[ỘÔO])$"#)
    /// Words that begin the name of an organisation in the left header column ("BAN HÀNH …" is a verb).
    static let organisationStart = try! Pattern(#"^(?:UBND|HĐND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN(?!\s+HÀNH)|CỤC|TỔNG CỤC|CHI CỤC|VĂN PHÒNG|THANH TRA|TRƯỜNG|VIỆN|TÒA|TOÀ|HỘI ĐỒNG|CHÍNH PHỦ|QUỐC HỘI|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|THỊ ỦY|THỊ UỶ|ĐẢNG ĐOÀN|CHI BỘ|CHI ĐOÀN|CHI HỘI|ĐOÀN|CÔNG AN|BỘ CHỈ HUY|TRUNG TÂM|PHÒNG|CHI NHÁNH|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|HỌC VIỆN|TIỂU BAN|BAN CHẤP HÀNH|KHO BẠC|MẶT TRẬN|BẢO HIỂM|NGÂN HÀNG|LIÊN|BỆNH VIỆN|KHOA(?!\s+HỌC)|ĐẠI HỌC|KIỂM TOÁN|HẠT KIỂM LÂM|TRẠM|XÍ NGHIỆP|NHÀ MÁY|HỢP TÁC XÃ|QUỸ|ĐÀI|CÂU LẠC BỘ|HỘI (?:NÔNG DÂN|LIÊN HIỆP|CỰU|CHỮ THẬP|KHUYẾN HỌC|NGƯỜI|LUẬT GIA|NHÀ BÁO|DOANH NGHIỆP|SINH VIÊN|ĐÔNG Y|VĂN HỌC)|CHỦ TỊCH|THỦ TƯỚNG|BCH|TW|TRUNG ƯƠNG)\b"#)
    /// Whether `text` begins an organisation's name, also as OCR misspelled it ("TỎNG CỤC THUÊ"): the name is
    /// read as `OrganisationNames` would respell it.
    /// Also read with OCR's slipped marks read back and its glued syllables cut ("SỞXÂYDỤNG"), on the line's first
    /// words: only its start matters.
    /// A line in plain letters (OCR lost every mark of a scan's header: "TONG CUC THUE" / "CUC THUE TP HAI PHONG") is
    /// read by its bare letters (`bareHeads`).
    static func startsOrganisation(_ text: String) -> Bool {
        if organisationStart.matches(text) { return true }
        let start = text.split(separator: " ", maxSplits: 6).prefix(6).joined(separator: " ")
        return organisationStart.matches(OrganisationNames.respelled(start)) || organisationStart.matches(GluedSyllables.separated(start))
            || text.utf8.allSatisfy({ $0 < 0x80 }) && startsWithBareHead(start)
    }

    /// The words that open a body's name, by their bare letters: the heads of `organisationStart` that a name's line
    /// opens with and a wrapped line does not (no "TRƯỜNG", the end of "MÔI TRƯỜNG"; "SỞ" and "BỘ" only before a word,
    /// not a number: "SO 105/CT-TTHT" is a number line).
    private static let bareHeads = ["UBND", "HDND", "UY BAN", "SO", "BO", "CUC", "TONG CUC", "CHI CUC", "VAN PHONG", "THANH TRA",
                                    "HOI DONG", "CHINH PHU", "QUOC HOI", "DANG BO", "DANG UY", "TINH UY", "THANH UY", "HUYEN UY"]
        .map { $0.lowercased() + " " }
    private static func startsWithBareHead(_ start: String) -> Bool {
        let bare = VietnameseText.bareKey(start)
        return bareHeads.contains { head in
            bare.hasPrefix(head) && bare.dropFirst(head.count).first?.isLetter == true
        }
    }
    /// A parent and its unit glued on one line ("UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" from a Word
    /// table, "BỘ CÔNG THƯƠNG CỤC HÓA CHẤT", a school under its education office: "PHÒNG GD&ĐT NAM TRỰC TRƯỜNG TH
    /// NAM LỢI", a party committee under its Đảng bộ: "ĐẢNG BỘ KHỐI DÂN CHÍNH ĐẢNG ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG"): the unit
    /// starts at the first unit word after the parent's name ("MÔI TRƯỜNG" is none).
    static let gluedUnit = try! Pattern(#"^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|SỞ|PHÒNG|ĐẢNG BỘ|BAN CHẤP HÀNH)\s+\S+(?:\s+\S+){1,4}?\s+(?<unit>(?:ỦY BAN|UỶ BAN|SỞ|CỤC|TỔNG CỤC|CHI CỤC|VỤ|BAN|PHÒNG|VĂN PHÒNG|TRUNG TÂM|THANH TRA|VIỆN|(?<!MÔI )TRƯỜNG|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ)\s+\S.*)$"#)
    /// The wrapped end of a parent's name, its province or city, with the unit glued after it ("THÀNH PHỐ HỒ CHÍ MINH
    /// BỆNH VIỆN TỪ DŨ" under "SỞ Y TẾ").
    static let unitAfterPlace = try! Pattern(#"^(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ)\s+\S+(?:\s+\S+){0,3}?\s+(?<unit>(?:SỞ|CỤC|CHI CỤC|BAN|PHÒNG|VĂN PHÒNG|TRUNG TÂM|THANH TRA|VIỆN|BỆNH VIỆN|TRƯỜNG)\s+\S.*)$"#)
    /// A line that opens the body or the preamble rather than continuing the subject (a school year alone on its
    /// line closes the subject instead: `SubjectLines.isSchoolYear`).
    static let bodyOpener = try! Pattern(#"^(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|Trên cơ sở|Ngày\s+\d|Qua|Tiếp|Hiện nay|Sau khi|Xét|Trong|Năm|Vừa qua|Thời gian|Kính gửi|Phần|Chương|Điều\s+\d|[IVX]+\s*[.-]|\d+\s*[.)])"#)
    /// "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "NGHỊ ĐỊNH:", "ĐĂNG KÝ:" — the line that ends a legal preamble.
    /// The colon may be left out, or printed as a stop, after the two formulas every decision and resolution uses
    /// ("QUYẾT ĐỊNH" under a 2003 decision's bulleted bases).
    static let enactingLine = try! Pattern(#"^\p{Lu}[\p{Lu}\s]{3,30}:\s*$|^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*\.?\s*$"#)
    /// The two formulas with their colon only, "QUYẾT ĐỊNH:" and "QUYẾT NGHỊ:": under a subject, where `enactingLine`'s
    /// any capitals with a colon would also take a label, they end a header whose bases were lost.
    static let enactingFormulaWithColon = try! Pattern(#"^\s*(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:\s*$"#)
    /// The national title cut before its last word ("… CHỦ NGHĨA VIỆT" / "NAM").
    static let truncatedTitle = try! Pattern(#"C[ỘOỌÔÓ]NG\s*H[OÒÕÓỎỊ][AÀ]\s+X[ÃAÁ]\s+H[ỘOỌÔ]I\s+CH[ỦUŨÙ]\s+NGH[ĨIÍ]A\s+VI[ỆEẾÊ]T$"#, options: .caseless)
    /// The receiving office's "CÔNG VĂN ĐẾN" stamp on a scanned incoming document (its office's name is printed
    /// just above it): "CÔNG VĂN ĐẾN", "VĂN BẢN ĐẾN", or "ĐẾN Số: …" / "Ngày: …" / "Chuyển: …".
    static let receiptStamp = try! Pattern(#"^\W{0,3}(?:(?:CÔNG VĂN|VĂN BẢN|CV)\s+ĐẾN\b|ĐẾN\s*(?:Số|SỐ)?\s*:)"#)
    /// A receipt stamp's fields: its running number, the day it came, where it was sent, its file ("Số: 1998", "Ngày:
    /// 16/9/2026", "Chuyển:", "Số và ký hiệu HS:", "Lưu hồ sơ số:").
    static let receiptField = try! Pattern(#"^\W{0,2}(?:Số\s*:\s*\d{1,6}\s*$|Ngày\s*:\s*[\d./ -]*$|Chuyển\s*:|Số và ký hiệu(?: HS)?\s*:|Lưu hồ sơ số\s*:)"#)
    /// A digital-signature stamp's time ("28-07-2026 09:58:36 +07:00") in a line: the lines above it are the stamp.
    static let signatureStamp = try! Pattern(#"\d{2}[-/.]\d{2}[-/.]\d{4}\s+\d{2}:\d{2}:\d{2}"#)
    /// That time alone on its line, with Vietnam's offset ("07-11-2025 09:02:57 +07:00"): the stamp's own last line,
    /// under which an e-office system prints the running number it gave (`StampedNumber`).
    static let signingTimeLine = try! Pattern(#"^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+\d{1,2}:\d{2}:\d{2}\s*\+07:?00\s*$"#,
                                              requiringOneOf: ["+07"])
    /// The label of a licence's later version: "(điều chỉnh lần thứ 03: …)", "Chứng nhận thay đổi lần thứ hai: …".
    static let adjustmentLabel = try! Pattern(#"^\(?\s*(?:[\p{L} ]*\s)?(?:điều chỉnh|thay đổi|sửa đổi)\b[^:]{0,30}:"#, options: .caseless)
    /// A date after a label instead of a place ("Chứng nhận lần đầu: ngày 30 tháng 6 năm 2026").
    static let labelledDate = try! Pattern(#"^\(?\p{L}[\p{L}\d ]{2,40}:\s*(?=ngày\s*\d)"#, options: .caseless)
    /// Party conference lines between the type name and the subject ("HỘI NGHỊ LẦN THỨ SÁU", "BAN CHẤP HÀNH …").
    static let conferenceLine = try! Pattern(#"^(?:C[ỦUÚÙỤ]A\s+)?(?:HỘI NGHỊ|BAN CH[ẤÁ]P HÀNH|BAN THƯỜNG VỤ|BỘ CHÍNH TRỊ|BAN BÍ THƯ)\b"#)
    /// A conference line, or a council's or congress's term ("KHÓA XVII - KỲ HỌP THỨ BA").
    static func isConferenceOrTerm(_ text: String) -> Bool {
        conferenceLine.matches(text) || text.hasPrefix("KHÓA") || text.hasPrefix("KHOÁ")
    }
    /// A short "Label: value" line of a certificate or form header ("Mã số dự án: 4275604886"); never a part, chapter,
    /// section or article of the body with its title after a colon ("Chương I: Quy định chung").
    static let metadataLine = try! Pattern(#"^(?!(?:CHƯƠNG|Chương|PHẦN|Phần|MỤC|Mục|ĐIỀU|Điều)\s+(?:[IVXLC]+|\d+|THỨ|[Tt]hứ)\b)\p{Lu}[\p{L} ]{2,30}:\s*[^\s.;][^.;]{0,40}$"#)
    /// An item of a site's related documents: a running number, a type name, its number, then "năm" with the year
    /// or a subject that ends "do <issuer> ban hành" (the site's ways of naming a document, never a body's way of
    /// citing one, nor a recipient). Read by the references and the closing.
    static let siteRelatedDocument = try! Pattern(#"^\s*"# + ListBullet.patternClass + #"\s*\d{1,2}\s+\p{Lu}[\p{L} ]{1,40}?\s\d{1,6}[\p{L}\d.]*/[\p{L}\d./&-]+\s+(?:năm\s+(?:19|20)\d\d\b|.*\bdo\s+.{3,80}\s+ban hành\s*$)"#)
    /// The heading of what a web page prints under a document: its readers' comments, its share and download
    /// buttons, its lists of related pages ("Ý kiến bạn đọc", "Bình luận(0)", "Tin liên quan"). Nothing after it
    /// is the document's.
    static let siteFooterHeading = try! Pattern(#"^\s*(?:Ý kiến bạn đọc|Ý kiến của bạn|Bình luận\b|Gửi bình luận|Tin liên quan|Bài viết liên quan|Tin cùng chuyên mục|Các tin khác|Chia sẻ bài viết|Lên đầu trang|Đánh giá bài viết)\s*[:(\d)]*\s*(?:$|Đăng nhập\b)"#, options: .caseless)
    /// "Căn cứ …" opening a legal basis, also after a list's bullet ("- Căn cứ Nghị định …", as older and party
    /// documents write their preamble).
    static let basisLead = try! Pattern(#"^(?:[-–•+]\s*)?Căn\s+cứ\b"#, options: .caseless)
    /// Another act listed under the same "Căn cứ", on a line of its own after a ";" ("Thông tư số 15/2026/TT-BCT …",
    /// "Luật Đầu tư số 61/2020/QH14 …", an amending law: "Luật sửa đổi, bổ sung một số điều của Luật …").
    static let listedBasis = try! Pattern(#"^(?:(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|Chỉ thị)\s+(?:số\s*\d|\d|\p{Lu})|Luật\s+sửa\s+đổi)"#)
}
