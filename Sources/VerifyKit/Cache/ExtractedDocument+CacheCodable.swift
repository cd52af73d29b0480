// The cache's encoding of an extraction (docs/cache.md): every stored property of each
// type, in declaration order.

extension ExtractedDocument: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(source)
        writer.write(published)
        writer.write(sentences)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(source: try reader.read(), published: try reader.readOptional(), sentences: try reader.readArray())
    }
}

extension SourceSummary: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(path)
        writer.write(title)
        writer.write(outlet)
        writer.write(published)
        writer.write(publishedFrom)
        writer.write(languages)
        writer.write(encoding)
        writer.write(encodingFrom)
        writer.write(format)
        writer.write(sha256)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(id: try reader.string(), path: try reader.string())
        title = try reader.optionalString()
        outlet = try reader.optionalString()
        published = try reader.optionalString()
        publishedFrom = try reader.optionalString()
        languages = try reader.strings()
        encoding = try reader.string()
        encodingFrom = try reader.string()
        format = try reader.string()
        sha256 = try reader.string()
    }
}

extension PublishedTime: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
        writer.write(hour)
        writer.write(minute)
        writer.write(second)
        writer.write(utcOffset)
        writer.write(origin)
        writer.write(yearInferred)
        writer.write(zoneIdentifier)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(year: try reader.optionalInt(), month: try reader.int(), day: try reader.int(),
                  hour: try reader.optionalInt(), minute: try reader.optionalInt(), second: try reader.optionalInt(),
                  utcOffset: try reader.optionalInt(), origin: try reader.string())
        yearInferred = try reader.bool()
        zoneIdentifier = try reader.optionalString()
    }
}

extension ExtractedSentence: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(sentence.range)
        writer.write(sentence.block)
        writer.write(text)
        writer.write(location)
        writer.write(mentions)
        writer.write(cues)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(sentence: Sentence(range: try reader.range(), block: try reader.int()), text: try reader.string(),
                  location: try reader.read(), mentions: try reader.readArray(), cues: try reader.readArray())
    }
}

extension SourceLocation: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(path)
        writer.write(line)
        writer.write(column)
        writer.write(endLine)
        writer.write(endColumn)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(path: try reader.string(), line: try reader.int(), column: try reader.int(),
                  endLine: try reader.int(), endColumn: try reader.int())
    }
}

extension Mention: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(type.rawValue)
        writer.write(range)
        writer.write(text)
        writer.write(value)
        writer.write(unit)
        writer.write(qualifiers.map(\.rawValue))
        writer.write(subtype)
        writer.write(rule)
        writer.write(measure)
        writer.write(entityClass)
        writer.write(country)
        writer.write(zone)
        writer.write(placeCandidates) { $0.write($1) }
        writer.write(subject) { $0.write($1) }
        writer.write(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        guard let type = Kind(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
        self.init(type: type, range: try reader.range(), text: try reader.string(), value: try reader.string(),
                  unit: try reader.optionalString(), qualifiers: try reader.strings().map(Qualifier.init(rawValue:)),
                  subtype: try reader.optionalString(), rule: try reader.string())
        measure = try reader.readOptional()
        entityClass = try reader.optionalString()
        country = try reader.optionalString()
        zone = try reader.optionalString()
        placeCandidates = try reader.array { r throws(CacheReader.Malformed) in try r.int() }
        subject = try reader.optional { r throws(CacheReader.Malformed) in try r.range() }
        location = try reader.readOptional()
    }
}

extension Measure: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(dimension)
        writer.write(low)
        writer.write(high)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(dimension: try reader.string(), low: try reader.double(), high: try reader.double())
    }
}

extension EventCue: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(kind)
        writer.write(text)
        writer.write(range)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(kind: try reader.string(), text: try reader.string(), range: try reader.range())
    }
}

extension Diagnostic: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(severity.rawValue)
        writer.write(path)
        writer.write(message)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        guard let severity = Severity(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
        self.init(severity, path: try reader.string(), try reader.string())
    }
}
