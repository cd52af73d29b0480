import Testing
@testable import VerifyKit

/// The first screen's choice of omissions and the one-line-per-source listing of names.
@Suite struct OmissionRankingTests {
    static func omission(_ id: String, slot: String, severity: Finding.Severity, stating: [String]) -> Finding {
        let claims = stating.map { source in
            Claim(source: source, value: id, normalized: id, quote: id,
                  location: SourceLocation(path: "\(source).txt", line: 1, column: 1, endLine: 1, endColumn: 2),
                  qualifiers: [], rule: "test")
        }
        return Finding(id: id, kind: .omission, severity: severity, event: "s/2025-11-14", slot: slot,
                       message: id, claims: claims, missingFrom: ["z"])
    }

    @Test func tollsAndCausesComeBeforeNamesAndMoreSourcesBeforeFewer() {
        let findings = [
            Self.omission("p1", slot: "place", severity: .note, stating: ["a", "b", "c"]),
            Self.omission("d1", slot: "depth", severity: .warning, stating: ["a"]),
            Self.omission("k1", slot: "killed", severity: .warning, stating: ["a"]),
            Self.omission("c1", slot: "cause", severity: .warning, stating: ["a", "b"]),
            Self.omission("k2", slot: "injured", severity: .warning, stating: ["a", "b", "c"]),
            Self.omission("t1", slot: "time", severity: .warning, stating: ["a", "b"]),
            Self.omission("w1", slot: "weapon", severity: .warning, stating: ["a"]),
        ]
        #expect(OmissionRanking.top(findings).map(\.id) == ["k2", "k1", "c1", "w1", "t1"])
        #expect(OmissionRanking.top(findings, limit: 2).map(\.id) == ["k2", "k1"])
        #expect(findings.filter(OmissionRanking.isNameNote).map(\.id) == ["p1"])
    }

    @Test func casualtySlotsAreTheOutcomesOfTheCountRules() {
        // The ranking's list of people-count slots follows counts.yaml's outcomes.
        #expect(OmissionRanking.casualtySlots == TestRules.shipped.counts.outcomeNames)
    }
}
