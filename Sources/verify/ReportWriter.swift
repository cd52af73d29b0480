import Foundation
import VerifyKit

/// Writes files the way a run must: all or nothing. The text goes to a temporary file in the
/// target's folder (created if needed), then is renamed over the target, so a reader never
/// sees half a report and a failed run leaves the previous file as it was.
enum ReportWriter {
    /// The default report of a run over `paths`: `Reports/<name of the first path>.md`.
    static func defaultReportPath(for paths: [String]) -> String {
        "Reports/\(corpusName(paths.first ?? "Corpus")).md"
    }

    /// The name of a corpus path: the folder's name (`Corpus/` → `Corpus`, `.` → the working
    /// directory's name), or a file's name without extension.
    static func corpusName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        let name = exists && !isDirectory.boolValue ? url.deletingPathExtension().lastPathComponent : url.lastPathComponent
        return name.isEmpty || name == "/" ? "corpus" : name
    }

    /// The folder of `path` as the Markdown report's links need it (`Reports`, `.`).
    static func directory(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Writes `text` to `path` atomically; throws a ``VerifyError`` naming the file.
    static func write(_ text: String, to path: String) throws(VerifyError) {
        let manager = FileManager.default
        let folder = directory(of: path)
        let temporary = folder + "/.\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard manager.createFile(atPath: temporary, contents: Data(text.utf8)) else {
                throw VerifyError("\(path): cannot write (no permission or no space in \(folder))")
            }
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(atPath: temporary)
                throw VerifyError("\(path): cannot write (\(reason))")
            }
        } catch let error as VerifyError {
            throw error
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw VerifyError("\(path): cannot write (\(error.localizedDescription))")
        }
    }
}
