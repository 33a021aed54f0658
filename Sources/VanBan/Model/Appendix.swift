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
    /// Where the title is written (not written out: a document that is only an appendix takes it as its subject's).
    var titleSpan: SourceSpan?
}

/// A table rebuilt from flattened text: a row of the output is a row of the original.
public struct Table: Sendable {
    public var columns: [String]
    public var rows: [TableRow]
    public var span: SourceSpan
    /// The cells after the row number could not be told apart and are one cell (the columns are the
    /// number's heading and the other headings joined); raises "table.cells-joined" (not written out).
    var cellsJoined = false
    /// Lines inside the table whose cells could not be placed in its rows (cells emitted column by column);
    /// the appendix keeps them as paragraphs and raises "table.cells-unplaced" (not written out).
    var unplaced: [TextLine] = []
}

public struct TableRow: Sendable {
    public var cells: [TableCell]
    public var span: SourceSpan
}

public struct TableCell: Sendable {
    public init(text: String, rowSpan: Int?, values: [DateMention], span: SourceSpan?) {
        self.text = text; self.rowSpan = rowSpan; self.values = values; self.span = span
    }

    public var text: String
    /// Rows the cell spans when merged vertically (only written when > 1).
    public var rowSpan: Int?
    /// Dates and times parsed from the cell.
    public var values: [DateMention]
    public var span: SourceSpan?
    /// Counts and amounts in the cell ("01 buổi", "763.876,85 m²"), read when the table is complete.
    public var quantities: [Quantity] = []
    /// The cell's pieces as one line with its column map (not written out): references are read from
    /// it, since a citation wraps inside its cell across the table's lines.
    var line: TextLine?
}

/// A number read from a table cell, with its unit when one is written.
public struct Quantity: Sendable {
    /// As written ("01 buổi").
    public var text: String
    /// The number (Vietnamese "1.234,5" is 1234.5).
    public var value: Double
    /// The unit after the number ("buổi", "%", "m²"), nil when none is written.
    public var unit: String?
    /// The span of the cell the quantity stands in.
    public var span: SourceSpan?
}
