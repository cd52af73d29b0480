/// Which omissions a person under deadline should see first: those of warning severity,
/// then by what is left out (a toll or casualty figure, then who caused it, then a whole
/// incident, the weapon, the time, other counts and measures, names last), then by how
/// many sources state it (a fact five sources give and one leaves out weighs more than
/// one a single source gives), then in report order.
enum OmissionRanking {
    /// Omissions shown on the first screen.
    static let firstScreen = 5

    /// Slots of people counts (the outcomes of `counts.yaml`), left out first.
    static let casualtySlots: Set<String> = ["killed", "injured", "missing", "survivors", "hospitalised", "evacuated",
                                             "critical", "homeless", "affected", "casualties"]

    /// Rank of a slot: lower is more important.
    static func weight(_ slot: String) -> Int {
        if casualtySlots.contains(slot) { return 0 }
        switch slot {
        case "cause": return 1
        case "incident": return 2
        case "weapon", "aircraft": return 3
        case "time", "date": return 4
        case "place", "person", "organisation", "vehicle", "name": return 9
        default: return 5
        }
    }

    /// The `limit` most important omissions of `findings`, most important first.
    static func top(_ findings: [Finding], limit: Int = firstScreen) -> [Finding] {
        // Each key worked out once (it counts the stating sources), not at every comparison.
        let ranked = findings.enumerated().filter { $0.element.kind == .omission }.map { (key($0.element, $0.offset), $0.element) }
        return ranked.sorted { $0.0 < $1.0 }.prefix(limit).map(\.1)
    }

    private static func key(_ finding: Finding, _ offset: Int) -> (Int, Int, Int, Int) {
        let stating = Set(finding.claims.map(\.source)).count
        return (finding.severity == .note ? 1 : 0, weight(finding.slot), -stating, offset)
    }

    /// Whether an omission only says that a source leaves out a name (note severity): these
    /// are listed one line per source instead of one finding each.
    static func isNameNote(_ finding: Finding) -> Bool {
        finding.kind == .omission && finding.severity == .note && weight(finding.slot) == 9
    }
}
