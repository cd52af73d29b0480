import Foundation

/// Findings as a SARIF 2.1.0 log for code-scanning UIs (`--format sarif`): one rule per kind
/// and per kind and slot, one result per finding located at its first claim, the other claims
/// as related locations, the finding id as partial fingerprint, accepted findings suppressed.
/// Keys sorted, paths relative to the working directory, output deterministic.
public struct SARIFReport: Sendable {
    /// Where code-scanning UIs send people to learn about the tool. The project has no
    /// public address yet, so the optional `informationUri` is left out rather than invented.
    public static let informationURI: String? = nil
    /// The `partialFingerprints` key holding the finding id.
    public static let fingerprintKey = "verifyFindingId/v1"

    /// The result, with the baseline applied.
    public var gated: GatedResult
    /// The folder artifact URIs are relative to (normally the working directory).
    public var baseDirectory: String

    /// A report of `gated`, URIs relative to `baseDirectory`.
    public init(gated: GatedResult, baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.gated = gated
        self.baseDirectory = baseDirectory
    }

    /// A report of `result` without a baseline.
    public init(result: VerificationResult, baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.init(gated: GatedResult(result: result), baseDirectory: baseDirectory)
    }

    /// The log as JSON: keys sorted, pretty printed, a final newline.
    public func render() -> String { JSONOutput.encode(log()) }

    func log() -> SARIF.Log {
        let findings = gated.result.findings
        let rules = SARIFRules.rules(for: findings)
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let driver = SARIF.Driver(name: ToolInfo().name, version: ToolInfo.currentVersion,
                                  semanticVersion: ToolInfo.currentVersion,
                                  informationUri: Self.informationURI, rules: rules)
        var results = findings.map { result(for: $0, ruleIndex: index[SARIFRules.id(of: $0)] ?? 0) }
        let paths = Dictionary(gated.result.sources.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        results += gated.result.uncompared.map { source in
            result(for: source, path: paths[source.source] ?? source.source, ruleIndex: index[SARIFRules.uncomparedID] ?? 0)
        }
        return SARIF.Log(runs: [SARIF.Run(tool: .init(driver: driver), results: results)])
    }

    func result(for finding: Finding, ruleIndex: Int) -> SARIF.Result {
        let locations = finding.claims.enumerated().map { offset, claim in
            SARIF.Location(id: offset == 0 ? nil : offset, physicalLocation: physical(claim),
                           message: offset == 0 ? nil : .init(text: "\(claim.source): “\(claim.value)”"))
        }
        let accepted = gated.isAccepted(finding)
        var properties = ["event": finding.event, "kind": finding.kind.rawValue, "slot": finding.slot]
        if !finding.missingFrom.isEmpty { properties["missingFrom"] = finding.missingFrom.joined(separator: ", ") }
        return SARIF.Result(
            ruleId: SARIFRules.id(of: finding), ruleIndex: ruleIndex, level: finding.severity.rawValue,
            message: .init(text: finding.message), locations: Array(locations.prefix(1)),
            relatedLocations: locations.count > 1 ? Array(locations.dropFirst()) : nil,
            partialFingerprints: [Self.fingerprintKey: finding.id],
            baselineState: gated.usesBaseline ? (accepted ? "unchanged" : "new") : nil,
            suppressions: accepted ? [SARIF.Suppression(justification: "accepted in \(gated.baselinePath ?? Baseline.defaultFileName)")] : nil,
            properties: properties)
    }

    /// The warning that a source was compared with no other, located at the file's start.
    func result(for source: UncomparedSource, path: String, ruleIndex: Int) -> SARIF.Result {
        let physical = SARIF.PhysicalLocation(artifactLocation: .init(uri: SARIFURI.make(path, base: baseDirectory)),
                                              region: .init(startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        return SARIF.Result(
            ruleId: SARIFRules.uncomparedID, ruleIndex: ruleIndex, level: "warning",
            message: .init(text: source.message), locations: [SARIF.Location(physicalLocation: physical)],
            partialFingerprints: [Self.fingerprintKey: "uncompared/\(source.source)"],
            properties: ["reason": source.reason.rawValue, "source": source.source, "story": source.story])
    }

    func physical(_ claim: Claim) -> SARIF.PhysicalLocation {
        let location = claim.location
        return SARIF.PhysicalLocation(
            artifactLocation: .init(uri: SARIFURI.make(location.path, base: baseDirectory)),
            region: .init(startLine: location.line, startColumn: location.column,
                          endLine: max(location.endLine, location.line),
                          endColumn: location.endLine > location.line ? location.endColumn : max(location.endColumn, location.column),
                          snippet: .init(text: claim.value)))
    }
}
