import Foundation

/// Finds the folder of the shipped rule files wherever the tool runs: beside the
/// executable as SwiftPM lays it out (`verify_VerifyKit.resources`), under
/// `<prefix>/share/verify` after `make install`, or where `VERIFY_RESOURCES` points.
enum ResourceLocator {
    /// The name SwiftPM gives the library's resource folder.
    static let bundleName = "verify_VerifyKit.resources"

    /// The folder holding the shipped YAML files.
    /// - Throws: ``RuleError`` naming the places looked in, when none holds them.
    static func shippedRules() throws(RuleError) -> URL {
        let candidates = candidateFolders()
        for folder in candidates where FileManager.default.fileExists(atPath: folder.appendingPathComponent("units.yaml").path) {
            return folder
        }
        throw RuleError(path: candidates.map(\.path).joined(separator: ", "),
                        problem: "the shipped rule files are not there (a packaging error; set VERIFY_RESOURCES to their folder)")
    }

    /// Where to look, first match wins.
    static func candidateFolders() -> [URL] {
        var folders: [URL] = []
        if let override = ProcessInfo.processInfo.environment["VERIFY_RESOURCES"], !override.isEmpty {
            folders.append(URL(fileURLWithPath: override))
        }
        for executableFolder in executableFolders() {
            folders.append(executableFolder.appendingPathComponent(bundleName))
            folders.append(executableFolder.deletingLastPathComponent().appendingPathComponent("share/verify"))
        }
        // A test runner (`swift test`): the xctest bundle sits beside the resources.
        folders.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        return folders
    }

    /// The running executable's folder, through symbolic links and as invoked.
    private static func executableFolders() -> [URL] {
        var folders: [URL] = []
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: resolved).deletingLastPathComponent())
        }
        if let url = Bundle.main.executableURL { folders.append(url.resolvingSymlinksInPath().deletingLastPathComponent()) }
        return folders
    }
}
