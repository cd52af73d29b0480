// The cache's encoding of a story's alignment (docs/cache.md, "Stories"): every stored
// property of each type, in declaration order; dictionaries in key order, so that one
// alignment always gives the same bytes.

extension StoryAlignment: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(events)
        writer.write(facts)
        writer.write(findings)
        writer.write(scores)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(events: try reader.readArray(), facts: try reader.readArray(), findings: try reader.readArray(),
                  scores: try reader.read())
    }
}

extension Event: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(label)
        writer.write(date)
        writer.write(story)
        writer.write(sources)
        writer.write(isMain)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(id: try reader.string(), label: try reader.string(), date: try reader.string(), story: try reader.string(),
                  sources: try reader.strings(), isMain: try reader.bool())
    }
}

extension Fact: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(event)
        writer.write(slot)
        writer.write(key)
        writer.write(status.rawValue)
        writer.write(agreement)
        writer.write(claims)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let id = try reader.string(), event = try reader.string(), slot = try reader.string(), key = try reader.optionalString()
        guard let status = Status(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
        self.init(id: id, event: event, slot: slot, key: key, status: status, agreement: try reader.double(),
                  claims: try reader.readArray())
    }
}

extension Finding: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(kind.rawValue)
        writer.write(severity.rawValue)
        writer.write(event)
        writer.write(slot)
        writer.write(message)
        writer.write(claims)
        writer.write(missingFrom)
        writer.write(groups) { $0.write($1) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let id = try reader.string()
        guard let kind = Kind(rawValue: try reader.string()), let severity = Severity(rawValue: try reader.string()) else {
            throw CacheReader.Malformed()
        }
        self.init(id: id, kind: kind, severity: severity, event: try reader.string(), slot: try reader.string(),
                  message: try reader.string(), claims: try reader.readArray(), missingFrom: try reader.strings(),
                  groups: try reader.array { r throws(CacheReader.Malformed) in try r.strings() })
    }
}

extension Claim: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(source)
        writer.write(value)
        writer.write(normalized)
        writer.write(quote)
        writer.write(location)
        writer.write(qualifiers)
        writer.write(rule)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(source: try reader.string(), value: try reader.string(), normalized: try reader.string(),
                  quote: try reader.string(), location: try reader.read(), qualifiers: try reader.strings(),
                  rule: try reader.string())
    }
}

extension ScoreParts: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(agreements) { $0.write($1) }
        writer.write(sources) { w, entry in
            w.write(entry.0)
            w.write(entry.1.coverage)
            w.write(entry.1.consistency)
        }
        writer.write(matrix.sorted { $0.key < $1.key }) { w, row in
            w.write(row.key)
            w.write(row.value.sorted { $0.key < $1.key }) { w, cell in
                w.write(cell.key)
                w.write(cell.value)
            }
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        agreements = try reader.array { r throws(CacheReader.Malformed) in try r.double() }
        sources = try reader.array { r throws(CacheReader.Malformed) in
            (try r.string(), Scores.SourceScore(coverage: try r.double(), consistency: try r.double()))
        }
        let rows = try reader.array { r throws(CacheReader.Malformed) in
            (try r.string(), try r.array { r throws(CacheReader.Malformed) in (try r.string(), try r.double()) })
        }
        var matrix: [String: [String: Double]] = [:]
        for (row, cells) in rows { matrix[row] = Dictionary(cells) { _, last in last } }
        self.matrix = matrix
    }
}
