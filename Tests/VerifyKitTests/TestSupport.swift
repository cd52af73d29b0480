import Foundation
import TestSupport

/// Paths the tests need: the repository root and, when present, ../shared/corpora.
enum TestPaths {
    static let repositoryRoot = RepositoryPaths.root

    /// `../shared/corpora` beside the checkout, or nil when absent (a user's clone).
    static let corpora = RepositoryPaths.corpora

    /// Case folders of the shared corpora, sorted; hidden folders (a `.verify-cache` that a
    /// run over one case leaves beside it) are no cases.
    static var cases: [URL] {
        guard let corpora else { return [] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpora.path)) ?? []).filter { !$0.hasPrefix(".") }
        return names.sorted().map { corpora.appendingPathComponent($0) }.filter { $0.hasDirectoryPath || isDirectory($0) }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verify-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
