import ArgumentParser
import Foundation
import VerifyKit
import VerifyStore

/// Where extraction results are kept between runs (`.verify-cache/` beside the corpus).
struct CacheOptions: ParsableArguments {
    @Option(name: .customLong("cache"), help: "Folder of the extraction cache (default .verify-cache beside the first corpus path).")
    var folder: String?

    @Flag(name: .customLong("no-cache"), help: "Read and extract every report; neither use nor update the cache.")
    var disabled = false

    /// The default folder: `.verify-cache` in the folder that holds the first path.
    static func defaultFolder(for paths: [String]) -> String {
        let first = URL(fileURLWithPath: paths.first ?? "Corpus").standardizedFileURL
        return first.deletingLastPathComponent().appendingPathComponent(".verify-cache").path
    }

    /// The store of a run over `paths`, or nil (disabled, or unusable: said on standard error).
    func store(for paths: [String]) -> SQLiteExtractionStore? {
        guard !disabled else { return nil }
        let path = folder ?? Self.defaultFolder(for: paths)
        do {
            let store = try SQLiteExtractionStore(folder: path)
            for warning in store.warnings { Terminal.warning(warning) }
            return store
        } catch {
            Terminal.warning(error.description)
            return nil
        }
    }

    /// One note on what the store saved this run, and any trouble it had since it opened
    /// (what opening found was said then, once).
    static func report(_ store: SQLiteExtractionStore?) {
        guard let store else { return }
        let (hits, misses) = store.counts
        if hits + misses > 0 {
            Terminal.note("cache: \(hits) of \(hits + misses) report\(hits + misses == 1 ? "" : "s") reused, \(misses) read")
        }
        for warning in store.warnings.dropFirst(store.openingWarningCount) { Terminal.warning(warning) }
    }
}
