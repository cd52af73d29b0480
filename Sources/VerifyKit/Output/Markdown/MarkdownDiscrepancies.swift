/// `## Discrepancies`: findings grouped by event (the events with conflicts first, then
/// the main event), and within an event conflicts, updates, omissions, variants; each with
/// every claim's source, value, quote (value in bold) and a link to its line.
struct MarkdownDiscrepancies {
    /// The result.
    var result: VerificationResult
    /// Makes links relative to the report's folder.
    var linker: SourceLinker

    /// One event's findings, or the story-wide ones.
    struct Group {
        var heading: String
        var findings: [Finding]
        var order: (Int, Int, Int)
    }

    /// The section.
    func render() -> String {
        var lines = ["## Discrepancies", ""]
        let groups = self.groups()
        if groups.isEmpty {
            lines.append(result.comparedAnything
                         ? "None: every fact stated by two or more of the sources compared agrees, and none of them leaves out what the others state."
                         : "None, because nothing was compared: no two sources state a fact in common.")
            return lines.joined(separator: "\n") + "\n"
        }
        for group in groups {
            lines.append("### " + group.heading)
            lines.append("")
            let names = group.findings.filter(OmissionRanking.isNameNote)
            for finding in group.findings where !OmissionRanking.isNameNote(finding) { lines += render(finding) }
            lines += renderNames(names)
        }
        return lines.joined(separator: "\n")
    }

    /// Findings grouped by event, in reading order.
    func groups() -> [Group] {
        let index = Dictionary(result.events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let stories = Set(result.events.map(\.story))
        var order: [String] = []
        var byEvent: [String: [Finding]] = [:]
        for finding in result.findings {
            if byEvent[finding.event] == nil { order.append(finding.event) }
            byEvent[finding.event, default: []].append(finding)
        }
        let groups = order.map { id -> Group in
            let findings = sortedByKind(byEvent[id] ?? [])
            let rank = findings.map(\.kind.rank).min() ?? 0
            if let position = index[id] {
                let event = result.events[position]
                return Group(heading: Self.eventHeading(event), findings: findings,
                             order: (rank, event.isMain ? 0 : 1, position))
            }
            let heading = stories.count > 1 ? "Across the story (\(MarkdownEscaping.text(id)))" : "Across the story"
            return Group(heading: heading, findings: findings, order: (rank, 1, result.events.count))
        }
        return groups.enumerated().sorted { lhs, rhs in
            lhs.element.order != rhs.element.order ? lhs.element.order < rhs.element.order : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// `2025-11-14 — strike, summons — Kyiv (main event)`, Markdown-escaped.
    static func eventHeading(_ event: Event) -> String {
        var label = event.label
        if label.hasPrefix(event.date) { label = String(label.dropFirst(event.date.count).drop { $0 == ":" || $0 == " " }) }
        let text = MarkdownEscaping.text(event.date + (label.isEmpty ? "" : " — " + label))
        return text + (event.isMain ? " (main event)" : "")
    }

    private func sortedByKind(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            lhs.element.kind != rhs.element.kind ? lhs.element.kind < rhs.element.kind : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// `#### ⚠ Conflict: weapon`, the message, one item per claim with its quote, and for
    /// omissions the sources that do not state it.
    func render(_ finding: Finding) -> [String] {
        var lines = ["#### \(Self.symbol(finding.kind)) \(finding.kind.rawValue.capitalized): \(MarkdownEscaping.text(finding.slot))", ""]
        lines.append("*\(finding.severity.rawValue)* — " + MarkdownEscaping.text(finding.message))
        lines.append("")
        for claim in finding.claims {
            var item = "- **\(MarkdownEscaping.text(claim.source))**: \(MarkdownFormat.value(claim.value))"
            if !claim.qualifiers.isEmpty { item += " (\(MarkdownEscaping.text(claim.qualifiers.joined(separator: ", "))))" }
            item += " — " + linker.link(claim.location)
            lines.append(item)
            lines.append("  > " + MarkdownEscaping.quote(claim.quote, highlighting: claim.value))
        }
        if finding.kind == .omission, !finding.missingFrom.isEmpty {
            if !finding.claims.isEmpty { lines.append("") }
            lines.append("Not stated by: " + finding.missingFrom.map { "**\(MarkdownEscaping.text($0))**" }.joined(separator: ", "))
        }
        lines.append("")
        return lines
    }

    /// Names that sources leave out (omissions of note severity), one line per source that
    /// leaves some out, each name with its kind and a link to where another source states
    /// it; the JSON has every one as a finding.
    func renderNames(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        var bySource: [String: [String]] = [:]
        for finding in findings {
            guard let claim = finding.claims.first else { continue }
            let name = "\(MarkdownFormat.value(claim.value)) (\(MarkdownEscaping.text(finding.slot)), \(linker.link(claim.source, line: claim.location)))"
            for source in finding.missingFrom { bySource[source, default: []].append(name) }
        }
        var lines = ["#### ∅ Names left out, by source", "",
                     "*note* — \(MarkdownFormat.plural(findings.count, "name")) of this event that some sources state and others do not:", ""]
        for source in bySource.keys.sorted() {
            lines.append("- **\(MarkdownEscaping.text(source))** leaves out " + bySource[source]!.joined(separator: ", "))
        }
        lines.append("")
        return lines
    }

    /// ⚠ conflict, ↻ update, ∅ omission, ≈ variant.
    static func symbol(_ kind: Finding.Kind) -> String {
        switch kind {
        case .conflict: "⚠"
        case .update: "↻"
        case .omission: "∅"
        case .variant: "≈"
        }
    }
}
