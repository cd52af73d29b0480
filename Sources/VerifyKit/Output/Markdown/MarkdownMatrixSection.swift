/// `## Fact matrix`: one ``FactMatrix`` per event, in timeline order, then the facts that
/// belong to no event (story-wide).
struct MarkdownMatrixSection {
    /// The result.
    var result: VerificationResult

    /// The section.
    func render() -> String {
        guard !result.facts.isEmpty else { return "" }
        var lines = ["## Fact matrix", "",
                     "The value as each source writes it (conflicts and updates first); — not stated; **⚠** differs from the other sources; ↻ changed between reports.",
                     ""]
        let byEvent = Dictionary(grouping: result.facts, by: \.event)
        for event in result.events {
            guard let facts = byEvent[event.id], !facts.isEmpty else { continue }
            lines.append("### " + MarkdownDiscrepancies.eventHeading(event))
            lines.append("")
            lines.append(FactMatrix(sources: columns(event.sources, facts), facts: Self.decisionsFirst(facts)).render())
        }
        let known = Set(result.events.map(\.id))
        let loose = result.facts.filter { !known.contains($0.event) }
        if !loose.isEmpty {
            lines.append("### Across the story")
            lines.append("")
            lines.append(FactMatrix(sources: columns([], loose), facts: Self.decisionsFirst(loose)).render())
        }
        return lines.joined(separator: "\n")
    }

    /// Conflicts, then updates, then the other facts, each in result order (by slot).
    static func decisionsFirst(_ facts: [Fact]) -> [Fact] {
        func rank(_ status: Fact.Status) -> Int { status == .conflict ? 0 : status == .update ? 1 : 2 }
        return facts.enumerated().sorted { lhs, rhs in
            rank(lhs.element.status) != rank(rhs.element.status) ? rank(lhs.element.status) < rank(rhs.element.status)
                                                                  : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The event's sources plus any other source with a claim, in the order of the sources table.
    private func columns(_ sources: [String], _ facts: [Fact]) -> [String] {
        let wanted = Set(sources).union(facts.flatMap { $0.claims.map(\.source) })
        return result.sources.map(\.id).filter { wanted.contains($0) }
    }
}
