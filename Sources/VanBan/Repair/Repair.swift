/// A cleanup stage that runs before any grammar: it takes lines and gives lines back, and says
/// whether it changed anything so `source.repairs` lists only what was applied.
protocol Repair {
    /// The id written to `source.repairs`.
    static var id: String { get }
    /// The repaired lines, or nil when the stage found nothing to repair.
    func apply(_ lines: [TextLine]) -> [TextLine]?
}

extension Repair {
    /// Applies the stage and records its id when it changed the lines.
    func run(_ lines: inout [TextLine], repairs: inout [String]) {
        if let repaired = apply(lines) {
            lines = repaired
            repairs.append(Self.id)
        }
    }
}
