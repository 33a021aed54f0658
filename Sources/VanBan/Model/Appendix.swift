/// A phụ lục attached to the document.
public struct Appendix: Sendable {
    /// "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 01".
    public var label: String
    public var title: String?
    /// The document the appendix says it is attached to ("Kèm theo Kế hoạch số … ngày …").
    public var attachedTo: Reference?
    public var body: [OutlineNode] = []
    public var tables: [Table] = []
    public var span: SourceSpan
}

/// A table rebuilt from flattened text: a row of the output is a row of the original.
public struct Table: Sendable {
    public var columns: [String]
    public var rows: [TableRow]
    public var span: SourceSpan
}

public struct TableRow: Sendable {
    public var cells: [TableCell]
    public var span: SourceSpan
}

public struct TableCell: Sendable {
    public var text: String
    /// Rows the cell spans when merged vertically (only written when > 1).
    public var rowSpan: Int?
    /// Dates and times parsed from the cell.
    public var values: [DateMention]
    public var span: SourceSpan?
}
