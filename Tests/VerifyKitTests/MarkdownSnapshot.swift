import Foundation
import Testing

/// Golden-file comparison in the style of swift-argument-parser's `assertSnapshot`: the
/// actual text is compared with the file; on a difference the test fails with a readable
/// line diff. With `VERIFY_RECORD=1` in the environment the file is rewritten instead.
enum MarkdownSnapshot {
    /// Whether this run records golden files instead of checking them.
    static var recording: Bool { ProcessInfo.processInfo.environment["VERIFY_RECORD"] == "1" }

    /// Checks `actual` against the file at `url` (or records it).
    static func assert(_ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do { try Data(actual.utf8).write(to: url, options: .atomic) } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("\(url.path) is missing; run with VERIFY_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("""
                \(url.lastPathComponent) is out of date (run `VERIFY_RECORD=1 swift test --filter Markdown` to accept):
                \(lineDiff(expected: expected, actual: actual))
                """, sourceLocation: sourceLocation)
        }
    }

    /// The differing middle of two texts, `-` expected and `+` actual lines with their
    /// line numbers, a few lines of context around, at most `limit` lines of each.
    static func lineDiff(expected: String, actual: String, limit: Int = 40) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var endOld = old.count, endNew = new.count
        while endOld > start, endNew > start, old[endOld - 1] == new[endNew - 1] { endOld -= 1; endNew -= 1 }
        var lines = ["@@ line \(start + 1) @@"]
        for index in max(0, start - 2)..<start { lines.append("  " + old[index]) }
        for (offset, line) in old[start..<endOld].prefix(limit).enumerated() { lines.append("-\(start + offset + 1): " + line) }
        if endOld - start > limit { lines.append("- … \(endOld - start - limit) more") }
        for (offset, line) in new[start..<endNew].prefix(limit).enumerated() { lines.append("+\(start + offset + 1): " + line) }
        if endNew - start > limit { lines.append("+ … \(endNew - start - limit) more") }
        return lines.joined(separator: "\n")
    }
}
