/// Reads back what ``CacheWriter`` wrote, in the same order. Every read checks the bounds:
/// a truncated or garbled entry throws ``Malformed`` (the cache then reads the report again),
/// never traps.
struct CacheReader {
    /// What a read found instead of a value.
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func unsigned() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Malformed) -> Int {
        let raw = try unsigned()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let fitting = Int(exactly: value) else { throw Malformed() }
        return fitting
    }

    /// A count of elements still to come: each takes at least one byte, so a count larger
    /// than the bytes left is garbage (and is not allowed to reserve memory).
    mutating func count() throws(Malformed) -> Int {
        let raw = try unsigned()
        guard raw <= UInt64(bytes.count - position) else { throw Malformed() }
        return Int(raw)
    }

    mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }

    mutating func double() throws(Malformed) -> Double {
        Double(bitPattern: try fixed64())
    }

    /// Eight bytes, little-endian (``CacheWriter/write(fixed:)``).
    mutating func fixed64() throws(Malformed) -> UInt64 {
        guard bytes.count - position >= 8 else { throw Malformed() }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[position + k]) << (8 * UInt64(k)) }
        position += 8
        return bits
    }

    /// A count, then that many eight-byte values (``CacheWriter/write(fixed:)``).
    mutating func fixed64s() throws(Malformed) -> [UInt64] {
        let n = try count()
        guard n <= (bytes.count - position) / 8 else { throw Malformed() }
        var values = [UInt64](repeating: 0, count: n)
        for i in 0..<n { values[i] = try fixed64() }
        return values
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { position += length }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<position + length]), as: UTF8.self)
        }
    }

    mutating func range() throws(Malformed) -> Range<Int> {
        let lower = try int(), upper = try int()
        guard lower <= upper else { throw Malformed() }
        return lower..<upper
    }

    /// nil after a 0 byte, else what `body` reads.
    mutating func optional<T>(_ body: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try body(&self) : nil
    }

    /// A count, then that many elements read by `body`.
    mutating func array<T>(_ body: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try body(&self)) }
        return values
    }

    mutating func optionalString() throws(Malformed) -> String? { try optional { r throws(Malformed) in try r.string() } }

    mutating func optionalInt() throws(Malformed) -> Int? { try optional { r throws(Malformed) in try r.int() } }

    mutating func strings() throws(Malformed) -> [String] { try array { r throws(Malformed) in try r.string() } }
}
