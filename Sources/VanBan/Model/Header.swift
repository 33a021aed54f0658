/// The header block of NĐ 30/2020: quốc hiệu, tiêu ngữ, cơ quan, số, địa danh và ngày, tên loại, trích yếu.
public struct Header: Sendable {
    /// Quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), or for the party "ĐẢNG CỘNG SẢN VIỆT NAM".
    public var nationalTitle: TextField?
    /// Tiêu ngữ ("Độc lập - Tự do - Hạnh phúc").
    public var motto: TextField?
    /// Cơ quan chủ quản: the line(s) above the issuer in the left column.
    public var parentAuthority: TextField?
    /// Cơ quan ban hành.
    public var issuer: TextField?
    /// Số và ký hiệu.
    public var number: DocumentNumber?
    /// Where the number (or the blank number slot) is written.
    public var numberSpan: SourceSpan?
    /// Địa danh.
    public var place: TextField?
    /// Ngày ban hành.
    public var date: DateMention?
    /// Tên loại văn bản.
    public var documentType: DocumentTypeField?
    /// Trích yếu nội dung, without "V/v".
    public var subject: TextField?
    /// The "Kính gửi" list.
    public var addressees: [TextField] = []
    /// Độ khẩn ("KHẨN", "HỎA TỐC"…), or nil.
    public var urgency: TextField?
    /// Độ mật ("MẬT", "TỐI MẬT"…), or nil.
    public var confidentiality: TextField?
    /// The "Căn cứ …" preamble of decisions and legal acts, one item each.
    public var legalBases: [TextField] = []
    /// Thẩm quyền ban hành: who enacts the document, named in capitals above its preamble ("CHỦ TỊCH ỦY BAN NHÂN DÂN
    /// TỈNH LÀO CAI", "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA XVI, KỲ HỌP THỨ 2"), or nil.
    public var enactingAuthority: TextField?

    public init() {}
}

/// The document type named in the header.
public struct DocumentTypeField: Sendable {
    /// As written ("KẾ HOẠCH").
    public var text: String
    /// Sentence case name from the reference table ("Kế hoạch").
    public var name: String
    /// Type code ("KH"), nil for types without one (Công văn).
    public var code: String?
    public var span: SourceSpan
}
