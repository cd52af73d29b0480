import Foundation

/// The tool's name and version, as written into every machine-readable output.
public struct ToolInfo: Sendable, Codable, Hashable {
    /// Always "verify".
    public var name = "verify"
    /// Semantic version of the tool.
    public var version = ToolInfo.currentVersion

    /// The version of this build.
    public static let currentVersion = "0.1.0"
    /// The version and this build of it: the size and modification time of the running
    /// executable, so that a rebuilt tool (whose extraction code may differ under the
    /// same version) never trusts what an older build cached.
    public static let buildIdentity: String = {
        // /proc/self/exe is a link whose own times are the process's: read its target.
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(currentVersion)+\(size).\(Int64(modified))"
    }()
    /// Version of the JSON schema written by `--format json`.
    public static let schemaVersion = 1
}
