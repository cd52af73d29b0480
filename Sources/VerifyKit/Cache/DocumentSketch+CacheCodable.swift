// The cache's encoding of what a run needs of a document before its story is aligned
// (docs/cache.md): every stored property, in declaration order; hashes as eight bytes each.

extension DocumentSketch: CacheCodable {
    /// The first byte of an encoded sketch: the version of this encoding.
    static let encodingVersion: UInt8 = 1

    func write(to writer: inout CacheWriter) {
        writer.write(source)
        writer.write(published)
        writer.write(mainDate)
        writer.write(profile)
        writer.write(shingles)
        writer.write(signature) { $0.write(fixed: $1) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(source: try reader.read(), published: try reader.readOptional(), mainDate: try reader.string(),
                  profile: try reader.read(), shingles: try reader.read(), signature: try reader.fixed64s())
    }

    /// The sketch with the diagnostics of its file: ``encodingVersion``, then both.
    static func encoded(_ sketch: DocumentSketch, diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = CacheWriter(capacity: 4096)
        writer.write(UInt64(encodingVersion))
        writer.write(sketch)
        writer.write(diagnostics)
        return writer.bytes
    }

    /// The sketch and diagnostics `bytes` encode (``encoded(_:diagnostics:)``), or nil when
    /// they are not one of this version and whole.
    static func decoded(_ bytes: [UInt8]) -> (sketch: DocumentSketch, diagnostics: [Diagnostic])? {
        var reader = CacheReader(bytes)
        do {
            guard try reader.unsigned() == UInt64(encodingVersion) else { return nil }
            let sketch: DocumentSketch = try reader.read()
            let diagnostics: [Diagnostic] = try reader.readArray()
            guard reader.isAtEnd else { return nil }
            return (sketch, diagnostics)
        } catch {
            return nil
        }
    }
}

extension TextShingles: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(hashes) { $0.write(fixed: $1) }
        writer.write(fixed: whole)
        writer.write(wordCount)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(hashes: try reader.fixed64s(), whole: try reader.fixed64(), wordCount: try reader.int())
    }
}
