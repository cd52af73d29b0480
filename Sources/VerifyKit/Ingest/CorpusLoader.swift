import Foundation

/// The reports of a run, in a fixed order (by path), and what went wrong on the way.
public struct Corpus: Sendable {
    /// Every report that could be read, ordered by path.
    public var documents: [SourceDocument]
    /// One line per file that was skipped or read with a caveat.
    public var diagnostics: [Diagnostic]
}

/// Options that change how sources are read.
public struct IngestOptions: Sendable {
    /// Largest file read by default, in bytes (64 MiB).
    public static let defaultMaximumFileSize = 64 * 1024 * 1024

    /// Year used for datelines that omit it (`BAKU, Nov 14 (Reuters)`), from `--reference-date`.
    public var referenceYear: Int?
    /// Whether symbolic links that point outside the corpus folder are read (`--follow-symlinks`).
    public var followingLinks: Bool
    /// Largest file read, in bytes; a larger one is skipped with a warning (`--max-file-size`).
    public var maximumFileSize: Int

    /// Creates options.
    public init(referenceYear: Int? = nil, followingLinks: Bool = false, maximumFileSize: Int = IngestOptions.defaultMaximumFileSize) {
        self.referenceYear = referenceYear
        self.followingLinks = followingLinks
        self.maximumFileSize = maximumFileSize
    }
}

/// Finds the reports under the paths given (folders recursively, in a deterministic
/// order; hidden files skipped) and reads each one.
public enum CorpusLoader {
    /// Reads every report under `paths` with `rules` (page clutter, datelines, languages).
    /// - Throws: ``VerifyError`` when a path does not exist or no report could be read.
    public static func load(paths: [String], rules: RuleSet, options: IngestOptions = IngestOptions()) throws(VerifyError) -> Corpus {
        var (jobs, diagnostics) = try readJobs(paths: paths, options: options)
        let reader = DocumentReader(rules: rules, maximumFileSize: options.maximumFileSize)
        let outcomes = ParallelMap.map(jobs, makeState: { () }) { _, job in
            reader.read(url: job.url, id: job.id, path: job.path, format: job.format)
        }
        var documents: [SourceDocument] = []
        for (document, notes) in outcomes {
            diagnostics += notes
            if let document { documents.append(document) }
        }
        if documents.isEmpty { throw nothingRead(paths: paths, candidates: jobs.count, diagnostics: diagnostics) }
        return Corpus(documents: PublicationYears.complete(documents, referenceYear: options.referenceYear), diagnostics: diagnostics)
    }

    /// The error of a run where no report could be read.
    static func nothingRead(paths: [String], candidates: Int, diagnostics: [Diagnostic]) -> VerifyError {
        let names = paths.joined(separator: ", ")
        return VerifyError(candidates == 0 ? "\(names): no reports found (.txt, .md or .html)"
                                           : "\(names): none of the \(candidates) report files could be read",
                           diagnostics: diagnostics)
    }

    /// The report files under `paths`, with their ids, in a fixed order; notes on files
    /// that are not reports.
    /// - Throws: ``VerifyError`` when a path does not exist, a folder is empty, or a file given is not a report.
    static func readJobs(paths: [String], options: IngestOptions = IngestOptions()) throws(VerifyError) -> ([ReadJob], [Diagnostic]) {
        var candidates: [(url: URL, id: String, path: String, format: SourceFormat)] = []
        var diagnostics: [Diagnostic] = []
        var roots: [(url: URL, path: String, isDirectory: Bool)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw VerifyError("\(path): no such file or directory")
            }
            roots.append((URL(fileURLWithPath: path).standardizedFileURL, path, isDirectory.boolValue))
        }
        // Ids are relative to the folder given, or to the folders' common parent when
        // several paths are given, so that two cases' "reuters.txt" stay apart.
        let base = commonBase(roots.map { $0.isDirectory ? $0.url : $0.url.deletingLastPathComponent() })
        for root in roots {
            if root.isDirectory {
                // The folder's own path relative to the base, once: a file's is that and its
                // path in the folder (Foundation's URL arithmetic per file costs more than reading it).
                let rootPath = root.url.standardizedFileURL.path
                let rootRelative = relativePath(root.url, to: base)
                let walk = CorpusWalk(root: root.url, displayRoot: root.path, followingLinks: options.followingLinks)
                diagnostics += walk.diagnostics
                if walk.files.isEmpty && walk.diagnostics.isEmpty { throw VerifyError("\(root.path): no reports found (empty folder)") }
                for relative in walk.files {
                    let display = join(root.path, relative)
                    guard let format = SourceFormat(fileExtension: (relative as NSString).pathExtension) else {
                        diagnostics.append(Diagnostic(.note, path: display, "not a report (.txt, .md or .html); skipped"))
                        continue
                    }
                    if isPlain(relative), rootPath.hasPrefix(base), !rootPath.hasSuffix("/") {
                        let url = URL(fileURLWithPath: rootPath + "/" + relative, isDirectory: false)
                        candidates.append((url, stripExtension(rootRelative.isEmpty ? relative : rootRelative + "/" + relative),
                                           display, format))
                        continue
                    }
                    let url = root.url.appendingPathComponent(relative)
                    candidates.append((url, stripExtension(relativePath(url, to: base)), display, format))
                }
            } else {
                guard let format = SourceFormat(fileExtension: root.url.pathExtension) else {
                    throw VerifyError("\(root.path): not a report (expected .txt, .md or .html)")
                }
                candidates.append((root.url, stripExtension(relativePath(root.url, to: base)), root.path, format))
            }
        }
        disambiguate(&candidates)
        return (candidates.map { ReadJob(url: $0.url, id: $0.id, path: $0.path, format: $0.format) }, diagnostics)
    }

    /// One file to read.
    struct ReadJob: Sendable {
        var url: URL
        var id: String
        var path: String
        var format: SourceFormat
    }

    /// The deepest folder containing all of `folders` (the folder itself when there is one).
    private static func commonBase(_ folders: [URL]) -> String {
        var common = folders.first.map { $0.standardizedFileURL.pathComponents } ?? []
        for folder in folders.dropFirst() {
            let parts = folder.standardizedFileURL.pathComponents
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return NSString.path(withComponents: common)
    }

    private static func relativePath(_ url: URL, to base: String) -> String {
        let full = url.standardizedFileURL.path
        guard full.hasPrefix(base) else { return url.lastPathComponent }
        return String(full.dropFirst(base.count).drop { $0 == "/" })
    }

    /// Whether a relative path is only names: no empty, `.` or `..` component that
    /// standardizing a URL would change.
    private static func isPlain(_ relative: String) -> Bool {
        !relative.isEmpty && !relative.hasPrefix("/")
            && relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    private static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    private static func stripExtension(_ relative: String) -> String {
        (relative as NSString).deletingPathExtension
    }

    /// Two files that differ only by extension (`a.txt`, `a.md`) keep their extensions in their ids.
    private static func disambiguate(_ candidates: inout [(url: URL, id: String, path: String, format: SourceFormat)]) {
        var counts: [String: Int] = [:]
        for candidate in candidates { counts[candidate.id, default: 0] += 1 }
        for index in candidates.indices where counts[candidates[index].id]! > 1 {
            candidates[index].id += "." + candidates[index].url.pathExtension
        }
    }
}
