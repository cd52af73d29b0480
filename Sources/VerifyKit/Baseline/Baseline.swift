import Foundation

/// Findings accepted on purpose, as `--write-baseline` records them and `--baseline` reads
/// them: keyed on each finding's content fingerprint (never on line numbers), so a baseline
/// survives edits to the sources. Written as pretty JSON with sorted keys for reviewable diffs:
/// `{"schemaVersion": 1, "tool": {…}, "findings": [{"id": …, "kind": …, …}]}`.
public struct Baseline: Sendable, Codable, Hashable {
    /// One accepted finding. Only ``id`` is matched; the rest is there for the reviewer.
    public struct Entry: Sendable, Codable, Hashable {
        /// The finding's fingerprint (``Finding/id``).
        public var id: String
        /// `conflict`, `update`, `omission` or `variant`.
        public var kind: Finding.Kind
        /// The event the finding is about.
        public var event: String
        /// The slot concerned.
        public var slot: String
        /// The finding's message when it was accepted.
        public var message: String
        /// The normalised values involved, sorted and unique.
        public var values: [String]
        /// The files the claims come from, relative to the baseline's folder, sorted and unique.
        public var sources: [String]
    }

    /// Version of this file's layout.
    public static let currentSchemaVersion = 1
    /// The name `verify` looks for in the working directory when no `--baseline` is given.
    public static let defaultFileName = ".verify-baseline.json"

    /// Version of this file's layout (1).
    public var schemaVersion: Int
    /// The tool that wrote it.
    public var tool: ToolInfo
    /// Accepted findings, sorted by id.
    public var findings: [Entry]

    /// A baseline accepting `findings`; source paths are written relative to `directory`
    /// (the folder the baseline file goes to) when they lie under it.
    public init(findings: [Finding], relativeTo directory: String) {
        schemaVersion = Self.currentSchemaVersion
        tool = ToolInfo()
        var byID: [String: Entry] = [:]
        for finding in findings {
            let paths = finding.claims.map { WorkspacePath.make($0.location.path, base: directory) }
            let entry = Entry(id: finding.id, kind: finding.kind, event: finding.event, slot: finding.slot,
                              message: finding.message, values: Array(Set(finding.claims.map(\.normalized))).sorted(),
                              sources: Array(Set(paths)).sorted())
            byID[finding.id] = byID[finding.id] ?? entry
        }
        self.findings = byID.values.sorted { $0.id < $1.id }
    }

    /// The ids accepted.
    public var ids: Set<String> { Set(findings.map(\.id)) }

    /// The file's text: pretty JSON, keys sorted, a final newline.
    public func encoded() -> String { JSONOutput.encode(self) }

    /// Reads a baseline file; an unreadable or malformed file is a ``VerifyError`` naming it.
    public static func load(path: String) throws(VerifyError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw VerifyError("\(path): cannot read the baseline file")
        }
        return try read(data, path: path)
    }

    /// Reads the bytes of a baseline file named `path` (for messages).
    package static func read(_ data: Data, path: String) throws(VerifyError) -> Baseline {
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw VerifyError("\(path): not a verify baseline (expected {\"schemaVersion\": 1, \"tool\": …, \"findings\": […]})")
        }
        guard baseline.schemaVersion == currentSchemaVersion else {
            throw VerifyError("\(path): baseline schemaVersion \(baseline.schemaVersion) is not supported (this verify reads \(currentSchemaVersion))")
        }
        return baseline
    }
}
