/// Appends values to a byte buffer in the cache's compact encoding (docs/cache.md): unsigned
/// integers as LEB128 varints, signed ones zig-zagged first, doubles as their 8 IEEE bytes,
/// strings as their UTF-8 length and bytes, optionals behind a 0/1 byte, arrays behind their
/// count. ``CacheReader`` reads the same sequence back; the encoding carries no field names,
/// so writer and reader of one type must list its fields in the same order.
struct CacheWriter {
    /// What has been written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Int) {
        let wide = Int64(value)
        write(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    /// Eight bytes, little-endian: for hashes, which a varint would lengthen.
    mutating func write(fixed value: UInt64) {
        var bits = value
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ value: Double) {
        write(fixed: value.bitPattern)
    }

    mutating func write(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: Range<Int>) {
        write(value.lowerBound)
        write(value.upperBound)
    }

    /// A 0 byte for nil, else a 1 byte and what `body` writes of the value.
    mutating func write<T>(_ value: T?, _ body: (inout CacheWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        body(&self, value)
    }

    /// The count, then what `body` writes of each element.
    mutating func write<C: Collection>(_ values: C, _ body: (inout CacheWriter, C.Element) -> Void) {
        write(UInt64(values.count))
        for value in values { body(&self, value) }
    }

    mutating func write(_ value: String?) { write(value) { $0.write($1) } }

    mutating func write(_ value: Int?) { write(value) { $0.write($1) } }

    mutating func write(_ values: [String]) { write(values) { $0.write($1) } }
}
