/// One node of the body outline.
public struct OutlineNode: Sendable {
    /// What the node is in the hierarchy of the document.
    public enum Kind: String, Sendable, CaseIterable {
        case part, chapter, section, subsection, article, clause, point, item, paragraph
    }

    public var type: Kind
    /// The marker as written without punctuation ("I", "1.2", "a", "Điều 5", "-"); nil for prose.
    public var marker: String?
    /// Position among siblings as a number (I → 1, đ → 5); nil for bullets and prose.
    public var ordinal: Int?
    /// The heading text after the marker, when the node is a heading.
    public var title: String?
    /// The running text of the node itself (not its children).
    public var text: String?
    public var span: SourceSpan
    public var children: [OutlineNode] = []
}
