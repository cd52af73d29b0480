import Foundation
import Testing
@testable import VerifyKit

/// Loads the founding pair so that claim paths read `Corpus/…` as under `verify Corpus`.
enum MarkdownCorpus {
    /// `Corpus` relative to the working directory when the tests run from the package root
    /// (as `swift test` does); otherwise by absolute path with the root prefix removed.
    static func result() throws -> VerificationResult {
        let root = TestPaths.repositoryRoot.standardizedFileURL.path
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if cwd == root { return Verifier.verify(try CorpusLoader.load(paths: ["Corpus"])) }
        var result = Verifier.verify(try CorpusLoader.load(paths: [root + "/Corpus"]))
        relativise(&result, prefix: root + "/")
        return result
    }

    /// Removes `prefix` from every path in `result`.
    static func relativise(_ result: inout VerificationResult, prefix: String) {
        func strip(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        func fix(_ claims: inout [Claim]) { for index in claims.indices { claims[index].location.path = strip(claims[index].location.path) } }
        for index in result.sources.indices { result.sources[index].path = strip(result.sources[index].path) }
        for index in result.facts.indices { fix(&result.facts[index].claims) }
        for index in result.findings.indices { fix(&result.findings[index].claims) }
        for index in result.diagnostics.indices { result.diagnostics[index].path = strip(result.diagnostics[index].path) }
    }
}

/// The Markdown report: structure, links, escaping of hostile sources, determinism.
@Suite struct MarkdownReportTests {
    static let fixtures = TestPaths.repositoryRoot.appendingPathComponent("Tests/VerifyKitTests/Fixtures/markdown")

    /// The golden reports assume `verify Corpus` run from the package root, which is where
    /// `swift test` runs (other runners may start elsewhere). Whatever the working
    /// directory, MarkdownCorpus must give exactly what a run from the root gives: the
    /// fallback route (absolute path, root prefix removed) the same JSON and Markdown as the
    /// relative route, and no path that is not `Corpus/…`.
    @Test func theCorpusReadsTheSameFromAnyWorkingDirectory() throws {
        let root = TestPaths.repositoryRoot.standardizedFileURL.path
        var fallback = Verifier.verify(try CorpusLoader.load(paths: [root + "/Corpus"]))
        #expect(fallback.json().contains(root + "/Corpus/"), "the absolute route carries absolute paths before relativising")
        MarkdownCorpus.relativise(&fallback, prefix: root + "/")
        let result = try MarkdownCorpus.result()
        #expect(fallback.json() == result.json())
        #expect(MarkdownReport(result: fallback, reportDirectory: "Reports").render()
                == MarkdownReport(result: result, reportDirectory: "Reports").render())
        #expect(!result.json().contains(root))
        let paths = result.sources.map(\.path) + result.facts.flatMap(\.claims).map(\.location.path)
            + result.findings.flatMap(\.claims).map(\.location.path)
        #expect(result.sources.map(\.path) == ["Corpus/000_08fa226afe8f6cb6.txt", "Corpus/001_a7f21b431fd97f1d.txt"])
        #expect(paths.count > 2 && paths.allSatisfy { $0.hasPrefix("Corpus/") }, "\(Set(paths).sorted())")
    }

    @Test func opensWithTheVerdictThenConflicts() throws {
        let result = try MarkdownCorpus.result()
        let report = MarkdownReport(result: result, reportDirectory: "Reports").render()
        let lines = report.components(separatedBy: "\n")
        #expect(lines[0] == "# Verification: " + TextSummary(result: result).verdict)
        #expect(lines[2] == "**No conflicts:** no source contradicts another on the same fact.")
        let order = ["## Sources", "## Timeline", "## Discrepancies", "## Fact matrix", "## Agreement between sources",
                     "## How this was computed"].map { lines.firstIndex(of: $0) ?? -1 }
        #expect(order == order.sorted() && !order.contains(-1), "\(order)")
    }

    @Test func linksAreRelativeToTheReportFolder() throws {
        let result = try MarkdownCorpus.result()
        let fromReports = MarkdownReport(result: result, reportDirectory: "Reports").render()
        #expect(fromReports.contains("[Corpus/001\\_a7f21b431fd97f1d.txt:1](../Corpus/001_a7f21b431fd97f1d.txt#L1)"))
        #expect(fromReports.contains("[000\\_08fa226afe8f6cb6](../Corpus/000_08fa226afe8f6cb6.txt)"))
        let fromHere = MarkdownReport(result: result, reportDirectory: ".").render()
        #expect(fromHere.contains("](Corpus/001_a7f21b431fd97f1d.txt#L1)"))
        #expect(!fromHere.contains("](../Corpus/"))
    }

    @Test func omissionsVariantsAndStoryWideGroup() throws {
        let report = MarkdownReport(result: try MarkdownCorpus.result(), reportDirectory: "Reports").render()
        #expect(report.contains("#### ∅ Omission: weapon"))
        #expect(report.contains("Not stated by: **000\\_08fa226afe8f6cb6**"))
        #expect(report.contains("### Across the story"))
        #expect(report.contains("**Iskander**"))
        #expect(report.contains("```mermaid\ntimeline\n"))
    }

    @Test func byteIdenticalAcrossRuns() throws {
        let first = MarkdownReport(result: try MarkdownCorpus.result(), reportDirectory: "Reports").render()
        let second = MarkdownReport(result: try MarkdownCorpus.result(), reportDirectory: "Reports").render()
        #expect(first == second)
    }

    @Test func hostileSourcesCannotInjectMarkup() throws {
        let report = MarkdownReport(result: try Self.hostileResult(), reportDirectory: "Reports", referenceDate: "2025-11-14").render()
        MarkdownSnapshot.assert(report, matches: Self.fixtures.appendingPathComponent("hostile.md"))
        for forbidden in ["<script", "<img", "](javascript", "![img](", "\n# pwned", "\n| col |", "```js", "<b>"] {
            #expect(!report.contains(forbidden), "report contains \(forbidden)")
        }
        // Every table row keeps its column count: a `|` from a source never splits a cell.
        for table in Self.tables(report) {
            let widths = Set(table.map(Self.cellCount))
            #expect(widths.count == 1, "ragged table: \(table.first ?? "")")
        }
        // The conflict comes first, flagged in the matrix, with the minority value marked.
        #expect(report.contains("**⚠ 1 conflict to resolve before publication:**"))
        #expect(report.contains("**⚠ Patriot**"))
        #expect(report.contains("Reference date: 2025-11-14"))
    }

    /// The founding pair's sources with hostile metadata, and a hand-made conflict whose
    /// quotes and values carry markup.
    static func hostileResult() throws -> VerificationResult {
        var result = try MarkdownCorpus.result()
        result.sources[0].title = "# pwned\n<script>alert(1)</script>"
        result.sources[0].outlet = "| col | [x](javascript:alert(1)) |"
        result.sources[1].title = "![img](http://evil.example/p.png) ```js"
        let a = result.sources[0], b = result.sources[1]
        func location(_ source: SourceSummary, _ line: Int) -> VerifyKit.SourceLocation {
            VerifyKit.SourceLocation(path: source.path, line: line, column: 1, endLine: line, endColumn: 9)
        }
        let iskander = Claim(source: a.id, value: "Iskander", normalized: "weapon:iskander",
                             quote: "An *Iskander* | hit <b>the</b> [embassy](http://evil.example)\n# pwned",
                             location: location(a, 3), qualifiers: [], rule: "test")
        let patriot = Claim(source: b.id, value: "Patriot", normalized: "weapon:patriot",
                            quote: "- A `Patriot` | col | ![img](http://evil.example/p.png)", location: location(b, 7),
                            qualifiers: ["hedge:allegedly"], rule: "test")
        let count = Claim(source: b.id, value: "1. five_", normalized: "5", quote: "Dead: 1. five_ <script>x</script>",
                          location: location(b, 9), qualifiers: [], rule: "test")
        let event = Event(id: "s/2025-11-14", label: "2025-11-14: strike; summons: Kyiv # <x>", date: "2025-11-14",
                          story: "s", sources: [a.id, b.id], isMain: true)
        result.events = [event]
        result.facts = [
            Fact(id: "s/2025-11-14/weapon", event: event.id, slot: "weapon", key: nil, status: .conflict, agreement: 0.5,
                 claims: [iskander, patriot]),
            Fact(id: "s/2025-11-14/killed", event: event.id, slot: "killed", key: "| x |", status: .single, agreement: 1,
                 claims: [count]),
        ]
        result.findings = [
            Finding(id: "c1", kind: .conflict, severity: .error, event: event.id, slot: "weapon",
                    message: "“Iskander” vs “Patriot” <script>", claims: [iskander, patriot], missingFrom: []),
            Finding(id: "o1", kind: .omission, severity: .warning, event: event.id, slot: "killed",
                    message: "stated by one | not the other", claims: [count], missingFrom: [a.id]),
            Finding(id: "v1", kind: .variant, severity: .note, event: "s", slot: "place",
                    message: "story-wide [variant](x)", claims: [iskander], missingFrom: []),
        ]
        result.scores = Scores(agreement: 0.5, sources: [a.id: .init(coverage: 1, consistency: 0.5), b.id: .init(coverage: 0.5, consistency: 0.5)],
                               matrix: [a.id: [b.id: 0.5], b.id: [a.id: 0.5]])
        result.diagnostics = [Diagnostic(.note, path: "Corpus/<evil>.bin", "not a report | skipped")]
        return result
    }

    /// The tables of a Markdown text: runs of lines starting with `|`.
    static func tables(_ text: String) -> [[String]] {
        var tables: [[String]] = [], current: [String] = []
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("|") { current.append(line) } else if !current.isEmpty { tables.append(current); current = [] }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// Unescaped `|` in a table line.
    static func cellCount(_ line: String) -> Int {
        var count = 0, escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}

/// `Reports/Corpus.md` is exactly what `verify Corpus` writes; `VERIFY_RECORD=1` updates it.
@Suite struct ReportIsCurrentTests {
    @Test func corpusReportIsCurrent() throws {
        let report = MarkdownReport(result: try MarkdownCorpus.result(), reportDirectory: "Reports").render()
        MarkdownSnapshot.assert(report, matches: TestPaths.repositoryRoot.appendingPathComponent("Reports/Corpus.md"))
    }
}
