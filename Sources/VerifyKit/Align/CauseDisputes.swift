/// Who caused a happening, when the sources do not say the same: one conflict per event
/// whose sources name two or more agents (Islamic State, which claimed the attack, against
/// Ukraine, which officials blamed), or name an agent that another source says denies
/// its part. Never an error of one report: the finding is a dispute (warning) and says,
/// for every side, which sources carry it and whom each has it from.
///
/// The facts of slot `cause` are keyed by agent (``CauseFinder``), so that sources naming
/// one agent agree on that fact; this finding sets the agents side by side.
enum CauseDisputes {
    /// Slot of a cause.
    static let slot: Slot = "cause"

    /// A conflict per event whose cause facts disagree across at least two sources.
    static func findings(groups: [FactGroup], context: AlignmentContext) -> [Finding] {
        var byEvent: [String: [FactGroup]] = [:]
        for group in groups where group.key.slot == slot { byEvent[group.eventID, default: []].append(group) }
        return byEvent.keys.sorted().compactMap { event in finding(event, facts: byEvent[event]!, context: context) }
    }

    /// One side of a dispute: an agent named as the cause, or as denying its part.
    private struct Side {
        var agent: String
        var denied: Bool
        /// The record of each source on that side (its first that says whom it has it
        /// from, else its first), in source order.
        var records: [ClaimRecord]
    }

    private static func finding(_ event: String, facts: [FactGroup], context: AlignmentContext) -> Finding? {
        var sides: [Side] = []
        for fact in facts.sorted(by: { ($0.key.key ?? "") < ($1.key.key ?? "") }) {
            let records = fact.statements.flatMap(\.records)
            for denied in [false, true] {
                var seen = Set<Int>()
                let side = records.filter { $0.mention.qualifiers.contains(.negated) == denied }
                let cited = side.filter { record in record.mention.qualifiers.contains { $0.speaker != nil } }
                let firsts = (cited + side).filter { seen.insert($0.document).inserted }
                    .sorted { context.sourceID($0.document) < context.sourceID($1.document) }
                if !firsts.isEmpty { sides.append(Side(agent: fact.key.key ?? fact.key.slot.rawValue, denied: denied, records: firsts)) }
            }
        }
        let named = sides.filter { !$0.denied }
        let deniedNamed = sides.filter { side in side.denied && named.contains { $0.agent == side.agent } }
        let sources = Set(sides.flatMap { $0.records.map(\.document) })
        guard sources.count >= 2, named.count >= 2 || !deniedNamed.isEmpty else { return nil }
        let shown = named + deniedNamed
        let hedged = shown.contains { $0.records.contains(where: \.isHedged) }
        let parts = shown.map { side in
            let who = side.records.map { record in
                context.sourceID(record.document) + (record.mention.qualifiers.lazy.compactMap(\.speaker).first.map { ", according to \($0)" } ?? "")
            }
            return (side.denied ? "denied by " : "") + "\(side.records[0].mention.text.quotedForMessage) (\(who.joined(separator: "; ")))"
        }
        let date = facts[0].key.eventDate
        let message = "who caused the \(date) event is disputed: " + parts.joined(separator: " vs ")
            + (hedged ? " (a hedged claim is involved)" : "") + "; each side is shown with the sources that carry it and whom they cite."
        return Finding(id: Fingerprint.make(kind: .conflict, event: event, slot: slot.rawValue, key: nil,
                                            values: shown.map { ($0.denied ? "not " : "") + $0.agent }),
                       kind: .conflict, severity: .warning, event: event, slot: slot.rawValue, message: message,
                       claims: shown.flatMap { $0.records.map(context.claim) }, missingFrom: [],
                       groups: shown.map { $0.records.map { context.sourceID($0.document) } })
    }
}
