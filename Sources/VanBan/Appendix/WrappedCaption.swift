/// An attachment's caption in brackets wrapped over lines ("(Kèm theo Quyết định số 1422/QĐ-TTg" / "ngày 19 tháng
/// 11 năm 2024 của Thủ tướng Chính phủ)"): it opens on a line `AppendixParser.isBracketedCaption` accepts and runs to
/// the line with its ")", over at most two more lines. Read line by line; the header passes over its lines, the
/// extraction joins them so the citation keeps its date.
struct WrappedCaption {
    /// Where a line stands with respect to a caption.
    enum Place: Equatable {
        /// No caption's line.
        case outside
        /// A caption whole on its line.
        case whole
        /// The first line of a caption that goes on.
        case opens
        /// A caption's later line.
        case continues
    }

    /// Lines a caption still open may take.
    private var remaining = 0
    /// Lines after the first a caption may take.
    private static let continuationLines = 2

    /// Where the non-blank `text` stands; `mayOpen` false reads only a caption already open.
    mutating func read(_ text: String, mayOpen: Bool = true) -> Place {
        if remaining > 0 {
            remaining = text.contains(")") ? 0 : remaining - 1
            return .continues
        }
        guard mayOpen, AppendixParser.isBracketedCaption(text) else { return .outside }
        if text.contains(")") { return .whole }
        remaining = Self.continuationLines
        return .opens
    }
}
