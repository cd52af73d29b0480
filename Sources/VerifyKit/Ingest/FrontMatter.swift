import Yams

/// YAML front matter at the top of a Markdown file (between `---` lines).
struct FrontMatter {
    /// Top-level scalar fields, keys lower-cased; lists are joined with ", ".
    var fields: [String: String]
    /// UTF-8 offset where the Markdown body starts (after the closing delimiter line).
    var bodyStart: Int

    /// Why front matter was present but unusable.
    struct Failure: Error { var message: String }

    /// Reads front matter if `bytes` opens with a `---` line. Returns nil when there is none.
    static func read(_ bytes: [UInt8]) throws(Failure) -> FrontMatter? {
        let lines = SourceLine.split(bytes)
        guard let first = lines.first, bytes[first.range].elementsEqual("---".utf8) else { return nil }
        guard let closing = lines.dropFirst().firstIndex(where: {
            bytes[$0.range].elementsEqual("---".utf8) || bytes[$0.range].elementsEqual("...".utf8)
        }) else {
            throw Failure(message: "front matter opened with '---' on line 1 is never closed; read as Markdown")
        }
        let yamlRange = (lines[1].range.lowerBound)..<lines[closing].range.lowerBound
        let yaml = String(decoding: bytes[yamlRange], as: UTF8.self)
        let bodyStart = closing + 1 < lines.count ? lines[closing + 1].range.lowerBound : bytes.count
        let node: Node?
        do {
            // UTF-8 named here: Yams's default encoding reads the whole process environment
            // on every call (YAMS_DEFAULT_ENCODING), a cost per report.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            throw Failure(message: "front matter is not valid YAML (\(String(describing: error).split(separator: "\n").first ?? "")); ignored")
        }
        var fields: [String: String] = [:]
        if let mapping = node?.mapping {
            for (key, value) in mapping {
                guard let name = key.string?.lowercased() else { continue }
                if let scalar = value.scalar {
                    fields[name] = scalar.string
                } else if let sequence = value.sequence {
                    fields[name] = sequence.compactMap { $0.scalar?.string }.joined(separator: ", ")
                }
            }
        }
        return FrontMatter(fields: fields, bodyStart: bodyStart)
    }
}
