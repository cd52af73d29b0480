/// Whether two tokens of a sentence stand in one clause: no mark that ends a clause
/// between them. Shared by the finders that join a cue to a name in its clause (causes,
/// states).
enum ClauseMarks {
    /// Punctuation that ends a clause; `withDashes` adds em and en dashes.
    static func ends(withDashes: Bool) -> Set<String> {
        withDashes ? base.union(["—", "–"]) : base
    }

    private static let base: Set<String> = [",", ";", ":", ".", "!", "?", "(", ")"]

    /// Whether none of `marks` stands strictly between tokens `a` and `b` (either order).
    static func inOneClause(_ tokens: [Token], _ a: Int, _ b: Int, marks: Set<String>) -> Bool {
        let (low, high) = a < b ? (a, b) : (b, a)
        guard high - low > 1 else { return true }
        return !tokens[(low + 1)..<high].contains { marks.contains($0.text) }
    }
}
