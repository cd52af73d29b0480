import Foundation

/// Findings as GitHub Actions annotations (`--format github`):
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, `warning` and
/// `notice` for the other severities. GitHub shows at most 10 annotations of each type per
/// step, so only the first ``limitPerLevel`` of each are printed, followed by one notice
/// saying how many more there are; ``GitHubStepSummary`` lists them all. Accepted findings
/// are not annotated. A source compared with no other is a `warning` on its file.
public struct GitHubAnnotations: Sendable {
    /// The result, with the baseline applied.
    public var gated: GatedResult
    /// Annotations printed per level.
    public var limitPerLevel: Int
    /// The folder `file=` paths are relative to (the workspace).
    public var baseDirectory: String

    /// Annotations for `gated`.
    public init(gated: GatedResult, limitPerLevel: Int = 10,
                baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.gated = gated
        self.limitPerLevel = limitPerLevel
        self.baseDirectory = baseDirectory
    }

    /// The workflow command of a severity.
    public static func command(for severity: Finding.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// One line per annotation, then a `::notice::` line per level that had more.
    public func render() -> String {
        var lines: [String] = []
        var printed: [Finding.Severity: Int] = [:]
        var skipped: [Finding.Severity: Int] = [:]
        for finding in gated.newFindings {
            if printed[finding.severity, default: 0] < limitPerLevel {
                printed[finding.severity, default: 0] += 1
                lines.append(annotation(finding))
            } else {
                skipped[finding.severity, default: 0] += 1
            }
        }
        let paths = Dictionary(gated.result.sources.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        for source in gated.result.uncompared {
            if printed[.warning, default: 0] < limitPerLevel {
                printed[.warning, default: 0] += 1
                lines.append(annotation(source, path: paths[source.source] ?? source.source))
            } else {
                skipped[.warning, default: 0] += 1
            }
        }
        for severity in [Finding.Severity.error, .warning, .note] {
            guard let count = skipped[severity] else { continue }
            lines.append("::notice title=verify::" + GitHubEscaping.message(
                "\(count) more \(Self.command(for: severity)) finding\(count == 1 ? "" : "s") not annotated (GitHub shows \(limitPerLevel) per type); see the job summary."))
        }
        if gated.usesBaseline, !gated.accepted.isEmpty {
            lines.append("::notice title=verify baseline::" + GitHubEscaping.message("\(gated.accepted.count) findings accepted by the baseline."))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The warning that a source was compared with no other, on its file.
    public func annotation(_ source: UncomparedSource, path: String) -> String {
        let properties = [("file", WorkspacePath.make(path, base: baseDirectory)), ("title", "verify (source not compared)")]
        let list = properties.map { "\($0.0)=\(GitHubEscaping.property($0.1))" }.joined(separator: ",")
        return "::warning \(list)::\(GitHubEscaping.message(source.message))"
    }

    /// The annotation of one finding, at its first claim.
    public func annotation(_ finding: Finding) -> String {
        var properties: [(String, String)] = []
        if let location = finding.claims.first?.location {
            properties += [("file", WorkspacePath.make(location.path, base: baseDirectory)), ("line", "\(location.line)"),
                           ("col", "\(location.column)"), ("endLine", "\(location.endLine)"),
                           ("endColumn", "\(location.endColumn)")]
        }
        properties.append(("title", "verify \(finding.kind.rawValue) (\(finding.slot))"))
        let list = properties.map { "\($0.0)=\(GitHubEscaping.property($0.1))" }.joined(separator: ",")
        return "::\(Self.command(for: finding.severity)) \(list)::\(GitHubEscaping.message(finding.message))"
    }
}
