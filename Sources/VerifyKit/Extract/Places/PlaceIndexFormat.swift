/// The layout of `places.index`, the compiled place gazetteer (GeoNames populated places
/// and ISO 3166-2 divisions, see `make gazetteer` and docs/rules.md). Little-endian,
/// read in place from a memory map, so start-up costs no parsing:
///
/// - header (64 bytes): magic `VPLI`, format version, counts and section offsets;
/// - places: ``recordSize``-byte records (id, population, coordinates, name, value,
///   country, first-level division, zone, kind);
/// - keys: 12-byte records sorted by the UTF-8 bytes of the key (word keys joined by
///   spaces, as ``NamePieces`` makes them): key offset, postings, common-word languages;
/// - postings: for keys naming several places, a count and the place numbers, most
///   populous first;
/// - zones: string offsets of the IANA zone names; kinds: one ``Kind`` byte per place;
/// - strings: length-prefixed UTF-8 (2-byte length).
enum PlaceIndexFormat {
    /// First four bytes.
    static let magic: [UInt8] = Array("VPLI".utf8)
    /// Bumped whenever the layout or the meaning of a field changes.
    static let version: UInt32 = 1
    /// Header size.
    static let headerSize = 64
    /// Bytes per place record.
    static let recordSize = 32
    /// Bytes per key record.
    static let keySize = 12
    /// Set in a key's postings word when it holds one place number inline.
    static let inlineFlag: UInt32 = 0x8000_0000

    /// Header fields, by byte offset.
    enum Header {
        static let version = 4, placeCount = 8, keyCount = 12, places = 16, keys = 20, postings = 24,
                   strings = 28, stringsLength = 32, zoneCount = 36, zones = 40, source = 44, languages = 48, kinds = 52
    }

    /// Place record fields, by byte offset within a record.
    enum Place {
        static let id = 0, population = 4, latitude = 8, longitude = 12, name = 16, value = 20, admin1 = 24,
                   zone = 28, country = 30
    }

    /// What a record names.
    enum Kind: UInt8, Sendable {
        /// A populated place (GeoNames feature class P).
        case city = 0
        /// A first-level division (state, region, oblast, province, voivodeship).
        case region = 1
        /// A division below the first level (a province of a region).
        case subregion = 2
    }
}
