/// The first screen: the verdict as the title, then what needs a decision (conflicts, then
/// updates), then at most ``OmissionRanking/firstScreen`` of the most important omissions,
/// then what else there is to check.
struct MarkdownSummary {
    /// The result summarised.
    var result: VerificationResult

    /// How the report's title opens.
    static let titlePrefix = "# Verification: "

    /// Whether `text` is a report this tool wrote ("# Verification: 12 sources · …"), which
    /// a later run over the folder it was written into must not read as a source.
    static func isReport(_ text: Substring) -> Bool {
        guard text.hasPrefix(titlePrefix) else { return false }
        let rest = text.dropFirst(titlePrefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && rest.dropFirst(digits.count).hasPrefix(" source")
    }

    /// The opening lines of the report.
    func render() -> String {
        let counts = result.counts
        var lines = [Self.titlePrefix + TextSummary(result: result).verdict, ""]
        // Each event's date, looked up once per finding (the first event of an id, as before).
        var dates: [String: String] = [:]
        for event in result.events where dates[event.id] == nil { dates[event.id] = event.date }
        func headline(_ finding: Finding) -> String { self.headline(finding, date: dates[finding.event]) }
        let conflicts = result.findings.filter { $0.kind == .conflict }
        let updates = result.findings.filter { $0.kind == .update }
        if !result.comparedAnything {
            lines.append("**Nothing could be compared:** no two sources state a fact in common, so no source was checked against another.")
        } else if conflicts.isEmpty {
            let compared = result.comparedSources.count
            lines.append(result.uncompared.isEmpty
                         ? "**No conflicts:** no source contradicts another on the same fact."
                         : "**No conflicts** among the \(compared) sources compared on at least one fact.")
        } else {
            lines.append("**⚠ \(MarkdownFormat.plural(conflicts.count, "conflict")) to resolve before publication:**")
            lines.append("")
            lines += conflicts.map { "- ⚠ " + headline($0) }
        }
        if !updates.isEmpty {
            lines.append("")
            lines.append("**↻ \(MarkdownFormat.plural(updates.count, "update")) (figures that change as reports come in):**")
            lines.append("")
            lines += updates.map { "- ↻ " + headline($0) }
        }
        let omissions = OmissionRanking.top(result.findings)
        let omissionCount = counts[.omission] ?? 0
        if !omissions.isEmpty {
            lines.append("")
            lines.append(omissions.count == omissionCount
                         ? "**∅ \(MarkdownFormat.plural(omissionCount, "omission")) (facts some sources leave out):**"
                         : "**∅ The \(omissions.count) most important of \(omissionCount) omissions (facts some sources leave out):**")
            lines.append("")
            lines += omissions.map { "- ∅ " + headline($0) }
        }
        lines += uncomparedLines()
        lines += copyLines()
        let rest = [Finding.Kind.omission, .variant].compactMap { kind -> String? in
            guard var count = counts[kind], count > 0 else { return nil }
            if kind == .omission { count -= omissions.count }
            guard count > 0 else { return nil }
            return kind == .omission ? "\(count) more " + (count == 1 ? "omission" : "omissions") : MarkdownFormat.plural(count, kind.rawValue)
        }
        lines.append("")
        if !rest.isEmpty {
            lines.append("Also to check: " + rest.joined(separator: " and ") + ", under [Discrepancies](#discrepancies).")
            lines.append("")
        }
        lines.append("[Sources](#sources) · [Timeline](#timeline) · [Discrepancies](#discrepancies) · "
                     + "[Fact matrix](#fact-matrix) · [Agreement](#agreement-between-sources) · "
                     + "[How this was computed](#how-this-was-computed)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Sources no other was compared with, grouped by reason, at most ``listedUncompared``
    /// named per reason (the JSON lists them all).
    func uncomparedLines() -> [String] {
        guard !result.uncompared.isEmpty else { return [] }
        var lines = ["", "**⊘ \(MarkdownFormat.plural(result.uncompared.count, "source")) not compared** (no finding can be said about them):", ""]
        for reason in [UncomparedSource.Reason.aloneInStory, .noSharedFact, .onlyCopies] {
            let sources = result.uncompared.filter { $0.reason == reason }.map(\.source)
            guard !sources.isEmpty else { continue }
            let named = MarkdownFormat.sources(Array(sources.prefix(Self.listedUncompared)))
            let more = sources.count > Self.listedUncompared ? " and \(sources.count - Self.listedUncompared) more" : ""
            let why = switch reason {
            case .aloneInStory: "no other source reports their story"
            case .noSharedFact: "the other sources of their story state none of their facts"
            case .onlyCopies: "the other sources of their story are copies of one text with them"
            }
            lines.append("- ⊘ \(why): \(named)\(more)")
        }
        return lines
    }

    /// Sources that repeat another's text, counted once with it, at most ``listedCopies``
    /// named (the Sources section and the JSON list them all).
    func copyLines() -> [String] {
        guard !result.copies.isEmpty else { return [] }
        var lines = ["", "**⧉ \(MarkdownFormat.plural(result.copies.count, "source")) repeating another's text** (one voice with it in agreement):", ""]
        for copy in result.copies.prefix(Self.listedCopies) {
            let how = copy.kind == .sameText ? "the same text as" : "a near-copy (\(copy.sharedPercent)% shared) of"
            lines.append("- ⧉ \(MarkdownFormat.sources([copy.source])) is \(how) \(MarkdownFormat.sources([copy.original]))")
        }
        if result.copies.count > Self.listedCopies { lines.append("- and \(result.copies.count - Self.listedCopies) more") }
        return lines
    }

    /// Uncompared sources named per reason on the first screen.
    static let listedUncompared = 20
    /// Copies named on the first screen.
    static let listedCopies = 20

    /// Each side of a conflict: its value as one of its sources wrote it, then every source
    /// of the side with whom it cites ("reuters, according to officials"); a denied agent
    /// of a cause dispute is marked "denied:". When the claims are laid out side by side
    /// (a cause dispute: each side's claims in turn), each side quotes its own first claim;
    /// otherwise its first source's.
    static func conflictSides(_ finding: Finding) -> [String] {
        let bySide = finding.claims.map(\.source) == finding.groups.flatMap { $0 }
        var offset = 0
        return finding.groups.compactMap { sources -> String? in
            let claims = bySide ? Array(finding.claims[offset..<offset + sources.count])
                : sources.compactMap { source in finding.claims.first { $0.source == source } }
            offset += sources.count
            guard let first = claims.first else { return nil }
            let denied = finding.slot == "cause" && first.qualifiers.contains(Qualifier.negated.rawValue)
            let who = claims.map { claim in
                MarkdownEscaping.text(claim.source)
                    + (claim.qualifiers.lazy.compactMap { Qualifier(rawValue: $0).speaker }.first.map { ", according to " + MarkdownEscaping.text($0) } ?? "")
            }
            return (denied ? "denied: " : "") + "\(MarkdownFormat.value(first.value)) (\(who.joined(separator: "; ")))"
        }
    }

    /// `**weapon**, 2025-11-14: “Iskander” (a, b) vs “Patriot” (c)`.
    func headline(_ finding: Finding, date: String?) -> String {
        let subject = "**\(MarkdownEscaping.text(finding.slot))**" + (date.map { ", " + MarkdownEscaping.text($0) } ?? "")
        return subject + ": " + Self.values(finding)
    }

    /// The finding's values with their sources: by the finding's groups of compatible values
    /// (conflicts), else grouped by normalised value (variants), joined with `vs`; or in
    /// report order joined with `→` (updates).
    static func values(_ finding: Finding) -> String {
        if finding.kind == .update {
            return finding.claims.map { "\(MarkdownFormat.value($0.value)) (\(MarkdownEscaping.text($0.source)))" }
                .joined(separator: " → ")
        }
        if finding.kind == .conflict, !finding.groups.isEmpty {
            return conflictSides(finding).joined(separator: " vs ")
        }
        if finding.kind == .omission, let lead = finding.claims.first {
            // The fact as its first stating source gives it, who states it, who leaves it out.
            var sources: [String] = []
            for claim in finding.claims where !sources.contains(claim.source) { sources.append(claim.source) }
            return "\(MarkdownFormat.value(lead.value)) (\(MarkdownFormat.sources(sources)))"
                + (finding.missingFrom.isEmpty ? "" : "; not in " + MarkdownFormat.sources(finding.missingFrom))
        }
        var order: [String] = []
        var groups: [String: [Claim]] = [:]
        for claim in finding.claims {
            if groups[claim.normalized] == nil { order.append(claim.normalized) }
            groups[claim.normalized, default: []].append(claim)
        }
        let text = order.map { key -> String in
            let claims = groups[key] ?? []
            var sources: [String] = []
            for claim in claims where !sources.contains(claim.source) { sources.append(claim.source) }
            return "\(MarkdownFormat.value(claims[0].value)) (\(MarkdownFormat.sources(sources)))"
        }.joined(separator: " vs ")
        if finding.kind == .omission, !finding.missingFrom.isEmpty {
            return text + "; not in " + MarkdownFormat.sources(finding.missingFrom)
        }
        return text
    }
}
