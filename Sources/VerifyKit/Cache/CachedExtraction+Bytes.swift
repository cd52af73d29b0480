extension CachedExtraction {
    /// The first byte of an encoded entry: the version of the encoding below. A store keeps
    /// entries as these bytes (the SQLite store's schema version follows it).
    public static let encodingVersion: UInt8 = 1

    /// The entry in the cache's compact encoding: ``encodingVersion``, the document, the
    /// diagnostics, then the alignment reading (or none). See docs/cache.md.
    public var encoded: [UInt8] {
        var writer = CacheWriter(capacity: 4096)
        writer.write(UInt64(Self.encodingVersion))
        writer.write(document)
        writer.write(diagnostics)
        writer.write(reading)
        return writer.bytes
    }

    /// The entry `bytes` encode (``encoded``), or nil when they are not one of this
    /// version, whole and consistent (a store then treats the report as not kept).
    public init?(encoded bytes: [UInt8]) {
        var reader = CacheReader(bytes)
        do {
            guard try reader.unsigned() == UInt64(Self.encodingVersion) else { return nil }
            let document: ExtractedDocument = try reader.read()
            let diagnostics: [Diagnostic] = try reader.readArray()
            let reading: DocumentReading? = try reader.readOptional()
            guard reader.isAtEnd, reading?.fits(document) ?? true else { return nil }
            self.init(document: document, diagnostics: diagnostics, reading: reading)
        } catch {
            return nil
        }
    }
}
