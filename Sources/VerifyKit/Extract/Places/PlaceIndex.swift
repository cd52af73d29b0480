#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One place of the index.
struct PlaceRecord: Sendable, Hashable {
    /// Its number in the index (most populous first).
    var number: Int
    /// GeoNames id (0 for an ISO 3166-2 division).
    var geonameID: UInt32
    /// Population (0 when unknown, as for divisions).
    var population: Int
    /// Latitude and longitude in degrees.
    var latitude: Double, longitude: Double
    /// Name as GeoNames or ISO 3166-2 writes it.
    var name: String
    /// Mention value (`place:valencia-es`).
    var value: String
    /// ISO 3166-1 code, lower case.
    var country: String
    /// First-level division code (GeoNames admin1, or the ISO 3166-2 code of a division).
    var admin1: String
    /// IANA time zone (empty for divisions).
    var zone: String
    /// City, region or subregion.
    var kind: PlaceIndexFormat.Kind

    /// `GeoNames 2509954 Valencia (es, city, population 824340)`: what a mention's rule says.
    var summary: String {
        let source = geonameID == 0 ? "ISO 3166-2 \(country.uppercased())-\(admin1)" : "GeoNames \(geonameID)"
        return "\(source) \(name) (\(country), \(className)" + (population > 0 ? ", population \(population))" : ")")
    }

    /// `city`, `region`, `subregion`: the class a mention shows.
    var className: String {
        switch kind {
        case .city: "city"
        case .region: "region"
        case .subregion: "subregion"
        }
    }
}

/// The compiled place gazetteer, read in place from a memory-mapped `places.index`
/// (layout in ``PlaceIndexFormat``): opening it costs a map and a header check, and a
/// lookup is a binary search over the sorted keys. Immutable; shared by every worker.
final class PlaceIndex: @unchecked Sendable {
    private let base: UnsafeRawPointer
    private let length: Int
    private let placeCount: Int, keyCount: Int
    private let placesAt: Int, keysAt: Int, postingsAt: Int, stringsAt: Int, zonesAt: Int, kindsAt: Int
    /// Language codes of the common-word bits, in bit order.
    let languages: [String]
    /// Where the data comes from (GeoNames, ISO 3166-2, dictionaries).
    let source: String

    /// Maps `path` and checks its header.
    /// - Throws: ``PlaceIndexError`` when the file is missing, short or not an index of this version.
    init(path: String) throws(PlaceIndexError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw PlaceIndexError(message: "cannot be opened") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= PlaceIndexFormat.headerSize else {
            throw PlaceIndexError(message: "too short to be a place index")
        }
        length = Int(info.st_size)
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw PlaceIndexError(message: "cannot be mapped")
        }
        let pointer = UnsafeRawPointer(mapped)
        func word(_ at: Int) -> Int { Int(pointer.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) }
        let magic = (0..<4).map { pointer.load(fromByteOffset: $0, as: UInt8.self) }
        guard magic == PlaceIndexFormat.magic, word(PlaceIndexFormat.Header.version) == Int(PlaceIndexFormat.version) else {
            munmap(mapped, length)
            throw PlaceIndexError(message: "not a place index of format \(PlaceIndexFormat.version) (run `make gazetteer`)")
        }
        typealias H = PlaceIndexFormat.Header
        let placeCount = word(H.placeCount), keyCount = word(H.keyCount)
        let placesAt = word(H.places), keysAt = word(H.keys), postingsAt = word(H.postings), stringsAt = word(H.strings)
        let end = stringsAt + word(H.stringsLength)
        guard end <= length, placesAt + placeCount * PlaceIndexFormat.recordSize <= keysAt,
              keysAt + keyCount * PlaceIndexFormat.keySize <= postingsAt, word(H.kinds) + placeCount <= stringsAt else {
            munmap(mapped, length)
            throw PlaceIndexError(message: "sections do not fit the file (truncated?)")
        }
        func string(_ offset: Int) -> String {
            let at = stringsAt + offset
            let count = Int(pointer.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian)
            return String(decoding: UnsafeRawBufferPointer(start: pointer + at + 2, count: count), as: UTF8.self)
        }
        base = pointer
        self.placeCount = placeCount
        self.keyCount = keyCount
        self.placesAt = placesAt
        self.keysAt = keysAt
        self.postingsAt = postingsAt
        self.stringsAt = stringsAt
        zonesAt = word(H.zones)
        kindsAt = word(H.kinds)
        source = string(word(H.source))
        languages = string(word(H.languages)).split(separator: ",").map(String.init)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), length) }

    /// Number of places.
    var count: Int { placeCount }
    /// Number of distinct keys.
    var keys: Int { keyCount }

    private func u16(_ at: Int) -> UInt16 { base.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian }
    private func u32(_ at: Int) -> UInt32 { base.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian }

    private func string(_ offset: Int) -> String {
        let at = stringsAt + offset
        return String(decoding: UnsafeRawBufferPointer(start: base + at + 2, count: Int(u16(at))), as: UTF8.self)
    }

    /// The bytes of key `k`.
    private func keyBytes(_ k: Int) -> UnsafeRawBufferPointer {
        let at = stringsAt + Int(u32(keysAt + k * PlaceIndexFormat.keySize))
        return UnsafeRawBufferPointer(start: base + at + 2, count: Int(u16(at)))
    }

    /// Three-way comparison of key `k` with `bytes`.
    private func compare(_ k: Int, _ bytes: UnsafeRawBufferPointer) -> Int {
        let stored = keyBytes(k)
        let common = min(stored.count, bytes.count)
        if common > 0 {
            let order = memcmp(stored.baseAddress!, bytes.baseAddress!, common)
            if order != 0 { return Int(order) }
        }
        return stored.count - bytes.count
    }

    /// The first key not below `bytes`.
    private func lowerBound(_ bytes: UnsafeRawBufferPointer) -> Int {
        var low = 0, high = keyCount
        while low < high {
            let mid = (low + high) / 2
            if compare(mid, bytes) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// What a key names.
    struct Hit: Sendable {
        /// Place numbers, most populous first.
        var places: [Int]
        /// Languages (bits of ``PlaceIndex/languages``) in which the key is also a common word.
        var commonWordMask: UInt16
    }

    /// The places named by `key` (word keys joined by single spaces), and whether some
    /// longer key starts with it (so a longer name may follow).
    func lookup(_ key: String) -> (hit: Hit?, longer: Bool) {
        var key = key
        return key.withUTF8 { utf8 -> (Hit?, Bool) in
            let bytes = UnsafeRawBufferPointer(utf8)
            let k = lowerBound(bytes)
            var hit: Hit?
            var next = k
            if k < keyCount, compare(k, bytes) == 0 {
                let record = keysAt + k * PlaceIndexFormat.keySize
                let postings = u32(record + 4)
                var places: [Int]
                if postings & PlaceIndexFormat.inlineFlag != 0 {
                    places = [Int(postings & ~PlaceIndexFormat.inlineFlag)]
                } else {
                    let at = postingsAt + Int(postings)
                    places = (0..<Int(u32(at))).map { Int(u32(at + 4 + $0 * 4)) }
                }
                hit = Hit(places: places, commonWordMask: u16(record + 8))
                next = k + 1
            }
            var longer = false
            if next < keyCount {
                let stored = keyBytes(next)
                longer = stored.count > bytes.count && stored[bytes.count] == 0x20
                    && (bytes.count == 0 || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
            return (hit, longer)
        }
    }

    /// Place `number`.
    func place(_ number: Int) -> PlaceRecord {
        let at = placesAt + number * PlaceIndexFormat.recordSize
        typealias P = PlaceIndexFormat.Place
        let country = String(decoding: [base.load(fromByteOffset: at + P.country, as: UInt8.self),
                                        base.load(fromByteOffset: at + P.country + 1, as: UInt8.self)], as: UTF8.self)
        let zoneNumber = Int(u16(at + P.zone))
        return PlaceRecord(number: number, geonameID: u32(at + P.id), population: Int(u32(at + P.population)),
                           latitude: Double(Int32(bitPattern: u32(at + P.latitude))) / 100_000,
                           longitude: Double(Int32(bitPattern: u32(at + P.longitude))) / 100_000,
                           name: string(Int(u32(at + P.name))), value: string(Int(u32(at + P.value))),
                           country: country, admin1: string(Int(u32(at + P.admin1))),
                           zone: string(Int(u32(zonesAt + zoneNumber * 4))),
                           kind: PlaceIndexFormat.Kind(rawValue: base.load(fromByteOffset: kindsAt + number, as: UInt8.self)) ?? .city)
    }

    /// The bit of `language` in common-word masks, if its dictionary was read.
    func languageBit(_ language: String) -> UInt16? {
        languages.firstIndex(of: language).map { UInt16(1) << UInt16($0) }
    }
}
