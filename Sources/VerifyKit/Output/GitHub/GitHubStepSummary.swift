/// Every finding as a Markdown table for `$GITHUB_STEP_SUMMARY` (the job summary page), which
/// has no limit on the number of rows annotations have. Cells are escaped so a hostile quote
/// cannot break the table or inject links or HTML.
public struct GitHubStepSummary: Sendable {
    /// The result, with the baseline applied.
    public var gated: GatedResult

    /// A summary of `gated`.
    public init(gated: GatedResult) { self.gated = gated }

    /// `### verify` heading, the verdict, then `| | kind | slot | where | message |` rows.
    public func render() -> String {
        var lines = ["### verify", "", GatedSummary(gated: gated).verdict, ""]
        let findings = gated.result.findings
        if findings.isEmpty {
            lines.append("No findings.")
        } else {
            lines.append("| severity | kind | slot | where | message | status |")
            lines.append("| --- | --- | --- | --- | --- | --- |")
            for finding in findings {
                let place = finding.claims.first.map { "\($0.location.path):\($0.location.line)" } ?? ""
                let status = gated.isAccepted(finding) ? "accepted" : "new"
                lines.append("| " + [finding.severity.rawValue, finding.kind.rawValue, finding.slot, place, finding.message, status]
                    .map(Self.cell).joined(separator: " | ") + " |")
            }
        }
        if !gated.stale.isEmpty {
            lines.append("")
            lines.append(Self.cell("\(gated.stale.count) accepted findings no longer occur: " + gated.stale.map(\.id).joined(separator: ", ")))
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// Escapes Markdown and HTML in one table cell and keeps it on one line.
    public static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": out += " "
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "!", "~": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
