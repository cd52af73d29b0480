// The cache's encoding of what alignment reads from a document (docs/cache.md): every
// stored property of each type, in declaration order; sets and dictionaries in sorted
// order, so that one reading always gives the same bytes.

extension DocumentReading: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(mainDate)
        writer.write(placements) { w, placed in
            w.write(placed.sentence)
            w.write(placed.mention)
            w.write(placed.eventDate)
            w.write(placed.slot.rawValue)
            w.write(placed.key)
        }
        writer.write(profile)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let main = try reader.string()
        let placements = try reader.array { r throws(CacheReader.Malformed) in
            Placement(sentence: try r.int(), mention: try r.int(), eventDate: try r.string(),
                      slot: Slot(rawValue: try r.string()), key: try r.optionalString())
        }
        self.init(mainDate: main, placements: placements, profile: try reader.read())
    }
}

extension StoryProfile: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(weights.sorted { $0.key < $1.key }) { w, term in
            w.write(term.key)
            w.write(term.value)
        }
        writer.write(days) { $0.write($1) }
        writer.write(weeks.sorted())
        writer.write(weeksOfDays.sorted())
        writer.write(publishedDay)
        writer.write(language)
        writer.write(signature)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let terms = try reader.count()
        var weights: [String: Double] = [:]
        weights.reserveCapacity(terms)
        for _ in 0..<terms {
            let term = try reader.string()
            weights[term] = try reader.double()
        }
        self.weights = weights
        days = try reader.array { r throws(CacheReader.Malformed) in try r.int() }
        weeks = Set(try reader.strings())
        weeksOfDays = Set(try reader.strings())
        publishedDay = try reader.optionalInt()
        language = try reader.string()
        signature = try reader.read()
    }
}

extension EventSignature: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(leadDays) { $0.write($1) }
        writer.write(statedDays.sorted()) { $0.write($1) }
        writer.write(resolvedDays.sorted()) { $0.write($1) }
        writer.write(weeks.sorted())
        writer.write(leadPlaces.sorted())
        writer.write(namedPlaces.sorted())
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        func days(_ r: inout CacheReader) throws(CacheReader.Malformed) -> Set<Int> {
            Set(try r.array { r throws(CacheReader.Malformed) in try r.int() })
        }
        self.init()
        leadDays = try reader.array { r throws(CacheReader.Malformed) in try r.int() }
        statedDays = try days(&reader)
        resolvedDays = try days(&reader)
        weeks = Set(try reader.strings())
        leadPlaces = Set(try reader.strings())
        namedPlaces = Set(try reader.strings())
    }
}
