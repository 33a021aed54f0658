import Testing
@testable import VanBan

/// A layout OCR writes a box tag before each block it read (held-out code-31: "text[[191, 183, 395, 220]]"); the
/// tags are no text of the document.
@Suite struct OcrBoxTagsTests {
    static let text = ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "", "text[[191, 183, 395, 220]]", "Số: 2285 /UBND-TH ", "",
                       "text[[145, 231, 439, 299]]", "V/v tổ chức lại Trung tâm Học tập cộng đồng ", "",
                       "<|ref|>text<|/ref|><|det|>[[460, 95, 920, 180]]<|/det|>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc ", "", "text[[494, 189, 886, 231]]", "Đồng Tháp, ngày 18 tháng 12 năm 2025 ",
                       "", "text[[138, 682, 930, 800]]", "1. Thống nhất nội dung đề xuất của Sở Giáo dục và Đào tạo."].joined(separator: "\n")

    @Test func theTagsAreBlankedAndTheBlocksRead() {
        let document = DocumentParser().parse(text: Self.text, name: "t")
        #expect(document.source.repairs.contains("ocr-box-tags"))
        #expect(document.header.subject?.text == "tổ chức lại Trung tâm Học tập cộng đồng")
        #expect(document.header.date?.value == "2025-12-18")
        #expect(document.body.first?.marker == "1")
    }

    /// One such line in a text is a citation of coordinates, not a layout OCR's tag.
    @Test func aSingleTagIsLeft() {
        let lines = ["Tọa độ:", "text[[1, 2, 3, 4]]"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(OcrBoxTags().apply(lines) == nil)
    }
}
