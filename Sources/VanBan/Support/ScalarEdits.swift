/// Edits of a string one Unicode scalar at a time, for the short texts of numbers and amounts: Foundation's
/// `replacingOccurrences` compares with the full string machinery and costs many times more.
extension String {
    /// The string with each scalar replaced by `transform`'s result, or left out where it returns nil.
    func mappingScalars(_ transform: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars { if let mapped = transform(scalar) { result.append(mapped) } }
        return String(result)
    }
}
