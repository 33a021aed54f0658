/// A document number and symbol (số và ký hiệu) in one of the three styles.
public struct DocumentNumber: Sendable, Hashable {
    /// How the number is built.
    public enum Style: String, Sendable, CaseIterable {
        /// State administrative: 71/NQ-CP, 4280/SCT-CN.
        case state
        /// Legal normative: 30/2020/NĐ-CP, 45/2019/QH14.
        case legal
        /// Party: 359-KH/TU (Hướng dẫn 36-HD/VPTW).
        case party
    }

    /// As written, whitespace collapsed ("4280 /SCT - CN").
    public var text: String
    /// Without any space ("4280/SCT-CN"); a blank draft keeps its symbol ("/KH-SKHCN").
    public var canonical: String
    /// The running number, nil when blank.
    public var sequence: Int?
    /// The year in legal-style numbers.
    public var year: Int?
    /// The type code (KH, NQ, QĐ…), nil for công văn.
    public var typeCode: String?
    /// The issuer code (the part after the type: CP, TU, SKHCN…; for công văn the first part).
    public var issuerCode: String?
    public var style: Style
}
