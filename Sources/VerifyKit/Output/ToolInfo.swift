/// The tool's name and version, as written into every machine-readable output.
public struct ToolInfo: Sendable, Codable, Hashable {
    /// Always "verify".
    public var name = "verify"
    /// Semantic version of the tool.
    public var version = ToolInfo.currentVersion

    /// The version of this build.
    public static let currentVersion = "0.1.0"
    /// Version of the JSON schema written by `--format json`.
    public static let schemaVersion = 1
}
