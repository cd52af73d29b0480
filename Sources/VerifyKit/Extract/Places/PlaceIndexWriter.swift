/// Compiles the tab-separated output of `scripts/gazetteer/extract.py` into the bytes of
/// `places.index` (layout in ``PlaceIndexFormat``), folding every name with the same
/// ``NamePieces`` the text goes through. Used by the `verify-gazetteer` tool.
package struct PlaceIndexWriter {
    /// One place of the input.
    struct Place {
        var id: UInt32
        var name: String
        var country: String
        var admin1: String
        var population: UInt32
        var latitude: Double
        var longitude: Double
        var zone: String
        var kind: PlaceIndexFormat.Kind
        var names: [String]
        var value = ""
    }

    /// Places read so far.
    private var places: [Place] = []
    /// Dictionary words (lower case, common) per language code.
    private var words: [(language: String, word: String)] = []
    /// Provenance line.
    private var source = ""

    /// An empty writer.
    package init() {}

    /// Reads the lines of the intermediate file (`P`, `W` and `S` lines).
    /// - Throws: a message naming the line that does not parse.
    package mutating func read(tsv: String) throws(PlaceIndexError) {
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields.first {
            case "S": source = fields.dropFirst().joined(separator: " ")
            case "W" where fields.count == 3: words.append((fields[1], fields[2]))
            case "P" where fields.count == 11:
                guard let population = UInt32(fields[5]), let latitude = Double(fields[6]), let longitude = Double(fields[7]) else {
                    throw PlaceIndexError(message: "line \(number + 1): population or coordinates do not parse")
                }
                let kind: PlaceIndexFormat.Kind = fields[9] == "region" ? .region : fields[9] == "subregion" ? .subregion : .city
                let id = fields[1].hasPrefix("iso:") ? 0 : UInt32(fields[1]) ?? 0
                places.append(Place(id: id, name: fields[2], country: fields[3].lowercased(),
                                    admin1: fields[1].hasPrefix("iso:") ? String(fields[1].dropFirst(4)) : fields[4],
                                    population: population, latitude: latitude, longitude: longitude, zone: fields[8],
                                    kind: kind, names: fields[10].split(separator: "\u{1F}").map(String.init)))
            default: throw PlaceIndexError(message: "line \(number + 1): not a P, W or S line")
            }
        }
    }

    /// The index bytes.
    package func compile() -> [UInt8] {
        let keys = TokenKeyMaker()
        let splitter = NamePieces(keys: keys)
        var ranked = places
        // Most populous first; ties by kind and id, so the output never depends on input order.
        ranked.sort { (Self.rank($1), $0.kind.rawValue, $0.id, $0.admin1) < (Self.rank($0), $1.kind.rawValue, $1.id, $1.admin1) }
        assignValues(&ranked, splitter: splitter)

        var languages: [String] = []
        for (language, _) in words where !languages.contains(language) { languages.append(language) }
        var common: [String: UInt16] = [:]
        for (language, word) in words {
            guard let bit = languages.firstIndex(of: language), bit < 16 else { continue }
            let key = splitter.pieces(word).map(\.key).joined(separator: " ")
            common[key, default: 0] |= UInt16(1) << UInt16(bit)
        }

        // Places whose own name is the key come before places that have it as an alternate
        // name ("Alzira" is the Spanish town before an old name of Algiers), each group most
        // populous first.
        var primary: [String: [UInt32]] = [:]
        var alternate: [String: [UInt32]] = [:]
        for (number, place) in ranked.enumerated() {
            let own = splitter.pieces(place.name).map(\.key).joined(separator: " ")
            var seen: Set<String> = []
            for name in [place.name] + place.names {
                let key = splitter.pieces(name).map(\.key).joined(separator: " ")
                guard !key.isEmpty, key.utf8.count < 256, seen.insert(key).inserted else { continue }
                if key == own { primary[key, default: []].append(UInt32(number)) } else { alternate[key, default: []].append(UInt32(number)) }
            }
        }
        var postings = primary
        for (key, list) in alternate { postings[key, default: []].append(contentsOf: list) }
        let sortedKeys = postings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        var strings = ByteWriter()
        var zones: [String: UInt16] = [:]
        var zoneRefs: [UInt32] = []
        func zone(_ name: String) -> UInt16 {
            if let known = zones[name] { return known }
            zones[name] = UInt16(zoneRefs.count)
            zoneRefs.append(strings.string(name))
            return UInt16(zoneRefs.count - 1)
        }
        var records = ByteWriter()
        for place in ranked {
            records.u32(place.id)
            records.u32(place.population)
            records.i32(Int32((place.latitude * 100_000).rounded()))
            records.i32(Int32((place.longitude * 100_000).rounded()))
            records.u32(strings.string(place.name))
            records.u32(strings.string(place.value))
            records.u32(strings.string(place.admin1))
            records.u16(zone(place.zone))
            let country = Array(place.country.utf8) + [0, 0]
            records.bytes([country[0], country[1]])
        }
        var keyRecords = ByteWriter()
        var postingBytes = ByteWriter()
        for key in sortedKeys {
            let list = postings[key] ?? []
            keyRecords.u32(strings.string(key))
            if list.count == 1 {
                keyRecords.u32(PlaceIndexFormat.inlineFlag | list[0])
            } else {
                keyRecords.u32(UInt32(postingBytes.count))
                postingBytes.u32(UInt32(list.count))
                for number in list { postingBytes.u32(number) }
            }
            keyRecords.u16(common[key] ?? 0)
            keyRecords.u16(0)
        }
        var kinds = ByteWriter()
        kinds.bytes(ranked.map(\.kind.rawValue))
        var zoneTable = ByteWriter()
        for ref in zoneRefs { zoneTable.u32(ref) }
        let sourceRef = strings.string(source)
        let languagesRef = strings.string(languages.joined(separator: ","))

        var out = ByteWriter()
        out.bytes(PlaceIndexFormat.magic)
        out.u32(PlaceIndexFormat.version)
        out.u32(UInt32(ranked.count))
        out.u32(UInt32(sortedKeys.count))
        let placesAt = PlaceIndexFormat.headerSize
        let keysAt = placesAt + records.count
        let postingsAt = keysAt + keyRecords.count
        let zonesAt = postingsAt + postingBytes.count
        let kindsAt = zonesAt + zoneTable.count
        let stringsAt = kindsAt + kinds.count
        out.u32(UInt32(placesAt)); out.u32(UInt32(keysAt)); out.u32(UInt32(postingsAt)); out.u32(UInt32(stringsAt))
        out.u32(UInt32(strings.count)); out.u32(UInt32(zoneRefs.count)); out.u32(UInt32(zonesAt))
        out.u32(sourceRef); out.u32(languagesRef); out.u32(UInt32(kindsAt))
        out.bytes([UInt8](repeating: 0, count: PlaceIndexFormat.headerSize - out.count))
        out.bytes(records.data); out.bytes(keyRecords.data); out.bytes(postingBytes.data)
        out.bytes(zoneTable.data); out.bytes(kinds.data); out.bytes(strings.data)
        return out.data
    }

    /// Divisions have no population in the data: a first-level division ranks with a city of
    /// a million, a division below it with a city of 100,000 ("Maryland" is the state
    /// before Maryland City; "Valencia" the city of 800,000 before its province).
    static func rank(_ place: Place) -> UInt32 {
        switch place.kind {
        case .city: place.population
        case .region: max(place.population, 1_000_000)
        case .subregion: max(place.population, 100_000)
        }
    }

    /// Gives each place its mention value: `place:<slug>` for the most populous place of a
    /// slug, then `-<country>`, `-<division>` and `-<id>` until it is unique.
    private func assignValues(_ ranked: inout [Place], splitter: NamePieces) {
        var taken: Set<String> = []
        for index in ranked.indices {
            let place = ranked[index]
            let slug = Self.slug(splitter.pieces(place.name))
            let base = slug.isEmpty ? "\(place.id)" : slug
            let admin = Self.slug(splitter.pieces(place.admin1))
            for candidate in [base, "\(base)-\(place.country)", "\(base)-\(place.country)-\(admin)",
                              "\(base)-\(place.country)-\(admin)-\(place.id)"] where taken.insert(candidate).inserted {
                ranked[index].value = "place:" + candidate
                break
            }
            if ranked[index].value.isEmpty { ranked[index].value = "place:\(base)-\(index)" }
        }
    }

    /// `los-angeles` from word keys: romanised, ASCII letters and digits.
    static func slug(_ pieces: [TokenKey]) -> String {
        pieces.map { piece in
            let latin = piece.script == .cyrillic ? Romanizer.romanize(piece.key) : piece.key
            return String(latin.unicodeScalars.filter { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }.map(Character.init))
        }.filter { !$0.isEmpty }.joined(separator: "-")
    }
}

/// Why the place data could not be compiled or read.
package struct PlaceIndexError: Error, CustomStringConvertible {
    /// What went wrong.
    package var message: String
    /// The message.
    package var description: String { message }
}

/// Little-endian byte output.
struct ByteWriter {
    /// The bytes so far.
    private(set) var data: [UInt8] = []
    /// Their count.
    var count: Int { data.count }

    mutating func u16(_ value: UInt16) { data.append(UInt8(value & 0xFF)); data.append(UInt8(value >> 8)) }
    mutating func u32(_ value: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8((value >> UInt32(shift)) & 0xFF)) } }
    mutating func i32(_ value: Int32) { u32(UInt32(bitPattern: value)) }
    mutating func bytes(_ more: [UInt8]) { data.append(contentsOf: more) }

    /// Offsets of the strings written so far, so that each is stored once.
    private var written: [String: UInt32] = [:]

    /// Appends a length-prefixed string unless it is already there; returns its offset.
    mutating func string(_ text: String) -> UInt32 {
        if let known = written[text] { return known }
        let offset = UInt32(data.count)
        written[text] = offset
        let utf8 = Array(text.utf8.prefix(65_535))
        u16(UInt16(utf8.count))
        data.append(contentsOf: utf8)
        return offset
    }
}
