import Foundation

/// Paths as outputs write them: relative to a base folder when they lie under it, with `/`
/// separators and no `./` prefix; other paths are kept as given.
enum WorkspacePath {
    /// `path` relative to `base` (both may be relative to the working directory).
    static func make(_ path: String, base: String) -> String {
        let absolute = standardized(path)
        let root = standardized(base)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if absolute.hasPrefix(prefix) { return String(absolute.dropFirst(prefix.count)) }
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        return path
    }

    /// An absolute, standardised form of `path` (resolved against the working directory).
    static func standardized(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }
}
