/// `verify diff <a> <b>`: two sources side by side as Markdown, one row per aligned fact
/// (event date, slot/key, the value in A and in B with line links, status), then the quotes.
public struct SourceDiff: Sendable {
    /// How a fact compares between the two sources.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Both state it with the same normalised value.
        case same
        /// Both state it with different normalised values.
        case different
        /// Only A states it.
        case onlyInA = "only in A"
        /// Only B states it.
        case onlyInB = "only in B"
    }

    /// One aligned fact.
    public struct Row: Sendable, Hashable {
        /// The event's date (`2025-11-14`, `2024-01`, `undated`), or the event id when unknown.
        public var date: String
        /// The fact.
        public var fact: Fact
        /// A's first claim of the fact.
        public var a: Claim?
        /// B's first claim of the fact.
        public var b: Claim?
        /// How they compare.
        public var status: Status
    }

    /// Source A.
    public var a: SourceSummary
    /// Source B.
    public var b: SourceSummary
    /// The aligned facts, in result order (by event, then slot).
    public var rows: [Row]
    /// The folder the Markdown goes to (`"."` for standard output); links are relative to it.
    public var reportDirectory: String

    /// Compares sources `a` and `b` (ids) of `result`.
    public init(result: VerificationResult, a: SourceSummary, b: SourceSummary, reportDirectory: String = ".") {
        self.a = a
        self.b = b
        self.reportDirectory = reportDirectory
        let dates = Dictionary(result.events.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        rows = result.facts.compactMap { fact in
            let claimA = fact.claims.first { $0.source == a.id }
            let claimB = fact.claims.first { $0.source == b.id }
            let status: Status
            switch (claimA, claimB) {
            case let (x?, y?): status = x.normalized == y.normalized ? .same : .different
            case (_?, nil): status = .onlyInA
            case (nil, _?): status = .onlyInB
            case (nil, nil): return nil
            }
            return Row(date: dates[fact.event] ?? fact.event, fact: fact, a: claimA, b: claimB, status: status)
        }
    }

    /// Reads the two files, verifies them together and lines their facts up.
    /// - Throws: ``VerifyError`` naming the file when one is missing, not a report, or unreadable.
    public static func load(_ pathA: String, _ pathB: String, rules: RuleSet, referenceDate: PublishedTime? = nil,
                            options: IngestOptions = IngestOptions()) throws(VerifyError) -> SourceDiff {
        let corpus = try CorpusLoader.load(paths: [pathA, pathB], rules: rules, options: options)
        let result = Verifier.verify(corpus, rules: rules, referenceDate: referenceDate)
        func source(_ path: String, _ fallback: Int) throws(VerifyError) -> SourceSummary {
            if let found = result.sources.first(where: { $0.path == path }) { return found }
            if let note = corpus.diagnostics.first(where: { $0.path == path }) {
                throw VerifyError("\(path): \(note.message)", diagnostics: corpus.diagnostics)
            }
            guard result.sources.indices.contains(fallback) else {
                throw VerifyError("\(path): could not be read", diagnostics: corpus.diagnostics)
            }
            return result.sources[fallback]
        }
        let a = try source(pathA, 0)
        let b = try source(pathB, result.sources.count > 1 ? 1 : 0)
        return SourceDiff(result: result, a: a, b: b)
    }

    /// Counts of rows by status.
    public var counts: [Status: Int] { Dictionary(grouping: rows, by: \.status).mapValues(\.count) }

    /// The Markdown: a title, the two sources, counts, the table, then each row's quotes.
    public func render() -> String {
        let linker = SourceLinker(reportDirectory: reportDirectory)
        let counts = self.counts
        var lines = ["# \(MarkdownEscaping.text(a.id)) vs \(MarkdownEscaping.text(b.id))", "",
                     "- **A**: " + describe(a, linker), "- **B**: " + describe(b, linker), "",
                     Status.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: " · "), ""]
        guard !rows.isEmpty else {
            lines.append("No fact was extracted from either source.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("| # | event | fact | A | B | status |")
        lines.append("| ---: | --- | --- | --- | --- | --- |")
        for (index, row) in rows.enumerated() {
            let status = row.status == .different ? "**⚠ different**" : Self.label(row)
            lines.append("| \(index + 1) | \(MarkdownEscaping.text(row.date)) | \(FactMatrix.rowLabel(row.fact)) | "
                         + cell(row.a, linker) + " | " + cell(row.b, linker) + " | " + status + " |")
        }
        lines.append("")
        lines.append("## Quotes")
        lines.append("")
        for (index, row) in rows.enumerated() {
            lines.append("\(index + 1)\\. \(MarkdownEscaping.text(row.date)), \(FactMatrix.rowLabel(row.fact)) — \(Self.label(row))")
            lines.append("")
            for (name, claim) in [("A", row.a), ("B", row.b)] {
                guard let claim else { continue }
                lines.append("- \(name), \(linker.link(claim.location)):")
                lines.append("  > " + MarkdownEscaping.quote(claim.quote, highlighting: claim.value))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The status as shown: `same, written differently` when the values agree but are spelt differently.
    static func label(_ row: Row) -> String {
        if row.status == .same, let a = row.a, let b = row.b, a.value != b.value { return "same, written differently" }
        return row.status.rawValue
    }

    private func describe(_ source: SourceSummary, _ linker: SourceLinker) -> String {
        var parts = [linker.link(source.path, toFile: source.path)]
        if let outlet = source.outlet { parts.append(MarkdownEscaping.text(outlet)) }
        if let published = source.published { parts.append(MarkdownEscaping.text(published)) }
        if let title = source.title { parts.append("“" + MarkdownEscaping.text(title) + "”") }
        return parts.joined(separator: " · ")
    }

    private func cell(_ claim: Claim?, _ linker: SourceLinker) -> String {
        guard let claim else { return "—" }
        return MarkdownFormat.value(claim.value) + " (" + linker.link(claim.location) + ")"
    }
}
