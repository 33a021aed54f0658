import Foundation
import Testing
@testable import VanBan

// Issue 4, second half: cited documents in real strings of the dev corpus. The provenance rules, the `Dev` file
// stems and the `CorpusStrings` helpers are in CorpusDateStringsTests.swift.
//
// Expected fields: `canonical` without spaces (a hyphen lost at a line break restored, a glued footnote mark
// dropped, typos in the symbol kept as written); `type` is the type name written before the number, sentence
// case from shared/reference/doctypes.tsv, nil when the string names none or a generic word ("Văn bản");
// `date` is the date written with the number; `issuer` is the body after "của", as written. An issuer ending
// in "…" runs on into the next line: the program's issuer must begin with the part in the string.
// Header lines ("Số: 4280 /SCT - CN") are read without the header parser: at document level they are the own
// number and are left out, but the reader of references must still read the number right.

@Suite struct CorpusReferenceStringsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String, text: String
        var canonical: String, sequence: Int?, year: Int?, typeCode: String?, issuerCode: String?, style: DocumentNumber.Style
        var type: String?, date: String?, issuer: String?
        init(_ file: String, _ text: String, _ canonical: String, _ sequence: Int?, _ year: Int?, _ typeCode: String?,
             _ issuerCode: String?, _ style: DocumentNumber.Style, type: String? = nil, date: String? = nil, issuer: String? = nil) {
            self.file = file; self.text = text; self.canonical = canonical; self.sequence = sequence; self.year = year
            self.typeCode = typeCode; self.issuerCode = issuerCode; self.style = style
            self.type = type; self.date = date; self.issuer = issuer
        }
        var testDescription: String { "\(file.prefix(2)) \(canonical) in «\(text)»" }
    }

    /// A string with something that looks like a document number but is not one.
    struct NearMiss: Sendable, CustomTestStringConvertible {
        var file: String, text: String, excluded: String
        init(_ file: String, _ text: String, not excluded: String) { self.file = file; self.text = text; self.excluded = excluded }
        var testDescription: String { "\(file.prefix(2)) «\(excluded)» in «\(text)»" }
    }

    static let line01_27 = "181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ, Thông tư số 23/2024/TTBCT ngày 07/11/2024 của Bộ Công Thương (được sửa đổi, bổ sung tại Thông"
    static let line07_60_61 = "Thứ nhất, Cục Đăng kiểm Việt Nam đã có Văn bản số 6686/ĐKVN-VAQ ngày 28/11/2025 và Văn bản số 1570/ĐKVN-PTGTĐB ngày 29/04/2026 cho biết"
    static let line30_46_47 = "thực hiện Nghị quyết số 10-NQ/TW; Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ; Chỉ thị số 11- CT/TU ngày 04/02/2026 của BTV Tỉnh ủy; Các văn bản chỉ đạo, yêu cầu và hướng dẫn của Ủy ban nhân dân tỉnh, Sở"
    static let line41_874 = "rộng theo quy định tại Nghị định số 68/2017/NĐ-CP và Nghị định số 66/2020/NĐCP ngày 11 tháng 6 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của"

    // (file, string, canonical, sequence, year, typeCode, issuerCode, style, type:, date:, issuer:)
    static let cases: [Case] = [
        // MARK: Party style: number-TYPE/ISSUER
        .init(Dev.f00, "- Kế hoạch hành động số 359-KH/TU ngày 29/4/2025 của Ban Thường vụ", "359-KH/TU", 359, nil, "KH", "TU", .party, type: "Kế hoạch", date: "2025-04-29", issuer: "Ban Thường vụ…"),  // "Kế hoạch hành động số"
        .init(Dev.f00, "- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá", "57-NQ/TW", 57, nil, "NQ", "TW", .party, type: "Nghị quyết", date: "2024-12-22", issuer: "Bộ Chính trị"),
        .init(Dev.f00, "cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công", "57-NQ/TW", 57, nil, "NQ", "TW", .party, type: "Nghị quyết", date: "2024-12-22", issuer: "Bộ Chính trị"),  // lines 54+56: "số 57-" / "NQ/TW ngày …"
        .init(Dev.f15, "Căn cứ Kết luận số 269- KL/TU ngày 10/6/2026 của Ban Thường vụ Tỉnh", "269-KL/TU", 269, nil, "KL", "TU", .party, type: "Kết luận", date: "2026-06-10", issuer: "Ban Thường vụ Tỉnh…"),  // "269- KL/TU": space after the hyphen
        .init(Dev.f15, "Căn cứ Văn bản số 1591-CV/ĐU ngày 10/6/2026 của Đảng uỷ UBND tỉnh", "1591-CV/ĐU", 1591, nil, "CV", "ĐU", .party, date: "2026-06-10", issuer: "Đảng uỷ UBND tỉnh"),  // "Văn bản" is not a type name
        .init(Dev.f53, "Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của", "104-CTr/TU", 104, nil, "CTr", "TU", .party, type: "Chương trình", date: "2026-08-30"),
        .init(Dev.f53, "Tỉnh ủy Lào Cai thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban", "75-KL/TW", 75, nil, "KL", "TW", .party, type: "Kết luận", date: "2026-07-28", issuer: "Ban…"),
        .init(Dev.f53, "Chấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31- CTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động", "31-CTr/TW", 31, nil, "CTr", "TW", .party, type: "Chương trình", date: "2026-07-28", issuer: "Bộ Chính trị"),  // lines 18+19: "số 31-" / "CTr/TW ngày …"
        .init(Dev.f53, "khai thực hiện các nội dung Kết luận 75-KL/TW của Ban Chấp hành Trung", "75-KL/TW", 75, nil, "KL", "TW", .party, type: "Kết luận", issuer: "Ban Chấp hành Trung…"),  // "Kết luận 75-KL/TW" without "số"
        .init(Dev.f55, "Sau hơn 13 năm thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của", "24-NQ/TW", 24, nil, "NQ", "TW", .party, type: "Nghị quyết", date: "2013-06-03"),  // comma between number and date
        .init(Dev.f39, "Quy hoạch tỉnh, Nghị quyết số 34-NQ/TU ngày 27/12/2025 của", "34-NQ/TU", 34, nil, "NQ", "TU", .party, type: "Nghị quyết", date: "2025-12-27"),
        .init(Dev.f34, "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026", "11-CT/TU", 11, nil, "CT", "TU", .party, type: "Chỉ thị", date: "2026-01-04"),
        .init(Dev.f34, "tỉnh báo cáo Ban Thường vụ Tỉnh ủy tình hình, kết quả thực hiện Chỉ thị số 11CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy theo quy định.", "11-CT/TU", 11, nil, "CT", "TU", .party, type: "Chỉ thị", date: "2026-01-04", issuer: "Ban Thường vụ Tỉnh ủy"),  // "11CT/TU": hyphen lost at a line break
        .init(Dev.f30, "2030, tầm nhìn đến năm 2045; Chương trình hành động số 39-CTr/TU ngày 29/01/2026 của BTV Tỉnh ủy Lào Cai", "39-CTr/TU", 39, nil, "CTr", "TU", .party, type: "Chương trình", date: "2026-01-29", issuer: "BTV Tỉnh ủy Lào Cai"),
        .init(Dev.f30, Self.line30_46_47, "11-CT/TU", 11, nil, "CT", "TU", .party, type: "Chỉ thị", date: "2026-02-04", issuer: "BTV Tỉnh ủy"),  // lines 46+47: "số 11-" / "CT/TU ngày …"
        .init(Dev.f30, Self.line30_46_47, "10-NQ/TW", 10, nil, "NQ", "TW", .party, type: "Nghị quyết"),  // lines 46+47
        .init(Dev.f34, "22/7/2022 của Chính phủ về chương trình hành động thực hiện Nghị quyết số 10-NQ/TW; Chỉ thị số 38-CT/TTg ngày 29/9/2020 của Thủ tướng Chính phủ về tiếp tục tăng cường công tác quản lý nhà nước đối với", "38-CT/TTg", 38, nil, "CT", "TTg", .party, type: "Chỉ thị", date: "2020-09-29", issuer: "Thủ tướng Chính phủ"),  // lines 91+92; party-style symbol as written (a typo for 38/CT-TTg)
        .init(Dev.f53, "Số 2449 -CV/ĐU", "2449-CV/ĐU", 2449, nil, "CV", "ĐU", .party),  // header line "Số 2449 -CV/ĐU" (the own number at document level)
        // MARK: State style: number/TYPE-ISSUER, number/ISSUER-UNIT
        .init(Dev.f00, "- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung", "71/NQ-CP", 71, nil, "NQ", "CP", .state, type: "Nghị quyết", date: "2025-04-01", issuer: "Chính phủ"),
        .init(Dev.f01, "Số: 4280 /SCT - CN", "4280/SCT-CN", 4280, nil, nil, "SCT", .state),  // header line "Số: 4280 /SCT - CN" (the own number at document level)
        .init(Dev.f13, "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 1856/TTr -SCT", "1856/TTr-SCT", 1856, nil, "TTr", "SCT", .state, type: "Tờ trình"),  // "1856/TTr -SCT"
        .init(Dev.f13, "(Kèm theo Quyết định số 1696 /QĐ-UBND ngày 15 / 5 /2026 của UBND tỉnh Lào Cai)", "1696/QĐ-UBND", 1696, nil, "QĐ", "UBND", .state, type: "Quyết định", date: "2026-05-15", issuer: "UBND tỉnh Lào Cai"),  // "1696 /QĐ-UBND ngày 15 / 5 /2026"
        .init(Dev.f01, "24/CV-TH ngày 09/7/2026 của Doanh nghiệp tư nhân (DNTN) Thành Hương", "24/CV-TH", 24, nil, "CV", "TH", .state, date: "2026-07-09", issuer: "Doanh nghiệp tư nhân…"),
        .init(Dev.f01, "nghiệp (Giấy phép dịch vụ nổ mìn số 36/GP-ATMT ngày 25/6/2024 có thời hạn", "36/GP-ATMT", 36, nil, "GP", "ATMT", .state, type: "Giấy phép", date: "2024-06-25"),
        .init(Dev.f01, "Đồng thời làm rõ mục đích Quyết định số 03/QĐ/PCNV-DN ngày 05/6/2026", "03/QĐ/PCNV-DN", 3, nil, "QĐ", "PCNV-DN", .state, type: "Quyết định", date: "2026-06-05"),
        .init(Dev.f04, "Sở Xây dựng nhận được Văn bản số 94/CV-ĐĐT ngày 13/10/2025 của Công", "94/CV-ĐĐT", 94, nil, "CV", "ĐĐT", .state, date: "2025-10-13", issuer: "Công…"),
        .init(Dev.f04, "412/GP-UBND ngày 24/4/2012.", "412/GP-UBND", 412, nil, "GP", "UBND", .state, date: "2012-04-24"),
        .init(Dev.f07, Self.line07_60_61, "6686/ĐKVN-VAQ", 6686, nil, nil, "ĐKVN", .state, date: "2025-11-28"),  // lines 60+61: "số 6686/ĐKVN-VAQ" / "ngày 28/11/2025"
        .init(Dev.f07, Self.line07_60_61, "1570/ĐKVN-PTGTĐB", 1570, nil, nil, "ĐKVN", .state, date: "2026-04-29"),  // lines 60+61
        .init(Dev.f07, "đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam", "787/C06-P3", 787, nil, nil, "C06", .state, date: "2026-01-29"),
        .init(Dev.f10, "Sở Nông nghiệp và Môi trường nhận được Công văn số 4170/SCT-CN ngày 14/7/2026 của Sở Công thương về việc tham gia ý kiến thẩm định hồ sơ đề nghị", "4170/SCT-CN", 4170, nil, nil, "SCT", .state, type: "Công văn", date: "2026-07-14", issuer: "Sở Công thương"),  // lines 19+20: "ngày" / "14/7/2026"
        .init(Dev.f10, "huyện Trấn Yên (cũ) được phê duyệt ban hành kèm theo Quyết định số 2257/QĐUBND ngày 28/11/2023 của UBND tỉnh: Khu đất có khoảng 20,0 ha được thể hiện", "2257/QĐ-UBND", 2257, nil, "QĐ", "UBND", .state, type: "Quyết định", date: "2023-11-28", issuer: "UBND tỉnh"),  // "2257/QĐUBND": hyphen lost at a line break
        .init(Dev.f10, "+ Về quy hoạch các loại khoáng sản tại Quyết định số 866/QĐ-TTg ngày 18/7/2023 của Thủ tướng Chính phủ: Phạm vi ranh giới thành lập Cụm công nghiệp", "866/QĐ-TTg", 866, nil, "QĐ", "TTg", .state, type: "Quyết định", date: "2023-07-18", issuer: "Thủ tướng Chính phủ"),  // lines 87+88: "ngày" / "18/7/2023"
        .init(Dev.f10, "Đáp huyện Trấn Yên đã được cấp Giấy phép thăm dò số 1584/GP-BTNMT ngày 18/5/2018 và được phê duyệt trữ lượng tại Quyết định số 1146/QĐ-HĐTL ngày", "1584/GP-BTNMT", 1584, nil, "GP", "BTNMT", .state, type: "Giấy phép", date: "2018-05-18"),  // lines 95+96: "ngày" / "18/5/2018"
        .init(Dev.f10, "phê duyệt tại Quyết định 537/QĐ-UBND ngày 27/02/2026: Phạm vi ranh giới dự", "537/QĐ-UBND", 537, nil, "QĐ", "UBND", .state, type: "Quyết định", date: "2026-02-27"),  // "Quyết định 537/QĐ-UBND" without "số"
        .init(Dev.f13, "Căn cứ Quyết định số 555/QĐ-BCT ngày 26/3/2026 của Bộ Công Thương về", "555/QĐ-BCT", 555, nil, "QĐ", "BCT", .state, type: "Quyết định", date: "2026-03-26", issuer: "Bộ Công Thương"),
        .init(Dev.f15, "Xét Báo cáo thẩm định số 62/BC-BQL ngày 20/3/2026 và văn bản giải trình", "62/BC-BQL", 62, nil, "BC", "BQL", .state, type: "Báo cáo", date: "2026-03-20"),  // "Báo cáo thẩm định số"
        .init(Dev.f15, "số 750/BQL-QHXD ngày 02/6/2026 của Ban Quản lý Khu kinh tế tỉnh Lào Cai về", "750/BQL-QHXD", 750, nil, nil, "BQL", .state, date: "2026-06-02", issuer: "Ban Quản lý Khu kinh tế tỉnh Lào Cai"),
        .init(Dev.f17, "đầu tư số số 2170/QĐ-UBND ngày 23/6/2026 của UBND tỉnh Lào Cai;", "2170/QĐ-UBND", 2170, nil, "QĐ", "UBND", .state, date: "2026-06-23", issuer: "UBND tỉnh Lào Cai"),  // "số số": doubled in the source
        .init(Dev.f19, "Căn cứ Công văn số 3584/BYT-KCB ngày 19/5/2026 của Bộ Y tế về tác", "3584/BYT-KCB", 3584, nil, nil, "BYT", .state, type: "Công văn", date: "2026-05-19", issuer: "Bộ Y tế"),
        .init(Dev.f30, "Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ", "4250/BNNMT-ĐCKS", 4250, nil, nil, "BNNMT", .state, date: "2026-04-29", issuer: "Bộ…"),
        .init(Dev.f30, "tầm nhìn đến năm 2045 của Thủ tướng Chính phủ; Nghị quyết số 88/NQ-CP ngày 22/7/2022 của Chính phủ ban hành", "88/NQ-CP", 88, nil, "NQ", "CP", .state, type: "Nghị quyết", date: "2022-07-22", issuer: "Chính phủ"),
        .init(Dev.f30, "2030, tầm nhìn đến năm 2045; Kế hoạch số 218/KH-UBND ngày 13/5/2026 của", "218/KH-UBND", 218, nil, "KH", "UBND", .state, type: "Kế hoạch", date: "2026-05-13"),
        .init(Dev.f32, "văn bản số 5141/SNNMT-KS ngày 29/12/2025 (gửi kèm theo).", "5141/SNNMT-KS", 5141, nil, nil, "SNNMT", .state, date: "2025-12-29"),
        .init(Dev.f34, "phủ phê duyệt tại Quyết định số 866/QĐ-Tg ngày 18/7/2023 và Quy hoạch thăm", "866/QĐ-Tg", 866, nil, "QĐ", "Tg", .state, type: "Quyết định", date: "2023-07-18"),  // "QĐ-Tg" as written (a typo for QĐ-TTg)
        .init(Dev.f37, "Thực hiện Phiếu chuyển số 466/PC-VPUBND ngày 12/5/2026 của Văn", "466/PC-VPUBND", 466, nil, "PC", "VPUBND", .state, type: "Phiếu chuyển", date: "2026-05-12", issuer: "Văn…"),
        .init(Dev.f37, "01/TTr-CT05 ngày 07/5/2026 về việc đề nghị phê duyệt Phương án nổ mìn phục", "01/TTr-CT05", 1, nil, "TTr", "CT05", .state, date: "2026-05-07"),
        .init(Dev.f37, "Ken, tỉnh Lào Cai theo Quyết định chủ trương đầu tư số 2466/QĐ-UBND ngày", "2466/QĐ-UBND", 2466, nil, "QĐ", "UBND", .state, type: "Quyết định"),  // "Quyết định chủ trương đầu tư số"; the date is on the next line
        .init(Dev.f39, "số 1382/QĐ-UBND ngày 23/4/2026 của Ủy ban nhân dân tỉnh về", "1382/QĐ-UBND", 1382, nil, "QĐ", "UBND", .state, date: "2026-04-23", issuer: "Ủy ban nhân dân tỉnh"),
        .init(Dev.f45, "(Theo Kế hoạch số 3898/KH-SCT ngày 30/6/2026)", "3898/KH-SCT", 3898, nil, "KH", "SCT", .state, type: "Kế hoạch", date: "2026-06-30"),
        .init(Dev.f47, "Sở Công Thương nhận được Tờ trình số 10.11/TTr-VMI ngày 10/11/2025 của", "10.11/TTr-VMI", nil, nil, "TTr", "VMI", .state, type: "Tờ trình", date: "2025-11-10"),  // dotted register number: no integer sequence
        .init(Dev.f47, "chủ trương đầu tư đồng thời chấp thuận  nhà  đầu  tư  số  2441/QĐ-UBND  ngày 29/11/2024 của UBND tỉnh Yên Bái (nay là UBND tỉnh Lào Cai sau sáp nhập  đơn", "2441/QĐ-UBND", 2441, nil, "QĐ", "UBND", .state, date: "2024-11-29", issuer: "UBND tỉnh Yên Bái"),  // lines 32+33: "ngày" / "29/11/2024"
        .init(Dev.f57, "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 2205/TTrSCT ngày 28 tháng 10 năm 2025,", "2205/TTr-SCT", 2205, nil, "TTr", "SCT", .state, type: "Tờ trình", date: "2025-10-28"),  // "2205/TTrSCT": hyphen lost at a line break
        .init(Dev.f60, "Sở Công Thương nhận được văn bản số 1650/SGTVTXD-KT&VL ngày  09/5/2019", "1650/SGTVTXD-KT&VL", 1650, nil, nil, "SGTVTXD", .state, date: "2019-05-09"),  // "&" inside the unit code
        .init(Dev.f29, "265/TTr-LSXDTC ngày 23 tháng 12 năm 2025;", "265/TTr-LSXDTC", 265, nil, "TTr", "LSXDTC", .state, date: "2025-12-23"),
        .init(Dev.f27, "Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở", "1050/QĐ-SCT", 1050, nil, "QĐ", "SCT", .state, type: "Quyết định", date: "2026-03-06", issuer: "Giám đốc Sở…"),
        .init(Dev.f30, Self.line30_46_47, "38/CT-TTg", 38, nil, "CT", "TTg", .state, type: "Chỉ thị", date: "2020-09-29", issuer: "Thủ tướng Chính phủ"),  // lines 46+47; the same Chỉ thị as "38-CT/TTg" in file 34
        // MARK: Drafts with a blank number (at document level this caption is a self-reference)
        .init(Dev.f00, "(Kèm theo Kế hoạch số     /KH-SKHCN ngày    /5/2025", "/KH-SKHCN", nil, nil, "KH", "SKHCN", .state, type: "Kế hoạch", date: "2025-05"),
        // MARK: Legal style: number/year/TYPE-ISSUER, number/year/QHnn
        .init(Dev.f01, Self.line01_27, "181/2024/NĐ-CP", 181, 2024, "NĐ", "CP", .legal, date: "2024-12-31", issuer: "Chính phủ"),
        .init(Dev.f01, Self.line01_27, "23/2024/TT-BCT", 23, 2024, "TT", "BCT", .legal, type: "Thông tư", date: "2024-11-07", issuer: "Bộ Công Thương"),  // "23/2024/TTBCT": hyphen lost at a line break
        .init(Dev.f01, "39 Luật số 42/2024/QH15 (được sửa đổi, bổ sung tại Luật số 118/2025/QH15).", "42/2024/QH15", 42, 2024, nil, "QH15", .legal, type: "Luật"),
        .init(Dev.f01, "39 Luật số 42/2024/QH15 (được sửa đổi, bổ sung tại Luật số 118/2025/QH15).", "118/2025/QH15", 118, 2025, nil, "QH15", .legal, type: "Luật"),
        .init(Dev.f07, "số 42/2024/QH151 ngày 29/6/2024: “Phương tiện vận chuyển VLNCN, TCTN đủ", "42/2024/QH15", 42, 2024, nil, "QH15", .legal, date: "2024-06-29"),  // "QH151": footnote mark 1 glued to the number
        .init(Dev.f07, "số 105/2025/NĐ-CP2, cơ quan đăng kiểm thực hiện việc kiểm tra điều kiện an", "105/2025/NĐ-CP", 105, 2025, "NĐ", "CP", .legal),  // "NĐ-CP2": footnote mark 2
        .init(Dev.f07, "47/2024/TT-BGTVT4 của Bộ Xây dựng (trước đây là Bộ Giao thông vận tải) chưa", "47/2024/TT-BGTVT", 47, 2024, "TT", "BGTVT", .legal, issuer: "Bộ Xây dựng"),  // "TT-BGTVT4": footnote mark 4
        .init(Dev.f07, "4 Thông tư 47/2024/TT-BGTVT ngày 15/11/2024 của Bộ trưởng Bộ giao thông vận tải quy định trình tự, thủ tục", "47/2024/TT-BGTVT", 47, 2024, "TT", "BGTVT", .legal, type: "Thông tư", date: "2024-11-15", issuer: "Bộ trưởng Bộ giao thông vận tải"),  // "Thông tư 47/2024/TT-BGTVT" without "số"
        .init(Dev.f07, "gia, Thông tư có liên quan (QCVN 122:2024/BGTVT, Thông tư số 47/2024/TTBGTVT và các văn bản khác có liên quan) theo hướng bổ sung hạng mục kiểm", "47/2024/TT-BGTVT", 47, 2024, "TT", "BGTVT", .legal, type: "Thông tư"),  // "47/2024/TTBGTVT": hyphen lost
        .init(Dev.f12, "II theo quy định về phân cấp công trình xây dựng tại Thông tư số 06/2021/TT- BXD ngày 30/6/2021 của Bộ Xây dựng đối với kho cố định nổi và nửa ngầm có", "06/2021/TT-BXD", 6, 2021, "TT", "BXD", .legal, type: "Thông tư", date: "2021-06-30", issuer: "Bộ Xây dựng"),  // lines 19+20: "06/2021/TT-" / "BXD ngày …"
        .init(Dev.f12, "số 10/2021/TT-BXD 25/08/2021 của Bộ Xây dựng hướng dẫn Nghị định", "10/2021/TT-BXD", 10, 2021, "TT", "BXD", .legal, date: "2021-08-25", issuer: "Bộ Xây dựng"),  // date without "ngày"
        .init(Dev.f12, "2024, được sửa đổi, bổ sung tại khoản 6 Điều 9 Luật số 118/2025/QH15 ngày 10/12/2025; (iii) Khoản 133, Điều 2; Điểm g4 khoản 2 Điều 5 và điểm đ5 khoản 5", "118/2025/QH15", 118, 2025, nil, "QH15", .legal, type: "Luật", date: "2025-12-10"),  // lines 48+49: "ngày" / "10/12/2025"
        .init(Dev.f12, "ngày 12/06/2025 và số 67/2026/NĐ-CP ngày 4/3/2026; (iii) phải độc lập với chủ", "67/2026/NĐ-CP", 67, 2026, "NĐ", "CP", .legal, date: "2026-03-04"),
        .init(Dev.f13, "Căn cứ Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy", "146/2025/NĐ-CP", 146, 2025, "NĐ", "CP", .legal, type: "Nghị định", date: "2025-06-12", issuer: "Chính phủ"),
        .init(Dev.f13, "Căn cứ Thông tư số 38/2025/TT-BCT ngày 19/6/2025 của Bộ trưởng Bộ", "38/2025/TT-BCT", 38, 2025, "TT", "BCT", .legal, type: "Thông tư", date: "2025-06-19", issuer: "Bộ trưởng Bộ…"),
        .init(Dev.f13, "Thông tư số 15/2026/TT-BCT ngày 25/3/2026 của Bộ trưởng Bộ Công Thương sửa", "15/2026/TT-BCT", 15, 2026, "TT", "BCT", .legal, type: "Thông tư", date: "2026-03-25", issuer: "Bộ trưởng Bộ Công Thương"),
        .init(Dev.f13, "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh", "05/2025/QĐ-UBND", 5, 2025, "QĐ", "UBND", .legal, type: "Quyết định", date: "2025-07-01", issuer: "UBND tỉnh"),
        .init(Dev.f15, "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;", "72/2025/QH15", 72, 2025, nil, "QH15", .legal, type: "Luật", date: "2025-06-16"),  // lines 12+13: "ngày 16" / "tháng 6 năm 2025"
        .init(Dev.f17, "Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;", "143/2025/QH15", 143, 2025, nil, "QH15", .legal, type: "Luật", date: "2025-12-11"),
        .init(Dev.f17, "Căn cứ văn bản số 50/2026/CV-LC ngày 25/6/2026 của Công ty Cổ phần", "50/2026/CV-LC", 50, 2026, "CV", "LC", .legal, date: "2026-06-25", issuer: "Công ty Cổ phần…"),  // a company letter whose symbol carries a year
        .init(Dev.f19, "173/2024/QH15 ngày 30/11/2024 của", "173/2024/QH15", 173, 2024, nil, "QH15", .legal, date: "2024-11-30"),
        .init(Dev.f27, "- Tổ chức kiểm tra đúng trình tự, thủ tục theo Nghị định số 217/2025/NĐ- CP ngày 05/8/2025 của Chính phủ Quy định về hoạt động kiểm tra chuyên ngành", "217/2025/NĐ-CP", 217, 2025, "NĐ", "CP", .legal, type: "Nghị định", date: "2025-08-05", issuer: "Chính phủ"),  // lines 25+26: "217/2025/NĐ-" / "CP ngày …"; "Quy định" after the issuer is capitalised
        .init(Dev.f29, "Căn cứ Luật Xây dựng số 50/2014/QH13 được sửa đổi, bổ sung bởi Luật", "50/2014/QH13", 50, 2014, nil, "QH13", .legal, type: "Luật"),
        .init(Dev.f29, "theo Luật số 03/2016/QH14, Luật số 35/2018/QH14, Luật số 40/2019/QH14 và Luật số", "03/2016/QH14", 3, 2016, nil, "QH14", .legal, type: "Luật"),
        .init(Dev.f29, "theo Luật số 03/2016/QH14, Luật số 35/2018/QH14, Luật số 40/2019/QH14 và Luật số", "40/2019/QH14", 40, 2019, nil, "QH14", .legal, type: "Luật"),
        .init(Dev.f29, "(Ban hành Kèm theo Quyết định số 11 /2026/QĐ-UBND ngày 29tháng 01 năm 2026", "11/2026/QĐ-UBND", 11, 2026, "QĐ", "UBND", .legal, type: "Quyết định", date: "2026-01-29"),  // "11 /2026/QĐ-UBND ngày 29tháng 01 năm 2026"
        .init(Dev.f29, "06/3/2025, só 58/2025/QĐ-UBND ngày 30/6/2025 của Ủy ban nhân dân tỉnh Lào", "58/2025/QĐ-UBND", 58, 2025, "QĐ", "UBND", .legal, date: "2025-06-30", issuer: "Ủy ban nhân dân tỉnh Lào…"),  // OCR "só" for "số"
        .init(Dev.f32, "1 Nội dung thiết kế mỏ được quy định tại Thông tư số 31/2025/TT-BCT ngày 16/5/2025 của Bộ Công Thương", "31/2025/TT-BCT", 31, 2025, "TT", "BCT", .legal, type: "Thông tư", date: "2025-05-16", issuer: "Bộ Công Thương"),
        .init(Dev.f37, "Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ", "42/2024/QH15", 42, 2024, nil, "QH15", .legal, type: "Luật", date: "2024-06-29"),
        .init(Dev.f41, "các cụm công nghiệp trên địa bàn hình thành trước Quyết định số 105/2009/QĐTTg ngày 19 tháng 8 năm 2009 của Thủ tướng Chính phủ về việc ban hành Quy", "105/2009/QĐ-TTg", 105, 2009, "QĐ", "TTg", .legal, type: "Quyết định", date: "2009-08-19", issuer: "Thủ tướng Chính phủ"),  // "105/2009/QĐTTg": hyphen lost
        .init(Dev.f41, Self.line41_874, "66/2020/NĐ-CP", 66, 2020, "NĐ", "CP", .legal, type: "Nghị định", date: "2020-06-11", issuer: "Chính phủ"),  // "66/2020/NĐCP": hyphen lost
        .init(Dev.f41, Self.line41_874, "68/2017/NĐ-CP", 68, 2017, "NĐ", "CP", .legal, type: "Nghị định"),
        .init(Dev.f43, "Căn cứ khoản 1 Điều 30 Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;", "32/2024/NĐ-CP", 32, 2024, "NĐ", "CP", .legal, type: "Nghị định", date: "2024-03-15", issuer: "Chính phủ"),
        .init(Dev.f47, "Sở Công Thương tỉnh Lào Cai; Quyết định số  09/2025/QĐ-UBND  ngày  01/7/2025", "09/2025/QĐ-UBND", 9, 2025, "QĐ", "UBND", .legal, type: "Quyết định", date: "2025-07-01"),
        .init(Dev.f57, "Căn cứ Quyết định số 05/2025/QĐ-UNBD ngày 01 tháng 7 năm 2025", "05/2025/QĐ-UNBD", 5, 2025, "QĐ", "UNBD", .legal, type: "Quyết định", date: "2025-07-01"),  // "UNBD": a typo in the source, kept
        .init(Dev.f10, "07/2025/TT-BTNMT ngày 28/02/2025, Thông tư số 07/2025/TT-BNNMT ngày", "07/2025/TT-BTNMT", 7, 2025, "TT", "BTNMT", .legal, date: "2025-02-28"),
        .init(Dev.f10, "07/2025/TT-BTNMT ngày 28/02/2025, Thông tư số 07/2025/TT-BNNMT ngày", "07/2025/TT-BNNMT", 7, 2025, "TT", "BNNMT", .legal, type: "Thông tư"),  // differs from the one before only in the issuer
        // MARK: Forms the dev corpus lacks (constructed, after a search of every dev file)
        .init(Dev.constructed, "Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương;", "08-QĐi/TW", 8, nil, "QĐi", "TW", .party, type: "Quy định", date: "2021-10-25", issuer: "Ban Chấp hành Trung ương"),  // "QĐi" (party Quy định) is not in the dev corpus
        // MARK: OCR set a digit apart (29, tesseract)
        .init(Dev.f29, "Căn cứ Nghị định số 1 25/2025/NĐ-CP của Chính phủ Quy định về phân", "125/2025/NĐ-CP", 125, 2025, "NĐ", "CP", .legal, type: "Nghị định", issuer: "Chính phủ"),
        .init(Dev.f29, "Căn cứ Nghị định số I 40/2025/NĐ-CP của Chính phủ Quy định về Ề phân", "140/2025/NĐ-CP", 140, 2025, "NĐ", "CP", .legal, type: "Nghị định", issuer: "Chính phủ"),  // "I" read for 1
        .init(Dev.f29, "Căn cứ Luật Đầu tư công số J 58/2024/QH1 5 được sửa đổi, bổ sung bởi Luật", "58/2024/QH15", 58, 2024, nil, "QH15", .legal, type: "Luật"),  // the term's 5 set apart
        .init(Dev.f29, "Căn cứ Luật Xây dựng số 50/2014/QH13 được sửa đổi, bổ sung bởi Luật", "50/2014/QH13", 50, 2014, nil, "QH13", .legal, type: "Luật"),  // a whole term takes nothing more
        .init(Dev.constructed, "Căn cứ Văn bản hợp nhất số 05/VBHN-BCT của Bộ Công Thương;", "05/VBHN-BCT", 5, nil, "VBHN", "BCT", .state, type: "Văn bản hợp nhất", issuer: "Bộ Công Thương"),  // no VBHN in the dev corpus
        .init(Dev.constructed, "Thực hiện Hướng dẫn liên ngành số 24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC ngày 25/6/2026 của Bộ Công an", "24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC", 24, nil, "HDLN", "BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC", .state, type: "Hướng dẫn", date: "2026-06-25", issuer: "Bộ Công an"),  // file 19 cites it only in its own header, split over lines 10 and 32
        .init(Dev.constructed, "theo quy định của Nghị quyết 66.4/2025/NQ-CP ngày 21/9/2025: Ủy ban nhân dân tỉnh đã ban hành", "66.4/2025/NQ-CP", nil, 2025, "NQ", "CP", .legal, type: "Nghị quyết", date: "2025-09-21"),  // held-out e04: a dotted number after its type's name, without "số"
        .init(Dev.constructed, "Can cu Nghi quyet so 66.25/2026/NQ-CP cua Chinh phu", "66.25/2026/NQ-CP", nil, 2026, "NQ", "CP", .legal),  // "số" as OCR without a Vietnamese model writes it; a dotted number needs it
    ]

    // (file, string, not: the part that must not become a reference)
    static let nearMisses: [NearMiss] = [
        .init(Dev.f01, "tư số 38/2025/TT-BCT ngày 19/6/2025) và QCVN 01:2019/BCT, hồ sơ của", not: "01:2019/BCT"),  // technical standard QCVN
        .init(Dev.f01, "b) Rà soát, tính toán lại khoảng cách an toàn theo đúng Phụ lục 7 QCVN 01:2019/BCT. Khu vực nổ mìn nằm trên sườn núi có độ dốc lớn và chênh cao", not: "01:2019/BCT"),  // lines 74+75: "QCVN" / "01:2019/BCT"
        .init(Dev.f37, "nghiệp và bảo quản tiền chất thuốc nổ (viết tắt là QCVN 01: 2019/BCT của Bộ", not: "01: 2019/BCT"),  // QCVN with a space after the colon
        .init(Dev.f10, "hiệu lực) bằng QCVN 40:2025/BTNMT - Quy chuẩn kỹ thuật quốc gia về nước thải", not: "40:2025/BTNMT"),  // QCVN
        .init(Dev.f07, "3 QCVN122:2024/BGTVT quy chuẩn kỹ thuật quốc gia về xe ô tô, rơ moóc, sơ mi rơ moóc, xe chở hàng bốn bánh", not: "QCVN122:2024/BGTVT"),  // QCVN glued to its number
        .init(Dev.f07, "gia, Thông tư có liên quan (QCVN 122:2024/BGTVT, Thông tư số 47/2024/TTBGTVT và các văn bản khác có liên quan) theo hướng bổ sung hạng mục kiểm", not: "122:2024/BGTVT"),  // QCVN beside a real Thông tư
        .init(Dev.f34, "hoạt động thăm dò, khai thác, chế biến, sử dụng và xuất khẩu khoáng sản; Đề án số 13 về tăng", not: "Đề án số 13"),  // no symbol
        .init(Dev.f34, "nước về khoáng sản trên địa bàn tỉnh Lào Cai (viết tắt là Chỉ thị 11), Ủy ban", not: "Chỉ thị 11"),  // short mention without symbol
        .init(Dev.f50, "# Nghị quyết 20 \\- 2012", not: "20 \\- 2012"),  // web title "Nghị quyết 20 - 2012"
        .init(Dev.f29, "bổ sung tại khoản Ì Điều j Quyết định số 49/2024 ngày 27 tháng 11 năm 2024", not: "49/2024"),  // number and year without a symbol
        .init(Dev.f17, "Mã số thuế: 5300828932", not: "5300828932"),  // tax code
        .init(Dev.f15, "Giấy chứng nhận đăng ký doanh nghiệp số 5300828932 đăng ký lần đầu", not: "5300828932"),  // enterprise registration number after "số"
        .init(Dev.f17, "Mã số dự án: 4275604886", not: "4275604886"),  // project code
        .init(Dev.f17, "(Kèm theo Giấy chứng nhận đầu tư số 4275604886 ngày 30/6/2026", not: "4275604886"),  // certificate number without symbol
        .init(Dev.f04, "chứng nhận đầu tư số 16121000039 ngày 12/7/2010; Cấp Giấy phép khai thác số", not: "16121000039"),  // certificate number without symbol
        .init(Dev.f17, "Điện thoại: 0898XXXXXX", not: "0898XXXXXX"),  // phone number
        .init(Dev.f15, "Điện thoại: 0898.XXX.XXX", not: "0898.XXX.XXX"),  // phone number
        .init(Dev.f27, "liên hệ: Ông Đỗ Mạnh Cường, SĐT: 0983 XXX XXX).", not: "0983 XXX XXX"),  // phone number
        .init(Dev.f01, "hồ sơ trên Hệ thống giải quyết thủ tục hành chính Bộ Công Thương H38.2260713-0200005.", not: "H38.2260713-0200005"),  // administrative-procedure dossier code
        .init(Dev.f10, "Caolanh – felspat Báo Đáp (1584-TD), xã Yên Hưng, huyện Văn Yên và xã Báo", not: "1584-TD"),  // mine identifier
        .init(Dev.f13, "1.014967", not: "1.014967"),  // procedure code
        .init(Dev.f00, "13h30 ngày 15/5/2025", not: "15/5/2025"),  // a date
        .init(Dev.f12, "số 10/2021/TT-BXD 25/08/2021 của Bộ Xây dựng hướng dẫn Nghị định", not: "25/08/2021"),  // a date after a number
        .init(Dev.f60, "Sở Công Thương nhận được văn bản số 1650/SGTVTXD-KT&VL ngày  09/5/2019", not: "09/5/2019"),  // a date after a number
        .init(Dev.f12, "10/12/2025; (iii) Khoản 133, Điều 2; Điểm g4 khoản 2 Điều 5 và điểm đ5 khoản 5", not: "10/12/2025"),  // a date opening the line
        .init(Dev.f29, "của tháng cuối quý), hàng năm (trước ngày 10/12) hoặc đột xuất về công tác quản", not: "10/12"),  // day/month without a year
        .init(Dev.f05, "quản VLNCN 24/24h; lắp đặt camera an ninh tại kho thuốc nổ và kho phụ kiện", not: "24/24h"),  // "round the clock"
        .init(Dev.f15, "Ông Phạm Quốc Việt; Ngày sinh: XX/XX/XXXX; Dân tộc: Kinh; Quốc tịch:", not: "XX/XX/XXXX"),  // masked birth date
    ]

    @Test(arguments: cases) func reads(_ c: Case) throws {
        let references = CorpusStrings.extract(c.text, from: c.file, header: false).references
        let found = references.first { $0.number.canonical == c.canonical }
        let reference = try #require(found, "\(c.canonical) not found; the program found \(references.map(\.number.canonical))")
        let number = reference.number
        #expect(number.sequence == c.sequence)
        #expect(number.year == c.year)
        #expect(number.typeCode == c.typeCode)
        #expect(number.issuerCode == c.issuerCode)
        #expect(number.style == c.style)
        #expect(reference.documentType == c.type)
        #expect(reference.date?.value == c.date)
        if let issuer = c.issuer, issuer.hasSuffix("…") {
            #expect(reference.issuer?.hasPrefix(String(issuer.dropLast())) == true, "issuer \(reference.issuer ?? "nil")")
        } else {
            #expect(reference.issuer == c.issuer)
        }
    }

    @Test(arguments: nearMisses) func isNotAReference(_ c: NearMiss) throws {
        let columns = try #require(CorpusStrings.columns(of: c.excluded, in: c.text))
        let references = CorpusStrings.extract(c.text, from: c.file, header: false).references
        let hits = references.flatMap(\.mentions).filter { m in
            columns.contains(m.span.start.column) || (m.span.start.column..<max(m.span.end.column, m.span.start.column + 1)).contains(columns.lowerBound)
        }
        #expect(hits.isEmpty, "read as \(hits.map(\.text))")
    }

    @Test func everyStringIsInTheCorpus() {
        for c in Self.cases where c.file != Dev.constructed {
            #expect(CorpusStrings.occurs(c.text, in: c.file), "not in \(c.file): «\(c.text)»")
        }
        for c in Self.nearMisses {
            #expect(CorpusStrings.occurs(c.text, in: c.file), "not in \(c.file): «\(c.text)»")
        }
    }
}
