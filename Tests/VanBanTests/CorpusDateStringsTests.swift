import Foundation
import Testing
@testable import VanBan

// Issue 4: a table-driven test of real strings from the dev corpus, each with the fields a reader finds in it.
//
// `Corpus/` holds the same files as `../shared/corpus/dev/`. A string is one physical line with its leading and
// trailing blanks trimmed, or — where the comment says "lines a+b" — two lines joined with one space because a
// date, a number or a citation runs over the line break. The expected fields were written by reading the
// Vietnamese, not copied from the program's output. `Dev.constructed` marks the few strings that are not in the
// corpus because no dev document has that form (each was searched for with grep first); the comment says what
// it is modelled on. `everyStringIsInTheCorpus` checks that all the others really are there.
//
// Conventions for dates: `found` is the mention as written, whitespace collapsed, with "ngày" and a qualifier
// directly before it ("trước", "sau", "từ", "đến (hết)"); a quarter's value is its first month and `end` its
// last; a period's value is its first year and `end` its last. Roles are given where the text makes them clear:
// `issue` for the header date (these strings go through the header parser, the others do not), `citation` for
// the date of a cited document (numbered or not), `deadline` for "trước ngày …" and "xong / hoàn thành trong …",
// `schedule` for a time or "Sau tháng …" in a timetable, `period`, `effective` for "có hiệu lực từ ngày …".

/// File stems of the dev corpus.
enum Dev {
    static let f00 = "00_kh_SKHCN-QuangNgai_KH-SKHCN_seed"
    static let f01 = "01_cv_SCT-LaoCai_4280-SCT-CN_pdftotext-raw"
    static let f04 = "04_cv_SXD-LaoCai_3298-SXD-QLHDXD_pdftotext-raw"
    static let f05 = "05_cv_UBND-LaoCai_193-UBND-KT_pdftotext-layout"
    static let f07 = "07_cv_UBND-LaoCai_3686-UBND-XD_pdftotext-raw"
    static let f10 = "10_cv_SNNMT-LaoCai_6791-SNNMT-KHTC_pdftotext-raw"
    static let f12 = "12_cv_SCT-LaoCai_2826-SCT-CN_pdftotext-layout"
    static let f13 = "13_qd_UBND-LaoCai_1696-QD-UBND_pdftotext-raw"
    static let f15 = "15_qd_UBND-LaoCai_2170-QD-UBND_pdftotext-layout"
    static let f17 = "17_gcn_BQLKKT-LaoCai_GCN-dang-ky-dau-tu_pdftotext-raw"
    static let f19 = "19_hd_lien-nganh_24-HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC_pdftotext-raw"
    static let f21 = "21_ndt_VN-TQ_Nghi-dinh-thu-van-tai-duong-bo_pdftotext-raw"
    static let f22 = "22_kh_DKT-SCT_1105-KH-DKT_pdftotext-raw_BROKEN-FONT"
    static let f25 = "25_qd_CucHoaChat_26-QD-XPVPHC_pdftotext-raw_SCAN-OCR-NO-DIACRITICS"
    static let f27 = "27_kh_DKT-SCT_1105-KH-DKT_repo-txt-clean"
    static let f29 = "29_qd_UBND-LaoCai_11-2026-QD-UBND_Quy-dinh-dau-tu-xay-dung_repo-OCR"
    static let f30 = "30_cv_UBND-LaoCai_5973-UBND-KT_repo-pdftotext-layout"
    static let f32 = "32_cv_SNNMT-LaoCai_6795-SNNMT-KS_repo-pdftotext-layout"
    static let f34 = "34_kh_UBND-LaoCai_trien-khai-CT11-CT-TU_DRAFT_LO-pdf-raw"
    static let f37 = "37_ttr_SCT_PANM-cong-trinh-can-bao-ve_DRAFT_LO-pdf-raw"
    static let f39 = "39_tb_VP-UBND-LaoCai_thong-bao-ket-luan_DRAFT_LO-pdf-layout"
    static let f41 = "41_nd_CP_32-2024-ND-CP_LO-pdf-raw"
    static let f43 = "43_tt_BCT_14-2024-TT-BCT_docx-text"
    static let f45 = "45_tb_SCT_3915-huan-luyen_DRAFT_docx-text"
    static let f47 = "47_cv_SCT_tu-choi-tham-dinh-TKCS_DRAFT_doc-antiword"
    static let f48 = "48_nq_BCT_57-NQ-TW_markdown"
    static let f50 = "50_nq_BCHTW_20-NQ-TW-2012_markdown"
    static let f53 = "53_cv_DangUy-UBND-LaoCai_2449-CV-DU_repo-pdftotext-layout"
    static let f55 = "55_kl_BCHTW_75-KL-TW_repo-tesseract-OCR"
    static let f57 = "57_qd_UBND-LaoCai_uy-quyen-VLNCN_DRAFT_LO-pdf-raw"
    static let f58 = "58_pl_UBND-LaoCai_phu-luc-danh-muc-uy-quyen_DRAFT_LO-pdf-layout"
    static let f60 = "60_cv_SCT-LaoCai_tham-gia-y-kien-TKCS-2019_DRAFT_doc-antiword"
    /// A string that is not in the corpus: the form is missing there.
    static let constructed = "constructed"
}

enum CorpusStrings {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    /// What the pipeline finds in one string of file `stem`: its line as `LineReader` normalizes it (and, for a
    /// Markdown file, without the markup, as `MarkdownMarkup` removes it from the whole file), the header parsed
    /// only when the string is a header line, then `Extraction` (dates with their roles, references).
    static func extract(_ text: String, from stem: String, header: Bool) -> Extraction {
        var lines = LineReader.read(text).lines
        // MarkdownMarkup acts only on a file with markup on several lines, as files 48 and 50 have: three marked
        // lines stand for the rest of the file.
        let rest = Array(repeating: TextLine(text: "**", line: 0), count: 3)
        if stem.hasSuffix("_markdown"), let plain = MarkdownMarkup().apply(lines + rest) {
            lines = Array(plain.prefix(lines.count))
        }
        return Extraction(lines: lines, header: header ? HeaderParser().parse(lines).header : Header(), appendices: [])
    }

    /// Whether `text` occurs in the corpus file `stem`, any run of whitespace (line breaks included) taken as one space.
    static func occurs(_ text: String, in stem: String) -> Bool {
        func flat(_ s: String) -> String {
            s.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        guard let file = try? String(contentsOf: corpus.appendingPathComponent(stem + ".txt"), encoding: .utf8) else { return false }
        return flat(file).contains(flat(text))
    }

    /// The 1-based column range of `part` in `text`, in Unicode scalars (as spans count them).
    static func columns(of part: String, in text: String) -> Range<Int>? {
        guard let range = text.range(of: part) else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound) + 1
        return start..<(start + part.unicodeScalars.count)
    }
}

@Suite struct CorpusDateStringsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String, text: String, found: String, value: String
        var precision: DateMention.Precision, role: DateMention.Role?, end: String?, valid: Bool
        init(_ file: String, _ text: String, _ found: String, _ value: String, _ precision: DateMention.Precision,
             _ role: DateMention.Role?, end: String? = nil, valid: Bool = true) {
            self.file = file; self.text = text; self.found = found; self.value = value
            self.precision = precision; self.role = role; self.end = end; self.valid = valid
        }
        var testDescription: String { "\(file.prefix(2)) «\(found)» in «\(text)»" }
    }

    /// A string in which no date may be found.
    struct NoDate: Sendable, CustomTestStringConvertible {
        var file: String, text: String
        init(_ file: String, _ text: String) { self.file = file; self.text = text }
        var testDescription: String { "\(file.prefix(2)) «\(text)»" }
    }

    static let line43_40 = "1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 10 năm 2024; bãi bỏ Thông tư số 28/2020/TT-BCT ngày 16 tháng 11 năm 2020 của Bộ trưởng Bộ Công Thương quy định, hướng dẫn thực hiện một số nội dung của Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp và Nghị định số 66/2020/NĐ-CP ngày 11 tháng 6 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 68/2017/NĐ-CP."

    // (file, string, found, value, precision, role, end:, valid:)
    static let cases: [Case] = [
        // MARK: Header dates: place, "ngày … tháng … năm …" (role issue; the harness reads these lines as a header)
        .init(Dev.f00, "Số:       /KH-SKHCN Quảng Ngãi, ngày  15   tháng 5 năm 2024", "ngày 15 tháng 5 năm 2024", "2024-05-15", .day, .issue),
        .init(Dev.f01, "Lào Cai, ngày 16 tháng 7 năm 2026", "ngày 16 tháng 7 năm 2026", "2026-07-16", .day, .issue),
        .init(Dev.f04, "Lào Cai, ngày 10 tháng 12 năm 2025", "ngày 10 tháng 12 năm 2025", "2025-12-10", .day, .issue),
        .init(Dev.f12, "Số: 2826 /SCT-CN                            Lào Cai, ngày 19 tháng 5 năm 2026", "ngày 19 tháng 5 năm 2026", "2026-05-19", .day, .issue),
        .init(Dev.f15, "Số: 2170 /QĐ - UBND               Lào Cai, ngày 23 tháng 6 năm 2026", "ngày 23 tháng 6 năm 2026", "2026-06-23", .day, .issue),
        .init(Dev.f19, "Hà Nội, ngày 25 tháng 6 năm 2026", "ngày 25 tháng 6 năm 2026", "2026-06-25", .day, .issue),
        .init(Dev.f27, "SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026", "ngày 10 tháng 3 năm 2026", "2026-03-10", .day, .issue),  // "SỐ 1050/QĐ-SCT" is part of the issuer name
        .init(Dev.f29, "Số: II /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026", "ngày 29 tháng 01 năm 2026", "2026-01-29", .day, .issue),
        .init(Dev.f30, "Số: 5973 /UBND-KT                                Lào Cai, ngày 11 tháng 6 năm 2026", "ngày 11 tháng 6 năm 2026", "2026-06-11", .day, .issue),
        .init(Dev.f32, "Số: 6795 /SNNMT-KS                              Lào Cai, ngày 17 tháng 7 năm 2026", "ngày 17 tháng 7 năm 2026", "2026-07-17", .day, .issue),
        .init(Dev.f41, "--------------Hà Nội, ngày 15 tháng 3 năm 2024", "ngày 15 tháng 3 năm 2024", "2024-03-15", .day, .issue),  // rule glued to the place
        .init(Dev.f43, "Số: 14/2024/TT-BCT | Hà Nội, ngày 15 tháng 8 năm 2024", "ngày 15 tháng 8 năm 2024", "2024-08-15", .day, .issue),
        .init(Dev.f50, "| Số: 20-NQ/TW | *Hà Nội, ngày 01 tháng 11 năm 2012* |", "ngày 01 tháng 11 năm 2012", "2012-11-01", .day, .issue),  // Markdown table row
        .init(Dev.f53, "Lào Cai, ngày 07 tháng 9 năm 2026", "ngày 07 tháng 9 năm 2026", "2026-09-07", .day, .issue),
        .init(Dev.f55, "Số 75-KL/TW Hà Nội, ngày 28 tháng 7 năm 2026", "ngày 28 tháng 7 năm 2026", "2026-07-28", .day, .issue),
        .init(Dev.f17, "Chứng nhận lần đầu: ngày 30 tháng 6 năm 2026", "ngày 30 tháng 6 năm 2026", "2026-06-30", .day, .issue),  // labelled date of a Giấy chứng nhận
        // MARK: Glued words: "tháng 01năm", "ngày15", "29tháng", "ngày10 /3"
        .init(Dev.f05, "Số: 193 /UBND-KT                    Lào Cai, ngày 10 tháng 01năm 2026", "ngày 10 tháng 01năm 2026", "2026-01-10", .day, .issue),
        .init(Dev.f29, "(Ban hành Kèm theo Quyết định số 11 /2026/QĐ-UBND ngày 29tháng 01 năm 2026", "ngày 29tháng 01 năm 2026", "2026-01-29", .day, .citation),
        .init(Dev.f27, "(Kèm theo Kế hoạch số 1105 /KH-ĐKT ngày10 /3/2026 của Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT)", "ngày10 /3/2026", "2026-03-10", .day, .citation),
        // MARK: A date that cannot exist, kept and marked invalid (the only one in the dev corpus)
        .init(Dev.f13, "Lào Cai, ngày15 tháng 54 năm 2026", "ngày15 tháng 54 năm 2026", "2026", .year, .issue, valid: false),
        // MARK: Blank day or month in drafts
        .init(Dev.f39, "Số:       /TB-VP          Lào Cai, ngày    tháng 6 năm 2026", "ngày tháng 6 năm 2026", "2026-06", .month, .issue),
        .init(Dev.f45, "Số:         /SCT-CN |  |   Lào Cai, ngày        tháng 6 năm 2026", "ngày tháng 6 năm 2026", "2026-06", .month, .issue),
        .init(Dev.f47, "|Số:         /SCT - CN    | |Lào Cai, ngày       tháng 12 năm 2025      |", "ngày tháng 12 năm 2025", "2025-12", .month, .issue),  // antiword table cell
        .init(Dev.f37, "Lào Cai, ngày tháng 5 năm 2026", "ngày tháng 5 năm 2026", "2026-05", .month, .issue),  // lines 11+13: "ngày" / "tháng 5 năm 2026"
        .init(Dev.f00, "(Kèm theo Kế hoạch số     /KH-SKHCN ngày    /5/2025", "ngày /5/2025", "2025-05", .month, .citation),
        .init(Dev.f58, "(Kèm theo Quyết định số:       /QĐ-UBND ngày      tháng    năm 2025 của UBND tỉnh Lào Cai)", "ngày tháng năm 2025", "2025", .year, .citation),  // day and month blank: "ngày  tháng  năm"
        .init(Dev.f29, "(Ban hành kèm theo Quyết định số: /202⁄QÐ-UBNDngày tháng năm 2025 của Ủy ban nhân dân tỉnh Lào Cai)", "ngày tháng năm 2025", "2025", .year, .citation),  // lines 1050+1051: "…ngày tháng năm" / "2025 của …"
        // MARK: Citation dates in words: "số … ngày 15 tháng 11 năm 2024"
        .init(Dev.f07, "Bộ Giao thông vận tải ban hành theo Thông tư số 48/2024/TT-BGTVT ngày 15 tháng 11 năm 2024.", "ngày 15 tháng 11 năm 2024", "2024-11-15", .day, .citation),
        .init(Dev.f15, "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;", "ngày 16 tháng 6 năm 2025", "2025-06-16", .day, .citation),  // lines 12+13: "ngày 16" / "tháng 6 năm 2025"
        .init(Dev.f15, "Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;", "ngày 11 tháng 12 năm 2025", "2025-12-11", .day, .citation),
        .init(Dev.f29, "275/2025/NĐ-CP ngày 18 tháng 10 năm 2025;", "ngày 18 tháng 10 năm 2025", "2025-10-18", .day, .citation),
        .init(Dev.f29, "265/TTr-LSXDTC ngày 23 tháng 12 năm 2025;", "ngày 23 tháng 12 năm 2025", "2025-12-23", .day, .citation),
        .init(Dev.f29, "a) Quyết định số 14/2021/QĐ-UBND ngày 20 tháng 8 năm 2021 của Ủy ban", "ngày 20 tháng 8 năm 2021", "2021-08-20", .day, .citation),
        .init(Dev.f29, "Cai. Thời gian công bố theo quy định tại Nghị định sô 10/2021/NĐ-CP ngày 09 tháng 02 năm 2021 của Chính phủ về quản lý chỉ phí đầu tư xây dựng và các quy", "ngày 09 tháng 02 năm 2021", "2021-02-09", .day, .citation),  // lines 834+835: "ngày 09" / "tháng 02 năm 2021"
        .init(Dev.f41, "nghiệp hình thành trước ngày Quyết định số 105/2009/QĐ-TTg ngày 19 tháng 8 năm 2009 của Thủ tướng Chính phủ về việc ban hành Quy chế quản lý cụm công", "ngày 19 tháng 8 năm 2009", "2009-08-19", .day, .citation),  // lines 869+870: "tháng 8" / "năm 2009"
        .init(Dev.f41, "lập, mở rộng trước ngày Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017", "ngày 25 tháng 5 năm 2017", "2017-05-25", .day, .citation),  // "trước ngày Nghị định số …": the date is the decree's, not a deadline
        .init(Dev.f57, "Căn cứ Nghị định số 139/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của", "ngày 12 tháng 6 năm 2025", "2025-06-12", .day, .citation),  // lines 24+25: "tháng 6 năm" / "2025 của …"
        .init(Dev.f57, "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 2205/TTrSCT ngày 28 tháng 10 năm 2025,", "ngày 28 tháng 10 năm 2025", "2025-10-28", .day, .citation),
        .init(Dev.f43, "Căn cứ khoản 1 Điều 30 Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;", "ngày 15 tháng 3 năm 2024", "2024-03-15", .day, .citation),
        // MARK: Citation dates in figures: "15/5/2024", "15 / 5 /2026", no "ngày", "(ngày …)", after a comma
        .init(Dev.f00, "Thực hiện Kế hoạch hành động số 359-KH/TU ngày 29/4/2025 của Ban", "ngày 29/4/2025", "2025-04-29", .day, .citation),
        .init(Dev.f00, "- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung", "ngày 01/4/2025", "2025-04-01", .day, .citation),
        .init(Dev.f00, "Thường vụ Tỉnh uỷ Quảng Ngãi thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá, phát triển khoa học, công nghệ, đổi mới", "ngày 22/12/2024", "2024-12-22", .day, .citation),  // lines 26+28: "ngày" / "22/12/2024"
        .init(Dev.f01, "24/CV-TH ngày 09/7/2026 của Doanh nghiệp tư nhân (DNTN) Thành Hương", "ngày 09/7/2026", "2026-07-09", .day, .citation),
        .init(Dev.f01, "181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ, Thông tư số 23/2024/TTBCT ngày 07/11/2024 của Bộ Công Thương (được sửa đổi, bổ sung tại Thông", "ngày 07/11/2024", "2024-11-07", .day, .citation),
        .init(Dev.f01, "Đồng thời làm rõ mục đích Quyết định số 03/QĐ/PCNV-DN ngày 05/6/2026", "ngày 05/6/2026", "2026-06-05", .day, .citation),
        .init(Dev.f04, "Sở Xây dựng nhận được Văn bản số 94/CV-ĐĐT ngày 13/10/2025 của Công", "ngày 13/10/2025", "2025-10-13", .day, .citation),
        .init(Dev.f07, "ngày 28/11/2025 và Văn bản số 1570/ĐKVN-PTGTĐB ngày 29/04/2026 cho biết", "ngày 29/04/2026", "2026-04-29", .day, .citation),
        .init(Dev.f10, "Sở Nông nghiệp và Môi trường nhận được Công văn số 4170/SCT-CN ngày 14/7/2026 của Sở Công thương về việc tham gia ý kiến thẩm định hồ sơ đề nghị", "ngày 14/7/2026", "2026-07-14", .day, .citation),  // lines 19+20: "ngày" / "14/7/2026"
        .init(Dev.f10, "huyện Trấn Yên (cũ) được phê duyệt ban hành kèm theo Quyết định số 2257/QĐUBND ngày 28/11/2023 của UBND tỉnh: Khu đất có khoảng 20,0 ha được thể hiện", "ngày 28/11/2023", "2023-11-28", .day, .citation),
        .init(Dev.f10, "18/5/2018 và được phê duyệt trữ lượng tại Quyết định số 1146/QĐ-HĐTL ngày 04/9/2020. Do đó, đề nghị xem xét, điều chỉnh ranh giới đảm bảo không chồng lấn", "ngày 04/9/2020", "2020-09-04", .day, .citation),  // lines 96+97: "ngày" / "04/9/2020"
        .init(Dev.f12, "phòng cháy, chữa cháy số 839/ĐK-PCCC ngày 29/12/2011; Giấy phép sử dụng", "ngày 29/12/2011", "2011-12-29", .day, .citation),
        .init(Dev.f12, "30/12/2024 của Chính phủ, sửa đổi bổ sung bởi Nghị định số 144/2025/NĐ-CP ngày 12/06/2025 và số 67/2026/NĐ-CP ngày 4/3/2026; (iii) phải độc lập với chủ", "ngày 12/06/2025", "2025-06-12", .day, .citation),  // lines 61+62: "144/2025/NĐ-CP" / "ngày 12/06/2025"
        .init(Dev.f12, "ngày 12/06/2025 và số 67/2026/NĐ-CP ngày 4/3/2026; (iii) phải độc lập với chủ", "ngày 4/3/2026", "2026-03-04", .day, .citation),
        .init(Dev.f12, "số 10/2021/TT-BXD 25/08/2021 của Bộ Xây dựng hướng dẫn Nghị định", "25/08/2021", "2021-08-25", .day, .citation),  // written without "ngày"
        .init(Dev.f13, "(Kèm theo Quyết định số 1696 /QĐ-UBND ngày 15 / 5 /2026 của UBND tỉnh Lào Cai)", "ngày 15 / 5 /2026", "2026-05-15", .day, .citation),
        .init(Dev.f15, "(Ban hành kèm theo Quyết định số 2170 /QĐ-UBND ngày 23 / 6 /2026", "ngày 23 / 6 /2026", "2026-06-23", .day, .citation),
        .init(Dev.f17, "đầu tư số số 2170/QĐ-UBND ngày 23/6/2026 của UBND tỉnh Lào Cai;", "ngày 23/6/2026", "2026-06-23", .day, .citation),
        .init(Dev.f17, "Căn cứ văn bản số 50/2026/CV-LC ngày 25/6/2026 của Công ty Cổ phần", "ngày 25/6/2026", "2026-06-25", .day, .citation),
        .init(Dev.f30, "Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ", "ngày 29/4/2026", "2026-04-29", .day, .citation),
        .init(Dev.f32, "tỉnh Lào Cai tại Giấy phép khai thác khoáng sản số 199/GP-BNNMT ngày 14/7/2026. Để bảo đảm việc hoạt động khai thác khoáng sản theo quy định của", "ngày 14/7/2026", "2026-07-14", .day, .citation),  // lines 15+16: "ngày" / "14/7/2026"
        .init(Dev.f34, "tỉnh báo cáo Ban Thường vụ Tỉnh ủy tình hình, kết quả thực hiện Chỉ thị số 11CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy theo quy định.", "ngày 04/01/2026", "2026-01-04", .day, .citation),
        .init(Dev.f37, "Thực hiện Phiếu chuyển số 466/PC-VPUBND ngày 12/5/2026 của Văn", "ngày 12/5/2026", "2026-05-12", .day, .citation),
        .init(Dev.f39, "Quy hoạch tỉnh, Nghị quyết số 34-NQ/TU ngày 27/12/2025 của", "ngày 27/12/2025", "2025-12-27", .day, .citation),
        .init(Dev.f45, "(Theo Kế hoạch số 3898/KH-SCT ngày 30/6/2026)", "ngày 30/6/2026", "2026-06-30", .day, .citation),
        .init(Dev.f47, "Sở Công Thương nhận được Tờ trình số 10.11/TTr-VMI ngày 10/11/2025 của", "ngày 10/11/2025", "2025-11-10", .day, .citation),  // after the dotted number "10.11/TTr-VMI"
        .init(Dev.f48, "**Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.**", "ngày 22/12/2024", "2024-12-22", .day, .citation),  // "số 57-NQ/TW (ngày 22/12/2024)"
        .init(Dev.f53, "Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của", "ngày 30/8/2026", "2026-08-30", .day, .citation),
        .init(Dev.f55, "Sau hơn 13 năm thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của", "ngày 03/6/2013", "2013-06-03", .day, .citation),  // "24-NQ/TW, ngày …": comma before the date
        .init(Dev.f60, "Sở Công Thương nhận được văn bản số 1650/SGTVTXD-KT&VL ngày  09/5/2019", "ngày 09/5/2019", "2019-05-09", .day, .citation),
        // MARK: Dates of documents cited without a number (a law by name, a treaty, a certificate): still citations
        .init(Dev.f41, "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;", "ngày 17 tháng 6 năm 2020", "2020-06-17", .day, .citation),
        .init(Dev.f13, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;", "ngày 16/6/2025", "2025-06-16", .day, .citation),
        .init(Dev.f04, "chứng nhận đầu tư số 16121000039 ngày 12/7/2010; Cấp Giấy phép khai thác số", "ngày 12/7/2010", "2010-07-12", .day, .citation),
        .init(Dev.f21, "giữa Chính phủ hai nước ký ngày 03, tháng 6 năm 1997.", "ngày 03, tháng 6 năm 1997", "1997-06-03", .day, .citation),  // OCR text; comma after the day
        // MARK: Dates that are neither citations nor deadlines
        .init(Dev.f01, "Ngày 14/7/2026, Sở Công Thương Lào Cai nhận được Giấy đề nghị số", "Ngày 14/7/2026", "2026-07-14", .day, nil),
        .init(Dev.f39, "Ngày 19 tháng 6 năm 2026, Ủy ban nhân dân tỉnh tổ chức", "Ngày 19 tháng 6 năm 2026", "2026-06-19", .day, nil),
        .init(Dev.f39, "nghiệp Thống Nhất 1 ngày 07/5/2026 - cụm công nghiệp đầu", "ngày 07/5/2026", "2026-05-07", .day, nil),  // "Thống Nhất 1 ngày …": the "1" is a name
        .init(Dev.f15, "tư nộp lần 1 ngày 10/10/2025; hồ sơ chỉnh sửa nộp lần 1 ngày 27/01/2026; hồ sơ", "ngày 10/10/2025", "2025-10-10", .day, nil),
        .init(Dev.f15, "tư nộp lần 1 ngày 10/10/2025; hồ sơ chỉnh sửa nộp lần 1 ngày 27/01/2026; hồ sơ", "ngày 27/01/2026", "2026-01-27", .day, nil),
        .init(Dev.f15, "ngày 20/12/2024, chứng nhận thay đổi lần thứ nhất ngày 27/8/2025, chứng nhận", "ngày 27/8/2025", "2025-08-27", .day, nil),
        .init(Dev.f15, "Căn cước công dân số XXXXXXXXXXXX; Ngày cấp: 13/9/2023; Nơi cấp:", "13/9/2023", "2023-09-13", .day, nil),  // "Ngày cấp: 13/9/2023"
        .init(Dev.f27, "1     dựng giao thông    định cư 1, phường Trung Tâm và xã Liên Sơn, tỉnh Lào Cai                 23/3/2026         02 ngày", "23/3/2026", "2026-03-23", .day, nil),  // table row
        .init(Dev.f27, "2                                                                                                 25/3/2025         02 ngày", "25/3/2025", "2025-03-25", .day, nil),  // table row; year as written (the plan is of 2026)
        .init(Dev.f41, "dựng hạ tầng kỹ thuật trước ngày 05 tháng 10 năm 2009, được phê duyệt quy", "trước ngày 05 tháng 10 năm 2009", "2009-10-05", .day, .deadline),  // alone it reads as a deadline; in its 2024 decree it is a past cut-off (see cutOffBeforeTheDocumentIsNotADeadline)
        // MARK: Dates and times written together: "15-5-2024" with a clock time
        .init(Dev.f55, "28-07-2026 09:58:36 +07:00", "28-07-2026 09:58:36", "2026-07-28T09:58", .minute, nil),  // digital-signature stamp
        // MARK: Times: "13h30", "09h00", "14 h00", "13h30’" (role schedule)
        .init(Dev.f00, "13h30 ngày 15/5/2025", "13h30 ngày 15/5/2025", "2025-05-15T13:30", .minute, .schedule),
        .init(Dev.f00, "09h00 ngày 17/5/2025", "09h00 ngày 17/5/2025", "2025-05-17T09:00", .minute, .schedule),
        .init(Dev.f00, "14h00 ngày 23/5/2025", "14h00 ngày 23/5/2025", "2025-05-23T14:00", .minute, .schedule),
        .init(Dev.f00, "14 h00 ngày 06/6/2025", "14 h00 ngày 06/6/2025", "2025-06-06T14:00", .minute, .schedule),
        .init(Dev.f00, "14 h00 ngày 19/6/2025", "14 h00 ngày 19/6/2025", "2025-06-19T14:00", .minute, .schedule),
        .init(Dev.f45, "1. Thời gian: 1,5 ngày (bắt đầu từ 13h30’ thứ Hai ngày 06/7/2026).", "từ 13h30’ thứ Hai ngày 06/7/2026", "2026-07-06T13:30", .minute, .schedule),  // weekday between time and date
        .init(Dev.constructed, "01 buổi, bắt đầu lúc 9 giờ 30 phút ngày 17/5/2025", "9 giờ 30 phút ngày 17/5/2025", "2025-05-17T09:30", .minute, .schedule),  // "giờ … phút" is not in the dev corpus; modelled on file 00, lines 181+183
        .init(Dev.constructed, "(bắt đầu từ 07h30' ngày 06/7/2026).", "từ 07h30' ngày 06/7/2026", "2026-07-06T07:30", .minute, .schedule),  // ASCII apostrophe; the corpus has only "13h30’" (file 45, line 10)
        // MARK: Month and year: "tháng 7/2025", "Sau Tháng 7/2025"
        .init(Dev.f00, "Sau Tháng 7/2025", "Sau Tháng 7/2025", "2025-07", .month, .schedule),
        .init(Dev.f30, "dụng tàu cuốc, thời gian thực hiện xong trong tháng 6/2026; Trường hợp cố", "tháng 6/2026", "2026-06", .month, .deadline),  // "thực hiện xong trong tháng 6/2026"
        .init(Dev.f34, "Xong trong tháng 5/2026", "tháng 5/2026", "2026-05", .month, .deadline),  // "Xong trong tháng 5/2026"
        .init(Dev.f01, "quy định của pháp luật về xây dựng tại thời điểm lập (bộ hồ sơ thiết kế lập tháng 3/2024 kèm theo hồ sơ mới chỉ có dấu thẩm tra của đơn vị tư vấn, phần số văn", "tháng 3/2024", "2024-03", .month, nil),  // lines 50+51: "tháng" / "3/2024"
        // MARK: Quarters: "quý II/2025", "quý IV năm 2027" (value = first month, end = last month)
        .init(Dev.f34, "Xong trong Quý II/2026", "Quý II/2026", "2026-04", .month, .deadline, end: "2026-06"),  // "Xong trong Quý II/2026"
        .init(Dev.f17, "8. Tiến độ thực hiện dự án: Hoàn thành trong quý IV/2027 (dự kiến trong", "quý IV/2027", "2027-10", .month, .deadline, end: "2027-12"),  // "Hoàn thành trong quý IV/2027"
        .init(Dev.f15, "8. Tiến độ thực hiện dự án: Hoàn thành trong quý IV năm 2027 (trong", "quý IV năm 2027", "2027-10", .month, .deadline, end: "2027-12"),  // "Hoàn thành trong quý IV năm 2027"
        .init(Dev.f34, "xong trong quý II năm 2026.", "quý II năm 2026", "2026-04", .month, .deadline, end: "2026-06"),  // "xong trong quý II năm 2026"
        .init(Dev.f17, "quý IV/2027 sẽ đưa dự án vào hoạt động chính thức, thu hút các nhà đầu tư sản", "quý IV/2027", "2027-10", .month, .period, end: "2027-12"),
        // MARK: Years: "năm 2025"
        .init(Dev.f00, "số năm 2025 và giai đoạn năm 2026 đến năm 2030 về:", "năm 2025", "2025", .year, nil),
        .init(Dev.f04, "VLXDTT xã Đồng Khê vào năm 2011, dự án được thực hiện theo các quy định của", "năm 2011", "2011", .year, nil),
        .init(Dev.f10, "nghiệp tại xã Trấn Yên theo số liệu thống kê đất đai năm 2025 đã được UBND", "năm 2025", "2025", .year, nil),
        .init(Dev.f12, "thuận của cơ quan phòng cháy, chữa cháy năm 2008, biên bản nghiệm thu hệ", "năm 2008", "2008", .year, nil),
        .init(Dev.f15, "đầu tư sản xuất kinh doanh với tốc độ lập đầy khoảng 10% trong năm 2027, 50%", "năm 2027", "2027", .year, nil),
        .init(Dev.f10, "nghiệp tỉnh Lào Cai đến năm 2030 được phê duyệt tại Phụ lục III kèm theo Quyết", "đến năm 2030", "2030", .year, .period),
        // MARK: Periods: "giai đoạn 2026 - 2030", "thời kỳ", "nhiệm kỳ", "từ ngày … đến (hết) ngày …"
        .init(Dev.f39, "hạn giai đoạn 2026 - 2030 để các xã, phường đầu tư hoàn thiện", "giai đoạn 2026 - 2030", "2026", .year, .period, end: "2030"),
        .init(Dev.f34, "với phát triển bền vững giai đoạn 2026-2030 (ban hành kèm theo Nghị quyết số 35-NQ/TU ngày", "giai đoạn 2026-2030", "2026", .year, .period, end: "2030"),
        .init(Dev.f55, "CÁC CHI TIEU CHU YEU GIAI ĐOẠN 2026 - 2030", "GIAI ĐOẠN 2026 - 2030", "2026", .year, .period, end: "2030"),  // OCR heading
        .init(Dev.f39, "phê duyệt Danh mục dự án thu hút đầu tư trên địa bàn tỉnh giai đoạn 2026 - 2030) trên Cổng Thông tin điện tử tỉnh Lào Cai và", "giai đoạn 2026 - 2030", "2026", .year, .period, end: "2030"),  // lines 87+88: "giai" / "đoạn 2026 - 2030)"
        .init(Dev.f00, "số năm 2025 và giai đoạn năm 2026 đến năm 2030 về:", "giai đoạn năm 2026 đến năm 2030", "2026", .year, .period, end: "2030"),
        .init(Dev.f00, "là việc xác định các bài toán lớn cho ngành, lĩnh vực giai đoạn năm 2026 đến năm 2030.", "giai đoạn năm 2026 đến năm 2030", "2026", .year, .period, end: "2030"),  // lines 74+76: "đến" / "năm 2030."
        .init(Dev.f10, "đề xuất dự án với bản đồ điều chỉnh Quy hoạch sử dụng đất thời kỳ 2021 - 2030", "thời kỳ 2021 - 2030", "2021", .year, .period, end: "2030"),
        .init(Dev.f34, "để tích hợp vào điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021–2030, tầm nhìn", "thời kỳ 2021–2030", "2021", .year, .period, end: "2030"),  // en dash
        .init(Dev.f13, "nhiệm kỳ 2026-2031;", "nhiệm kỳ 2026-2031", "2026", .year, .period, end: "2031"),
        .init(Dev.f13, "Điều 2. Thời hạn ủy quyền: Từ ngày quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027, trừ trường hợp quy định của pháp luật và văn bản", "đến hết ngày 28 tháng 02 năm 2027", "2027-02-28", .day, .period),  // lines 59+60: "Từ ngày quyết định này có hiệu lực đến hết" / "ngày 28 tháng 02 năm 2027"
        .init(Dev.constructed, "được tính từ ngày 15 tháng 12 năm 2024 đến ngày 14 tháng 6 năm 2025", "từ ngày 15 tháng 12 năm 2024 đến ngày 14 tháng 6 năm 2025", "2024-12-15", .day, .period, end: "2025-06-14"),  // the corpus has "từ ngày … đến ngày …" only without years (file 43, line 24); years added
        // MARK: Deadlines: "trước ngày 30/6/2025"
        .init(Dev.f07, "ban hành văn bản hướng dẫn trước ngày 05/02/2026, nhưng đến nay nội dung", "trước ngày 05/02/2026", "2026-02-05", .day, .deadline),
        .init(Dev.f39, "32/2024/NĐ-CP; hoàn thành trước ngày 31/12/2026.", "trước ngày 31/12/2026", "2026-12-31", .day, .deadline),
        .init(Dev.f39, "thành trước ngày 30/7/2026.", "trước ngày 30/7/2026", "2026-07-30", .day, .deadline),
        .init(Dev.f34, "trước ngày 01/01/2030", "trước ngày 01/01/2030", "2030-01-01", .day, .deadline),
        .init(Dev.f41, "thành trước ngày 31 tháng 12 năm 2026.", "trước ngày 31 tháng 12 năm 2026", "2026-12-31", .day, .deadline),
        // MARK: Effective dates: "có hiệu lực (thi hành) từ ngày …"
        .init(Dev.f29, "1. Quyết định này có hiệu lực từ ngày 29 tháng 01 năm 2026.", "từ ngày 29 tháng 01 năm 2026", "2026-01-29", .day, .effective),
        .init(Dev.f41, "1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2024.", "từ ngày 01 tháng 5 năm 2024", "2024-05-01", .day, .effective),
        .init(Dev.f43, Self.line43_40, "từ ngày 01 tháng 10 năm 2024", "2024-10-01", .day, .effective),
        .init(Dev.f43, Self.line43_40, "ngày 16 tháng 11 năm 2020", "2020-11-16", .day, .citation),  // same line: the repealed Thông tư 28/2020/TT-BCT
    ]

    static let noDates: [NoDate] = [
        .init(Dev.f05, "quản VLNCN 24/24h; lắp đặt camera an ninh tại kho thuốc nổ và kho phụ kiện"),  // "24/24h" is round the clock
        .init(Dev.f05, "nhân dân cấp xã nơi thực hiện nổ mìn trước 24h trước khi sử dụng theo quy định"),  // "trước 24h" is a duration
        .init(Dev.f29, "Lào Cai ngày tháng năm 20...."),  // template: day, month and year all blank ("20....")
        .init(Dev.f29, "của tháng cuối quý), hàng năm (trước ngày 10/12) hoặc đột xuất về công tác quản"),  // recurring "ngày 10/12" without a year
        .init(Dev.f43, "(Thời hạn gửi báo cáo: Báo cáo 6 tháng gửi trước ngày 20 tháng 6 hằng năm; Báo cáo năm gửi trước ngày 20 tháng 12 hằng năm)"),  // recurring "ngày 20 tháng 6 hằng năm"
        .init(Dev.f15, "Ông Phạm Quốc Việt; Ngày sinh: XX/XX/XXXX; Dân tộc: Kinh; Quốc tịch:"),  // masked birth date "XX/XX/XXXX"
        .init(Dev.f15, "1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành."),  // "kể từ ngày ký ban hành": no date written
        .init(Dev.f15, "6. Thời hạn hoạt động của dự án: 50 năm kể từ ngày chấp thuận chủ"),  // "50 năm kể từ ngày chấp thuận": a duration
        .init(Dev.f01, "02 năm, đã hết hiệu lực)."),  // "02 năm": a duration
        .init(Dev.f04, "Đồng Khê có tổng mức đầu tư là 26.700.000.000 đồng thuộc trường hợp phải lập"),  // dotted amount "26.700.000.000"
        .init(Dev.f34, "Lào Cai, ngày"),  // the date is on the next lines
    ]

    @Test(arguments: cases) func reads(_ c: Case) throws {
        let dates = CorpusStrings.extract(c.text, from: c.file, header: c.role == .issue).dates
        let found = dates.first { $0.text == c.found } ?? dates.first { $0.value == c.value }
        let date = try #require(found, "«\(c.found)» not found; the program found \(dates.map { "«\($0.text)» \($0.value)" })")
        #expect(date.text == c.found)
        #expect(date.value == c.value)
        #expect(date.precision == c.precision)
        #expect(date.role == c.role)
        #expect(date.end?.iso == c.end)
        #expect(date.point.isValid == c.valid)
    }

    @Test(arguments: noDates) func findsNoDate(_ c: NoDate) {
        let dates = CorpusStrings.extract(c.text, from: c.file, header: false).dates
        #expect(dates.isEmpty, "found \(dates.map { "«\($0.text)» \($0.value)" })")
    }

    /// In document 41 (a decree of 2024), "trước ngày 05 tháng 10 năm 2009" is a past cut-off, not a deadline.
    @Test func cutOffBeforeTheDocumentIsNotADeadline() throws {
        let url = CorpusStrings.corpus.appendingPathComponent(Dev.f41 + ".txt")
        let document = try DocumentParser().parse(bytes: [UInt8](Data(contentsOf: url)), name: Dev.f41)
        let date = try #require(document.dates.first { $0.text == "trước ngày 05 tháng 10 năm 2009" })
        #expect(date.role == nil)
    }

    @Test func everyStringIsInTheCorpus() {
        #expect(Self.cases.count + Self.noDates.count >= 100)
        for c in Self.cases where c.file != Dev.constructed {
            #expect(CorpusStrings.occurs(c.text, in: c.file), "not in \(c.file): «\(c.text)»")
        }
        for c in Self.noDates {
            #expect(CorpusStrings.occurs(c.text, in: c.file), "not in \(c.file): «\(c.text)»")
        }
    }
}
