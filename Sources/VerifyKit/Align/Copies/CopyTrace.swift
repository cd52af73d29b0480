/// What finding copies decided for each report of a run that it compared with the earlier
/// ones (``ReportCopies``), by the report's ``ExtractionKey``, in order of publication: the
/// original found (or none) and the share. A report's decision depends only on the reports
/// in the buckets of its signature's bands when its turn comes; a later run takes it again
/// when no report that entered or left those buckets before it changed (docs/cache.md).
struct CopyTrace: Sendable {
    /// A compared report's decision.
    struct Decision: Sendable {
        /// The report's key.
        var key: String
        /// The key of the original it is a near-copy of, or nil (an original: it entered the buckets).
        var original: String?
        /// The share of shingles found in the original.
        var share: Double
    }

    /// The decisions, in order of publication.
    var decisions: [Decision]
}

extension CopyTrace: CacheCodable {
    /// The first byte of an encoded trace: the version of its encoding.
    static let encodingVersion: UInt8 = 1

    func write(to writer: inout CacheWriter) {
        writer.write(decisions) { w, decision in
            w.write(decision.key)
            w.write(decision.original)
            w.write(decision.share)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        decisions = try reader.array { r throws(CacheReader.Malformed) in
            Decision(key: try r.string(), original: try r.optionalString(), share: try r.double())
        }
    }

    /// The trace in the cache's compact encoding: ``encodingVersion``, then the trace.
    var encoded: [UInt8] {
        var writer = CacheWriter(capacity: decisions.count * 80)
        writer.write(UInt64(Self.encodingVersion))
        writer.write(self)
        return writer.bytes
    }

    /// The trace `bytes` encode, or nil when they are not one of this version and whole.
    init?(encoded bytes: [UInt8]) {
        var reader = CacheReader(bytes)
        do {
            guard try reader.unsigned() == UInt64(Self.encodingVersion) else { return nil }
            let trace: CopyTrace = try reader.read()
            guard reader.isAtEnd else { return nil }
            self = trace
        } catch {
            return nil
        }
    }
}
