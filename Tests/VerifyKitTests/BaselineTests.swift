import Foundation
import Testing
@testable import VerifyKit

/// Results the baseline, SARIF and GitHub tests share: the founding pair as read from Corpus/.
enum GatingFixtures {
    /// The founding pair's result; paths relative to the repository root via `base`.
    static let foundingPair: VerificationResult = {
        let path = TestPaths.repositoryRoot.appendingPathComponent("Corpus").path
        let corpus = try! CorpusLoader.load(paths: [path])
        return Verifier.verify(corpus)
    }()

    static var root: String { TestPaths.repositoryRoot.path }

    /// A finding with chosen parts, located at `path:line`.
    static func finding(id: String, kind: Finding.Kind = .conflict, severity: Finding.Severity = .error,
                        slot: String = "weapon", message: String = "m", path: String = "Corpus/a.txt",
                        line: Int = 3, claims: Int = 2) -> Finding {
        let all = (0..<claims).map { index in
            Claim(source: "s\(index)", value: "v\(index)", normalized: "n\(index)", quote: "q",
                  location: SourceLocation(path: path, line: line + index, column: 2, endLine: line + index, endColumn: 9),
                  qualifiers: [], rule: "r")
        }
        return Finding(id: id, kind: kind, severity: severity, event: "e", slot: slot, message: message,
                       claims: all, missingFrom: [])
    }

    static func result(_ findings: [Finding]) -> VerificationResult {
        var result = foundingPair
        result.findings = findings
        return result
    }
}

@Suite struct BaselineTests {
    @Test func recordsEveryFindingSortedWithRelativePaths() throws {
        let result = GatingFixtures.foundingPair
        let baseline = Baseline(findings: result.findings, relativeTo: GatingFixtures.root)
        try #require(!result.findings.isEmpty, "the founding pair has findings to record")
        #expect(baseline.schemaVersion == 1)
        #expect(baseline.tool.name == "verify")
        #expect(baseline.findings.map(\.id) == result.findings.map(\.id).sorted())
        #expect(Set(baseline.findings.flatMap(\.sources)).allSatisfy { $0.hasPrefix("Corpus/") })
        let text = baseline.encoded()
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(!text.contains("\"line\""), "content-keyed: no line numbers")
    }

    @Test func roundTripsThroughAFile() throws {
        let folder = TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("b.json").path
        let baseline = Baseline(findings: GatingFixtures.foundingPair.findings, relativeTo: folder.path)
        try baseline.encoded().write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Baseline.load(path: file) == baseline)
    }

    @Test func malformedFileIsAnErrorNamingIt() throws {
        let file = TestPaths.temporaryFolder().appendingPathComponent("bad.json").path
        try "{\"findings\": 3}".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: VerifyError.self) { try Baseline.load(path: file) }
        do { _ = try Baseline.load(path: file) } catch { #expect(error.message.hasPrefix(file)) }
    }

    @Test func gatesOnlyFindingsOutsideTheBaseline() {
        let accepted = GatingFixtures.finding(id: "a")
        let fresh = GatingFixtures.finding(id: "b", kind: .omission, severity: .warning)
        let gone = GatingFixtures.finding(id: "c")
        let baseline = Baseline(findings: [accepted, gone], relativeTo: "/")
        let gated = GatedResult(result: GatingFixtures.result([accepted, fresh]), baseline: baseline, baselinePath: "b.json")
        #expect(gated.accepted == ["a"])
        #expect(gated.stale.map(\.id) == ["c"])
        #expect(gated.failing(at: .conflict).isEmpty)
        #expect(gated.failing(at: .omission).map(\.id) == ["b"])
        #expect(gated.failing(at: nil).isEmpty)
        #expect(GatedSummary(gated: gated).verdict.hasSuffix(" · 1 accepted by the baseline"))
    }

    @Test func jsonGainsTheBaselineKeyOnlyWithABaseline() throws {
        let result = GatingFixtures.foundingPair
        #expect(GatedResult(result: result).json() == result.json())
        let first = try #require(result.findings.first)
        let baseline = Baseline(findings: [first, GatingFixtures.finding(id: "stale")], relativeTo: "/")
        let text = GatedResult(result: result, baseline: baseline, baselinePath: "b.json").json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let section = try #require(object["baseline"] as? [String: Any])
        #expect(section["accepted"] as? [String] == [first.id])
        #expect(section["stale"] as? [String] == ["stale"])
        // Every other key is written exactly as VerificationResult.json() writes it.
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(result.json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(plain.keys).union(["baseline"]))
        let withoutSection = text.replacingOccurrences(of: #"(?s)  "baseline" : \{.*?\n  \},\n"#, with: "", options: .regularExpression)
        #expect(withoutSection == result.json())
    }
}
