/// The rules of the SARIF log: one per finding kind (`conflict`) and one per kind and slot
/// seen in the run (`conflict/weapon`), each describing itself and its default level.
enum SARIFRules {
    /// The rule id of a finding: `kind/slot`.
    static func id(of finding: Finding) -> String { "\(finding.kind.rawValue)/\(finding.slot)" }

    /// Kind rules first (conflict, update, omission, variant), then kind/slot rules sorted by
    /// id, then the `uncompared` rule.
    static func rules(for findings: [Finding]) -> [SARIF.Rule] {
        let kindRules = Finding.Kind.allCases.map { rule(kind: $0, slot: nil) }
        let pairs = Set(findings.map { "\($0.kind.rawValue)/\($0.slot)" }).sorted()
        let slotRules = pairs.compactMap { pair -> SARIF.Rule? in
            let parts = pair.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kind = Finding.Kind(rawValue: parts[0]) else { return nil }
            return rule(kind: kind, slot: parts[1])
        }
        return kindRules + slotRules + [uncomparedRule]
    }

    /// The rule of the warning that a source was compared with no other.
    static let uncomparedID = "uncompared"

    static var uncomparedRule: SARIF.Rule {
        let help = "Add reports of the same story, or run with --single-story if the folder is one story the grouping split."
        return SARIF.Rule(
            id: uncomparedID, name: "Uncompared",
            shortDescription: .init(text: "A source was compared with no other"),
            fullDescription: .init(text: "No other source reports the story of this source, or none states any fact it states: nothing in it was checked."),
            help: .init(text: help, markdown: help),
            defaultConfiguration: .init(level: "warning"),
            properties: ["tags": ["fact-checking", uncomparedID]])
    }

    static func rule(kind: Finding.Kind, slot: String?) -> SARIF.Rule {
        let about = slot.map { "the \($0) of an event" } ?? "a fact"
        let (short, full, help) = texts(kind: kind, about: about)
        return SARIF.Rule(
            id: slot.map { "\(kind.rawValue)/\($0)" } ?? kind.rawValue,
            name: slot.map { "\(kind.rawValue.capitalized)\($0.capitalized.filter(\.isLetter))" } ?? kind.rawValue.capitalized,
            shortDescription: .init(text: short), fullDescription: .init(text: full),
            help: .init(text: help, markdown: help),
            defaultConfiguration: .init(level: level(kind)),
            properties: ["tags": ["fact-checking", kind.rawValue] + (slot.map { [$0] } ?? [])])
    }

    /// The default SARIF level of a kind.
    static func level(_ kind: Finding.Kind) -> String {
        switch kind {
        case .conflict: "error"
        case .update, .omission: "warning"
        case .variant: "note"
        }
    }

    private static func texts(kind: Finding.Kind, about: String) -> (String, String, String) {
        switch kind {
        case .conflict:
            return ("Sources disagree on \(about)",
                    "Two or more sources give incompatible values for \(about) at the same point in time, after normalising units, spellings and time zones.",
                    "Check each source's quote and decide which value holds; record the decision, or accept it with `verify --write-baseline`.")
        case .update:
            return ("A count of \(about) changes between reports",
                    "A count for \(about) changes between reports published at different times, as news develops.",
                    "Use the latest figure and say when it was reported.")
        case .omission:
            return ("Some sources omit \(about)",
                    "Some sources of the story state \(about); others that report the same event do not.",
                    "Look for the missing detail in the sources that omit it, or note who stated it.")
        case .variant:
            return ("The same value of \(about) is written differently",
                    "Sources write the same value of \(about) differently: spellings, scripts, units or time zones.",
                    "Pick one spelling for publication; no disagreement on substance.")
        }
    }
}
