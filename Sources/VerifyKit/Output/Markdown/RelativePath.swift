import Foundation

/// Paths of sources as seen from the folder a report is written to, so that the report's
/// links open the right file wherever the report and corpus sit.
public enum RelativePath {
    /// `path` (as the claims carry it, relative to the working directory or absolute) as
    /// seen from `directory` (same conventions; `"."` or `""` for the working directory):
    /// `Corpus/x.txt` from `Reports` is `../Corpus/x.txt`. Purely lexical when both are
    /// relative and `directory` does not climb out of the working directory; otherwise
    /// both are resolved against the working directory first.
    public static func from(_ directory: String, to path: String) -> String {
        var base = components(directory)
        var target = components(path)
        let baseAbsolute = directory.hasPrefix("/"), targetAbsolute = path.hasPrefix("/")
        if baseAbsolute != targetAbsolute || base.first == ".." {
            if !baseAbsolute || !targetAbsolute {
                let cwd = components(FileManager.default.currentDirectoryPath)
                if !baseAbsolute { base = normalise(cwd + base) }
                if !targetAbsolute { target = normalise(cwd + target) }
            }
        }
        let common = zip(base, target).prefix { $0 == $1 }.count
        let ups = Array(repeating: "..", count: base.count - common)
        let rest = Array(target.dropFirst(common))
        let joined = (ups + rest).joined(separator: "/")
        if joined.isEmpty { return "." }
        return joined
    }

    /// Components of a path with `.` removed and `a/..` pairs resolved (leading `..` kept).
    private static func components(_ path: String) -> [String] {
        normalise(path.split(separator: "/", omittingEmptySubsequences: true).map(String.init))
    }

    private static func normalise(_ parts: [String]) -> [String] {
        var out: [String] = []
        for part in parts where part != "." {
            if part == "..", let last = out.last, last != ".." {
                out.removeLast()
            } else {
                out.append(part)
            }
        }
        return out
    }
}
