/// Facts about this build of the library.
public enum VerifyKitInfo {
    /// The tool's version, as `verify --version` prints it.
    public static let version = ToolInfo.currentVersion
}
