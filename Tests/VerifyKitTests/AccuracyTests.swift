import Foundation
import Testing
@testable import VerifyKit

/// Accuracy of `Verifier.verify` on every case of ../shared/corpora against its gold.json:
/// recall per kind, agreement recall, conflict precision, traps hit (docs/accuracy.md).
/// Prints figures without recall thresholds (figures move as rules improve). What it
/// asserts holds whatever the figures are: every case is scored against all of its gold
/// (each gold finding, agreement and trap counted once, under a kind the tool reports,
/// naming files of the case), no `mustNotFlag` trap is hit, a run over every case keeps
/// the cases apart, and the founding pair stays fully matched. Run with `make accuracy`.
@Suite(.enabled(if: TestPaths.corpora != nil, "../shared/corpora is absent"))
struct AccuracyTests {
    /// Cases that are the same story and may share events in a run over every case:
    /// seed-pair's two files are also in embassy-kyiv-2025.
    static let sameStory: Set<String> = ["seed-pair", "embassy-kyiv-2025"]

    /// Case folders that hold a gold.json.
    static var cases: [URL] {
        TestPaths.cases.filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("gold.json").path) }
    }

    /// The seed-pair folder, when present.
    static var seedPair: URL? { cases.first { $0.lastPathComponent == "seed-pair" } }

    /// Verifies one case folder and scores it.
    static func evaluate(folder: URL) throws -> (figures: AccuracyFigures, result: VerificationResult) {
        let gold = try AccuracyGold.load(folder: folder)
        let corpus = try CorpusLoader.load(paths: [folder.path])
        let result = Verifier.verify(corpus)
        let matcher = AccuracyMatcher(result: result, corpus: corpus, idPrefix: "")
        return (AccuracyFigures.evaluate(gold: gold, matcher: matcher), result)
    }

    /// That the figures of `folder` are computed over all of its gold, and that no trap is hit.
    /// A gold item the harness cannot count (a kind the tool has no name for, a source file
    /// that is not in the folder) would otherwise drop out of the figures in silence, and a
    /// trap that names no file of the case could never be hit.
    static func checkScoring(_ figures: AccuracyFigures, gold: AccuracyGold, folder: URL, run: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let name = folder.lastPathComponent
        let kinds = Set(AccuracyFigures.kinds)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)).subtracting(["gold.json"])
        #expect(!gold.findings.isEmpty, "\(name): gold.json lists no finding", sourceLocation: sourceLocation)
        #expect(Set(gold.sources.keys) == files, "\(name): gold sources \(gold.sources.keys.sorted()) vs files \(files.sorted())",
                sourceLocation: sourceLocation)
        for finding in gold.findings {
            #expect(kinds.contains(finding.kind), "\(name): gold finding of unknown kind: \(finding.summary)", sourceLocation: sourceLocation)
            let named = Set((finding.values ?? [:]).keys).union(finding.presentIn ?? []).union(finding.missingFrom ?? [])
            #expect(!named.isEmpty && named.isSubset(of: files), "\(name): \(finding.summary) names files outside the case",
                    sourceLocation: sourceLocation)
        }
        for agreement in gold.agreements {
            #expect(!agreement.sources.isEmpty && Set(agreement.sources).isSubset(of: files),
                    "\(name): \(agreement.summary) names files outside the case", sourceLocation: sourceLocation)
        }
        for trap in gold.mustNotFlag {
            #expect(kinds.contains(trap.kind), "\(name): trap of unknown kind: \(trap.summary)", sourceLocation: sourceLocation)
            #expect(Set((trap.values ?? [:]).keys).isSubset(of: files), "\(name): trap \(trap.summary) names files outside the case",
                    sourceLocation: sourceLocation)
        }
        // Denominators: every gold item counted once, under its kind.
        for kind in kinds {
            #expect(figures.findings[kind]?.gold ?? 0 == gold.findings.filter { $0.kind == kind }.count,
                    "\(name) (\(run)): gold \(kind) findings scored: \(figures.findings[kind]?.gold ?? 0)", sourceLocation: sourceLocation)
        }
        #expect(figures.allFindings.gold == gold.findings.count, "\(name) (\(run)): findings scored", sourceLocation: sourceLocation)
        #expect(figures.agreements.gold == gold.agreements.count, "\(name) (\(run)): agreements scored", sourceLocation: sourceLocation)
        #expect(figures.traps == gold.mustNotFlag.count, "\(name) (\(run)): traps checked", sourceLocation: sourceLocation)
        // Traps: a fact-checker's "this is not a discrepancy" must never be reported as one.
        #expect(figures.trapsHit == 0 && figures.trapHits.isEmpty,
                "\(name) (\(run)): traps hit:\n\(figures.trapHits.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Each case verified on its own: a table per case, the totals, misses and false alarms.
    @Test func accuracyPerCase() throws {
        #expect(!Self.cases.isEmpty, "no case folder with a gold.json in \(TestPaths.corpora?.path ?? "-")")
        let withoutGold = TestPaths.cases.filter { !Self.cases.contains($0) }.map(\.lastPathComponent)
        #expect(withoutGold.isEmpty, "case folders without gold.json: \(withoutGold)")
        var all: [AccuracyFigures] = []
        var output = ["", "═══ Accuracy, one run per case (../shared/corpora) ═══"]
        for folder in Self.cases {
            let figures = try Self.evaluate(folder: folder).figures
            all.append(figures)
            output.append(figures.render())
            try Self.checkScoring(figures, gold: try AccuracyGold.load(folder: folder), folder: folder, run: "alone")
        }
        output.append(AccuracyFigures.sum(all, name: "TOTAL over \(all.count) cases").render(lists: false))
        print(output.joined(separator: "\n"))
    }

    /// Every case folder in one run: no event may mix sources of different cases (except
    /// seed-pair with embassy-kyiv-2025), then the same figures with ids `case/file`.
    @Test func accuracyAllCorporaAtOnce() throws {
        let folders = Self.cases
        let corpus = try CorpusLoader.load(paths: folders.map(\.path))
        let result = Verifier.verify(corpus)
        var output = ["", "═══ Accuracy, one run over all \(folders.count) cases at once ═══"]

        // Stories must be the cases: each story's sources from one case (seed-pair with
        // embassy-kyiv-2025 counts as one), each case in one story, no source left uncompared.
        func caseOf(_ source: String) -> String {
            let name = String(source.split(separator: "/").first ?? "")
            return Self.sameStory.contains(name) ? Self.sameStory.sorted().joined(separator: "+") : name
        }
        let storyCases = result.stories.map { story in Set(story.sources.map(caseOf)) }
        let caseStories = Dictionary(grouping: result.stories.indices, by: { storyCases[$0].sorted().joined(separator: ",") })
        let wantedCases = Set(result.sources.map { caseOf($0.id) })
        let storiesMatchCases = storyCases.allSatisfy { $0.count == 1 } && caseStories.count == wantedCases.count
            && caseStories.values.allSatisfy { $0.count == 1 }
        output.append("stories: \(result.stories.count) for \(wantedCases.count) cases"
                      + (storiesMatchCases ? " (match)" : " — CHECK FAILED:"))
        if !storiesMatchCases {
            output += result.stories.map { "  - \($0.id): " + $0.sources.joined(separator: ", ") }
        }
        output.append("uncompared sources: \(result.uncompared.count)")
        output += result.uncompared.map { "  - " + $0.message }

        var mixed: [String] = []
        for event in result.events {
            let cases = Set(event.sources.map { String($0.split(separator: "/").first ?? "") })
            if cases.count > 1, !cases.isSubset(of: Self.sameStory) {
                mixed.append("\(event.id) (\(event.date)): " + event.sources.joined(separator: ", "))
            }
        }
        output.append("events mixing cases: \(mixed.count) of \(result.events.count)"
                      + (mixed.isEmpty ? " (check passed)" : " — CHECK FAILED:"))
        output += mixed.map { "  - " + $0 }

        var all: [AccuracyFigures] = []
        var matchers: [(AccuracyGold, AccuracyMatcher)] = []
        for folder in folders {
            let gold = try AccuracyGold.load(folder: folder)
            let matcher = AccuracyMatcher(result: result, corpus: corpus, idPrefix: folder.lastPathComponent + "/")
            matchers.append((gold, matcher))
            let figures = AccuracyFigures.evaluate(gold: gold, matcher: matcher)
            all.append(figures)
            output.append(figures.render())
            try Self.checkScoring(figures, gold: gold, folder: folder, run: "all cases at once")
        }
        // Precision over the run's distinct conflicts: a conflict is right when it matches a
        // gold conflict of any case; conflicts that belong to no case are cross-case.
        var total = AccuracyFigures.sum(all, name: "TOTAL over \(all.count) cases, one run")
        let conflicts = result.findings.filter { $0.kind == .conflict }
        total.ourConflicts = conflicts.count
        total.matchedConflicts = 0
        var crossCase: [String] = []
        for conflict in conflicts {
            let owners = matchers.filter { $0.1.belongsToCase(conflict) }
            if owners.contains(where: { gold, matcher in
                gold.findings.contains { $0.kind == "conflict" && matcher.matches($0, conflict) }
            }) {
                total.matchedConflicts += 1
            } else if owners.isEmpty, let matcher = matchers.first?.1 {
                crossCase.append(AccuracyFigures.describe(conflict, matcher: matcher))
            }
        }
        output.append(total.render(lists: false))
        output.append("cross-case conflicts (belonging to no single case) (\(crossCase.count)):")
        output += crossCase.map { "  - " + $0 }
        print(output.joined(separator: "\n"))
        #expect(storiesMatchCases, "stories do not match the cases")
        #expect(result.uncompared.isEmpty, "uncompared: \(result.uncompared.map(\.source))")
        // Reports of different stories never share an event, so never conflict.
        #expect(mixed.isEmpty, "events mixing cases:\n\(mixed.joined(separator: "\n"))")
        #expect(crossCase.isEmpty, "conflicts between cases:\n\(crossCase.joined(separator: "\n"))")
        #expect(Set(result.sources.map(\.id)).count == result.sources.count)
        #expect(result.sources.count == folders.map { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "gold.json" }.count
        }.reduce(0, +), "every file of every case is read")
    }

    /// The founding pair: all 6 gold findings and all 8 agreements matched, no conflict at all.
    @Test(.enabled(if: AccuracyTests.seedPair != nil, "seed-pair is absent"))
    func seedPairRegression() throws {
        let folder = try #require(Self.seedPair)
        let (figures, result) = try Self.evaluate(folder: folder)
        print(["", "═══ Seed-pair regression ═══", figures.render()].joined(separator: "\n"))
        let findings = figures.allFindings
        let conflicts = result.findings.filter { $0.kind == .conflict }
        #expect(findings.gold == 6 && findings.hit == 6,
                "seed-pair gold findings matched: \(findings.hit)/\(findings.gold); misses: \(figures.misses)")
        #expect(figures.agreements.gold == 8 && figures.agreements.hit == 8,
                "seed-pair agreements matched: \(figures.agreements.hit)/\(figures.agreements.gold)")
        #expect(conflicts.isEmpty, "seed-pair conflicts (must be none): \(figures.falseAlarms)")
    }
}
