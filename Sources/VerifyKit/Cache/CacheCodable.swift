/// A value the extraction cache keeps in its compact encoding (``CacheWriter``): a type
/// writes its stored properties in declaration order and reads them back in the same order.
/// A stored property added to such a type must be added to its `write(to:)` and
/// `init(from:)` too, and the cache's schema version bumped (`CacheCodecTests` lists the
/// properties each type is known to have, and fails when one appears).
protocol CacheCodable {
    /// Writes the value.
    func write(to writer: inout CacheWriter)
    /// Reads a value written by ``write(to:)``.
    init(from reader: inout CacheReader) throws(CacheReader.Malformed)
}

extension CacheWriter {
    mutating func write<T: CacheCodable>(_ value: T) { value.write(to: &self) }

    mutating func write<T: CacheCodable>(_ value: T?) { write(value) { $1.write(to: &$0) } }

    mutating func write<T: CacheCodable>(_ values: [T]) { write(values) { $1.write(to: &$0) } }
}

extension CacheReader {
    mutating func read<T: CacheCodable>(_: T.Type = T.self) throws(Malformed) -> T { try T(from: &self) }

    mutating func readOptional<T: CacheCodable>(_: T.Type = T.self) throws(Malformed) -> T? {
        try optional { r throws(Malformed) in try T(from: &r) }
    }

    mutating func readArray<T: CacheCodable>(_: T.Type = T.self) throws(Malformed) -> [T] {
        try array { r throws(Malformed) in try T(from: &r) }
    }
}
