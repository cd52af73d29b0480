/// Scaffold: replaced by the aligner.
struct Aligner {
    let documents: [SourceDocument]
    let extracted: [[ExtractedSentence]]

    func run(diagnostics: [Diagnostic]) -> VerificationResult {
        VerificationResult(sources: documents.map(SourceSummary.init), events: [], facts: [], findings: [],
                           scores: Scores(agreement: nil, sources: [:], matrix: [:]), diagnostics: diagnostics)
    }
}
