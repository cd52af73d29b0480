/// One event's facts as a table: a row per fact (slot and key), a column per source, each
/// cell the value as that source writes it (its first claim), `—` where it says nothing.
public struct FactMatrix: Sendable {
    /// The sources, as columns, in this order.
    public var sources: [String]
    /// The facts, as rows, in this order.
    public var facts: [Fact]

    /// Creates the matrix of `facts` over `sources`.
    public init(sources: [String], facts: [Fact]) {
        self.sources = sources
        self.facts = facts
    }

    /// A GitHub table. In a conflict, the values that differ from the most common one are
    /// bold and marked ⚠ (every value when there is no single most common one); in an
    /// update, the values are marked ↻.
    public func render() -> String {
        guard !facts.isEmpty, !sources.isEmpty else { return "" }
        var lines = ["| fact | status | " + sources.map(MarkdownEscaping.text).joined(separator: " | ") + " |",
                     "| --- | --- |" + String(repeating: " --- |", count: sources.count)]
        for fact in facts {
            let flagged = Self.flagged(fact)
            let cells = sources.map { source -> String in
                guard let claim = fact.claims.first(where: { $0.source == source }) else { return "—" }
                let value = MarkdownEscaping.text(claim.value)
                if flagged.contains(claim.normalized) { return "**⚠ \(value)**" }
                if fact.status == .update { return "↻ " + value }
                return value
            }
            lines.append("| \(Self.rowLabel(fact)) | \(fact.status.rawValue) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `weapon`, or `place · place:kharkiv` when the fact has a key.
    static func rowLabel(_ fact: Fact) -> String {
        MarkdownEscaping.text(fact.key.map { "\(fact.slot) · \($0)" } ?? fact.slot)
    }

    /// Normalised values to flag in a conflict: those other than the single most common.
    static func flagged(_ fact: Fact) -> Set<String> {
        guard fact.status == .conflict else { return [] }
        var perSource: [String: String] = [:]
        for claim in fact.claims where perSource[claim.source] == nil { perSource[claim.source] = claim.normalized }
        let counts = Dictionary(grouping: perSource.values, by: { $0 }).mapValues(\.count)
        let top = counts.values.max() ?? 0
        let leaders = counts.filter { $0.value == top }.map(\.key)
        let all = Set(counts.keys)
        return leaders.count == 1 ? all.subtracting(leaders) : all
    }
}
