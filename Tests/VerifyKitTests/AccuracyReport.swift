import Foundation
@testable import VerifyKit

/// The accuracy figures of one case (or a sum of cases): recall of gold findings per kind,
/// agreement recall, conflict precision, traps hit, and the lists behind them.
struct AccuracyFigures {
    /// Gold items and how many were matched, all of them and only modelled slots.
    struct Tally {
        /// Gold items (every slot: the honest denominator).
        var gold = 0
        /// Gold items matched.
        var hit = 0
        /// Gold items whose slot the tool models.
        var goldModelled = 0
        /// Of those, matched.
        var hitModelled = 0

        /// Gold items whose slot the tool does not model (damage, impact, role…).
        var notModelled: Int { gold - goldModelled }

        /// Counts one gold item.
        mutating func add(matched: Bool, modelled: Bool) {
            gold += 1
            if matched { hit += 1 }
            if modelled {
                goldModelled += 1
                if matched { hitModelled += 1 }
            }
        }

        /// Sum of two tallies.
        static func + (lhs: Tally, rhs: Tally) -> Tally {
            Tally(gold: lhs.gold + rhs.gold, hit: lhs.hit + rhs.hit,
                  goldModelled: lhs.goldModelled + rhs.goldModelled, hitModelled: lhs.hitModelled + rhs.hitModelled)
        }
    }

    /// Finding kinds in report order.
    static let kinds = Finding.Kind.allCases.map(\.rawValue)

    /// Case name, or `total`.
    var name: String
    /// One line about the run (sources, events, facts, findings by kind).
    var header = ""
    /// Recall of gold findings, by kind.
    var findings: [String: Tally] = [:]
    /// Recall of gold agreements.
    var agreements = Tally()
    /// Our conflicts (of this case).
    var ourConflicts = 0
    /// Our conflicts matching a gold conflict.
    var matchedConflicts = 0
    /// Traps (mustNotFlag entries) in gold.
    var traps = 0
    /// Traps at least one of our findings fell into.
    var trapsHit = 0
    /// Gold findings and agreements not matched.
    var misses: [String] = []
    /// Our conflicts matching no gold conflict.
    var falseAlarms: [String] = []
    /// Traps hit, with the finding that hit each.
    var trapHits: [String] = []
    /// Gold items matched, with the finding or fact that matched each (printed when the
    /// environment sets `ACCURACY_VERBOSE=1`).
    var hits: [String] = []

    /// Whether to print ``hits`` too.
    static let verbose = ProcessInfo.processInfo.environment["ACCURACY_VERBOSE"] == "1"

    /// Recall over every kind.
    var allFindings: Tally { findings.values.reduce(Tally(), +) }

    /// Sum of the figures of several cases (lists concatenated with the case name).
    static func sum(_ cases: [AccuracyFigures], name: String = "total") -> AccuracyFigures {
        var total = AccuracyFigures(name: name)
        for figures in cases {
            for (kind, tally) in figures.findings { total.findings[kind, default: Tally()] = total.findings[kind, default: Tally()] + tally }
            total.agreements = total.agreements + figures.agreements
            total.ourConflicts += figures.ourConflicts
            total.matchedConflicts += figures.matchedConflicts
            total.traps += figures.traps
            total.trapsHit += figures.trapsHit
        }
        return total
    }

    // MARK: - Evaluation

    /// Scores the tool's result against a case's gold. Precision counts our conflicts that
    /// belong to the case (``AccuracyMatcher/belongsToCase(_:)``: all of them in a one-case run).
    static func evaluate(gold: AccuracyGold, matcher: AccuracyMatcher) -> AccuracyFigures {
        let result = matcher.result
        var figures = AccuracyFigures(name: gold.name)
        let counts = result.counts
        let mine = result.findings.filter(matcher.belongsToCase)
        figures.header = "\(matcher.caseSources.count) sources; ours: \(result.events.count) events, \(result.facts.count) facts, findings "
            + kinds.map { kind in "\(counts[Finding.Kind(rawValue: kind)!] ?? 0) \(kind)" }.joined(separator: " / ")
            + (mine.count == result.findings.count ? "" : " (\(mine.count) of them this case's)")
        for gold in gold.findings {
            let match = result.findings.first { matcher.matches(gold, $0) }
            let matched = match != nil
            figures.findings[gold.kind, default: Tally()].add(matched: matched, modelled: !AccuracyMatcher.isNotModelled(gold.slot))
            if let match { figures.hits.append(gold.summary + "\n      ← " + describe(match, matcher: matcher)) }
            if !matched {
                figures.misses.append(gold.summary + (AccuracyMatcher.isNotModelled(gold.slot) ? "  [not modelled]" : ""))
            }
        }
        for gold in gold.agreements {
            let match = result.facts.first { matcher.matches(gold, $0) }
            let matched = match != nil
            if let match {
                let claims = match.claims.map { "\($0.source)=\"\($0.value)\" [\($0.normalized)]" }.joined(separator: "; ")
                figures.hits.append(gold.summary + "\n      ← fact \(match.id) (\(match.status.rawValue)): " + claims)
            }
            figures.agreements.add(matched: matched, modelled: !AccuracyMatcher.isNotModelled(gold.slot))
            if !matched {
                figures.misses.append(gold.summary + (AccuracyMatcher.isNotModelled(gold.slot) ? "  [not modelled]" : ""))
            }
        }
        let goldConflicts = gold.findings.filter { $0.kind == "conflict" }
        for conflict in mine where conflict.kind == .conflict {
            figures.ourConflicts += 1
            if goldConflicts.contains(where: { matcher.matches($0, conflict) }) {
                figures.matchedConflicts += 1
            } else {
                figures.falseAlarms.append(describe(conflict, matcher: matcher))
            }
        }
        figures.traps = gold.mustNotFlag.count
        for trap in gold.mustNotFlag {
            let hits = result.findings.filter { matcher.matches(trap, $0) }
            guard !hits.isEmpty else { continue }
            figures.trapsHit += 1
            figures.trapHits.append(trap.summary + " ← " + hits.map { describe($0, matcher: matcher) }.joined(separator: " | "))
        }
        return figures
    }

    /// One line for one of our findings: kind, slot, event (and its date), each claim.
    static func describe(_ finding: Finding, matcher: AccuracyMatcher) -> String {
        let date = matcher.eventDate(finding.event) ?? "story-wide"
        let claims = finding.claims.map { "\($0.source)=\"\($0.value)\" [\($0.normalized)]" }.joined(separator: "; ")
        let missing = finding.missingFrom.isEmpty ? "" : " missing from [\(finding.missingFrom.joined(separator: ", "))]"
        return "\(finding.kind.rawValue) \(finding.slot) @\(date) (\(finding.event)): \(claims)\(missing)"
    }

    // MARK: - Rendering

    /// `hit/all (0.00)`, or `n/a` when there is nothing to count.
    static func ratio(_ hit: Int, _ all: Int) -> String {
        all == 0 ? "\(hit)/\(all) (n/a)" : String(format: "%d/%d (%.2f)", hit, all, Double(hit) / Double(all))
    }

    /// A table row: label, recall over all gold, recall over modelled slots, not modelled.
    static func row(_ label: String, _ tally: Tally) -> String {
        func cell(_ hit: Int, _ all: Int) -> String {
            let recall = all == 0 ? "   n/a" : String(format: "%6.2f", Double(hit) / Double(all))
            return String(format: "%4d %4d ", all, hit) + recall
        }
        return label.padding(toLength: 12, withPad: " ", startingAt: 0)
            + cell(tally.hit, tally.gold) + "  | " + cell(tally.hitModelled, tally.goldModelled)
            + "  | " + String(format: "%6d", tally.notModelled)
    }

    /// The table of figures, then (when `lists`) misses, false alarms and traps hit.
    func render(lists: Bool = true) -> String {
        var lines = ["── \(name)" + (header.isEmpty ? "" : ": \(header)")]
        lines.append("kind        gold  hit recall  | gold  hit recall  | not modelled")
        lines.append("            (all slots)         | (modelled slots only)")
        for kind in Self.kinds { lines.append(Self.row(kind, findings[kind] ?? Tally())) }
        lines.append(Self.row("all kinds", allFindings))
        lines.append(Self.row("agreements", agreements))
        lines.append("conflict precision: " + Self.ratio(matchedConflicts, ourConflicts) + " of our conflicts match a gold conflict")
        lines.append("traps hit: \(trapsHit)/\(traps) mustNotFlag entries")
        if lists {
            lines.append("misses (\(misses.count)):")
            lines += misses.map { "  - " + $0 }
            lines.append("false alarms (\(falseAlarms.count) conflicts not in gold):")
            lines += falseAlarms.map { "  - " + $0 }
            lines.append("traps hit (\(trapHits.count)):")
            lines += trapHits.map { "  - " + $0 }
            if Self.verbose {
                lines.append("matched (\(hits.count)):")
                lines += hits.map { "  + " + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }
}
