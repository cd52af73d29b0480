import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files below a corpus folder, found without trusting what the folder holds: hidden
/// entries are skipped; symbolic links are not followed unless asked (a link may point
/// outside the corpus, at a file the user never meant to publish in a report, or loop back
/// on itself); anything that is not a regular file or folder is named and skipped.
///
/// - A link to something inside the corpus is skipped with a note: what it points to is
///   read under its own name, so the same report is not counted twice.
/// - A link to something outside is skipped with a warning, or read when
///   `followingLinks` is set; a linked folder is then walked once (a loop is named).
/// - A broken link, an unreadable folder, a device or a pipe is skipped with a warning.
struct CorpusWalk {
    /// Relative paths of regular files, sorted by their UTF-8 bytes.
    private(set) var files: [String] = []
    /// One line per entry skipped, in path order.
    private(set) var diagnostics: [Diagnostic] = []

    /// Walks `root` (shown to the user as `displayRoot`).
    init(root: URL, displayRoot: String, followingLinks: Bool) {
        let rootPath = Self.realPath(root.path) ?? root.standardizedFileURL.path
        var visited: Set<String> = [rootPath]
        var pending: [(path: String, relative: String)] = [(root.path, "")]
        func display(_ relative: String) -> String {
            displayRoot.hasSuffix("/") ? displayRoot + relative : displayRoot + "/" + relative
        }
        while let (folder, relativeFolder) = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                diagnostics.append(Diagnostic(.warning, path: relativeFolder.isEmpty ? displayRoot : display(relativeFolder),
                                              "folder cannot be read; skipped"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = folder + "/" + name
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                switch Self.kind(path) {
                case .regular:
                    files.append(relative)
                case .directory:
                    // A folder reached twice (through a link followed earlier) is walked once.
                    if visited.insert(Self.realPath(path) ?? path).inserted { pending.append((path, relative)) }
                case .link:
                    guard let target = Self.realPath(path) else {
                        diagnostics.append(Diagnostic(.warning, path: display(relative), "broken symbolic link; skipped"))
                        continue
                    }
                    let targetIsFolder = Self.kind(target) == .directory
                    if target == rootPath || target.hasPrefix(rootPath + "/") {
                        let inside = String(target.dropFirst(rootPath.count).drop { $0 == "/" })
                        diagnostics.append(Diagnostic(.note, path: display(relative),
                                                      "symbolic link to \(inside.isEmpty ? "the corpus folder" : inside) inside the corpus; not followed (read under its own name)"))
                    } else if !followingLinks {
                        diagnostics.append(Diagnostic(.warning, path: display(relative),
                                                      "symbolic link to \(targetIsFolder ? "a folder" : "a file") outside the corpus (\(target)); not followed (--follow-symlinks reads it)"))
                    } else if targetIsFolder {
                        if visited.insert(target).inserted {
                            pending.append((target, relative))
                        } else {
                            diagnostics.append(Diagnostic(.warning, path: display(relative),
                                                          "symbolic link to a folder already read (\(target)): a loop or a second name; not followed"))
                        }
                    } else if Self.kind(target) == .regular {
                        files.append(relative)
                    } else {
                        diagnostics.append(Diagnostic(.warning, path: display(relative), "symbolic link to something that is not a regular file; skipped"))
                    }
                case .other:
                    diagnostics.append(Diagnostic(.warning, path: display(relative), "not a regular file (a device, pipe or socket); skipped"))
                }
            }
        }
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        diagnostics.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// What an entry is, without following it when it is a link.
    private enum Kind { case regular, directory, link, other }

    private static func kind(_ path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The path with every link resolved, or nil when it leads nowhere.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
