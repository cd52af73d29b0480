import Testing
@testable import VerifyKit

/// Every output format is registered once, under the name the docs give it.
@Suite struct ReportFormatsTests {
    @Test func everyFormatIsRegisteredUnderItsDocumentedName() {
        #expect(ReportFormats.identifiers == ["text", "markdown", "json", "sarif", "github"])
        #expect(Set(ReportFormats.identifiers).count == ReportFormats.all.count)
        for format in ReportFormats.all {
            #expect(ReportFormats.named(format.identifier).map(ObjectIdentifier.init) == ObjectIdentifier(format))
            #expect(!format.summary.isEmpty)
        }
        #expect(ReportFormats.named("html") == nil)
        #expect(ReportFormats.named("JSON") == nil)
    }

    @Test func onlyTheTextIsForATerminalAndOnlyGitHubHasAJobSummary() throws {
        let gated = GatedResult(result: try MarkdownCorpus.result())
        #expect(ReportFormats.all.filter { $0.isForTerminal }.map { $0.identifier } == ["text"])
        #expect(ReportFormats.all.filter { $0.stepSummary(gated) != nil }.map { $0.identifier } == ["github"])
    }

    @Test func formatsRenderWhatTheirRenderersDo() throws {
        let gated = GatedResult(result: try MarkdownCorpus.result())
        let context = RenderContext(reportDirectory: ".", referenceDate: nil)
        #expect(JSONReportFormat.render(gated, context: context) == gated.json())
        #expect(TextReportFormat.render(gated, context: context) == GatedSummary(gated: gated).text())
        #expect(SARIFReportFormat.render(gated, context: context) == SARIFReport(gated: gated).render())
        #expect(MarkdownReportFormat.render(gated, context: context)
                == MarkdownReport(result: gated.result, reportDirectory: ".").render())
        #expect(GitHubReportFormat.render(gated, context: context) == GitHubAnnotations(gated: gated).render())
    }
}
