/// Trimming given characters from one end of a string ("- Như trên;" without its dash, a title without its comma).
extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var s = self
        while let last = s.last, characters.contains(last) { s.removeLast() }
        return s
    }
}

extension String {
    func trimmingLeading(_ characters: String) -> String {
        String(drop { characters.contains($0) })
    }
}
