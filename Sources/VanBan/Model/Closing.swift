/// Nơi nhận and chữ ký.
public struct Closing: Sendable {
    /// Items of "Nơi nhận", including the "Lưu: …" item.
    public var recipients: [TextField] = []
    /// The "Nơi nhận:" label as printed, nil when the document prints none. With `recipients` empty it says
    /// the label stands with no items under it (left blank, or lost in extraction), which is not a missing list.
    public var recipientsLabel: TextField?
    /// The "Lưu: …" item, also listed in `recipients`.
    public var archive: TextField?
    public var signatures: [Signature] = []
    public init() {}
}

/// One signature block.
public struct Signature: Sendable {
    /// Thẩm quyền ký of the first line: TM, KT, TL, TUQ, Q; nil when the head signs in person.
    public var mode: String?
    /// The authority line(s) after the mode ("GIÁM ĐỐC", "ỦY BAN NHÂN DÂN KT. CHỦ TỊCH").
    public var authority: String?
    /// The signer's position, the last uppercase line ("PHÓ GIÁM ĐỐC").
    public var title: String?
    /// The signer's name, nil when absent.
    public var name: String?
    public var span: SourceSpan
}
