import Testing
@testable import VanBan

/// A header date that cannot exist, and the appendix that names the document with a real one.
@Suite struct OwnDateTests {
    static func document(headerDate: String, attachment: String) -> Document {
        let text = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 1696 /QĐ-UBND", "Lào Cai, \(headerDate)", "", "QUYẾT ĐỊNH", "Về việc ủy quyền", "",
                    "Điều 1. Ủy quyền cho Sở Công Thương (chi tiết tại Phụ lục kèm theo).", "Điều 2. Quyết định có hiệu lực từ ngày ký.", "",
                    "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn A", "",
                    "PHỤ LỤC", "DANH MỤC THỦ TỤC HÀNH CHÍNH", attachment, "Thủ tục cấp phép."].joined(separator: "\n")
        return DocumentParser().parse(text: text, name: "t.txt")
    }

    /// 13 (raw pdftotext): "ngày15 tháng 54 năm 2026" in the header, "ngày 15 / 5 /2026" in the appendix.
    @Test func theAppendixDatesADocumentWhoseHeaderDateCannotExist() throws {
        let d = Self.document(headerDate: "ngày15 tháng 54 năm 2026",
                              attachment: "(Kèm theo Quyết định số 1696 /QĐ-UBND ngày 15 / 5 /2026 của UBND tỉnh Lào Cai)")
        #expect(d.header.date?.value == "2026-05-15")
        #expect(d.header.date?.text == "ngày15 tháng 54 năm 2026")   // as written, where it is written
        let invalid = try #require(d.diagnostics.first { $0.rule == "date.invalid" })
        #expect(invalid.message.contains("the appendix dates this document 2026-05-15"))
        #expect(invalid.related.count == 1)
    }

    @Test func anotherDocumentsDateOrADisagreeingOneIsNotTaken() {
        let other = Self.document(headerDate: "ngày15 tháng 54 năm 2026",
                                  attachment: "(Kèm theo Quyết định số 1700/QĐ-UBND ngày 15/5/2026 của UBND tỉnh Lào Cai)")
        #expect(other.header.date?.value == "2026")   // the readable year; the point keeps month 54
        let disagreeing = Self.document(headerDate: "ngày15 tháng 54 năm 2026",
                                        attachment: "(Kèm theo Quyết định số 1696/QĐ-UBND ngày 20/6/2026 của UBND tỉnh Lào Cai)")
        #expect(disagreeing.header.date?.value == "2026")
        let valid = Self.document(headerDate: "ngày 14 tháng 5 năm 2026",
                                  attachment: "(Kèm theo Quyết định số 1696/QĐ-UBND ngày 15/5/2026 của UBND tỉnh Lào Cai)")
        #expect(valid.header.date?.value == "2026-05-14")   // a real date stays; the mismatch is date.self-reference-mismatch's
    }
}
