import Foundation
import Testing
@testable import VerifyKit

/// The extraction cache's compact encoding (docs/cache.md): an entry read back is the entry
/// written, whatever the reports hold (every script, every mention type, HTML and legacy
/// encodings of the shared corpora); garbage is refused, never trusted; and a stored
/// property added to an encoded type fails here until the codec writes it.
@Suite struct CacheCodecTests {
    /// JSON of a value with sorted keys: what "the same value" means here.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Every report of Corpus/ and of the shared corpora, extracted.
    static func extracted() throws -> [ExtractedDocument] {
        var paths = [TestPaths.repositoryRoot.appendingPathComponent("Corpus").path]
        paths += TestPaths.cases.map(\.path)
        let corpus = try CorpusLoader.load(paths: paths, rules: TestRules.shipped)
        return FactExtractor.extractAll(corpus.documents, rules: TestRules.shipped)
    }

    @Test func anEntryReadBackIsTheEntryWritten() throws {
        let keys = NameKeyMaker()
        let documents = try Self.extracted()
        #expect(documents.count >= 2)
        for document in documents {
            let reading = DocumentReading(document: document, keys: keys)
            let notes = [Diagnostic(.warning, path: document.source.path, "a note — ünïcödé")]
            let entry = CachedExtraction(document: document, diagnostics: notes, reading: reading)
            let back = try #require(CachedExtraction(encoded: entry.encoded), "\(document.source.id) reads back")
            #expect(try Self.json(back.document) == Self.json(document), "\(document.source.id)")
            #expect(back.diagnostics == notes)
            #expect(back.document.sentences.flatMap(\.mentions).map(\.placeCandidates)
                    == document.sentences.flatMap(\.mentions).map(\.placeCandidates))
            #expect(back.document.published?.zoneIdentifier == document.published?.zoneIdentifier)
            let read = try #require(back.reading)
            #expect(read.mainDate == reading.mainDate)
            #expect(read.placements.map(Self.placementText) == reading.placements.map(Self.placementText))
            #expect(read.profile.weights == reading.profile.weights && read.profile.days == reading.profile.days)
            #expect(read.profile.weeks == reading.profile.weeks && read.profile.weeksOfDays == reading.profile.weeksOfDays)
            #expect(read.profile.publishedDay == reading.profile.publishedDay && read.profile.language == reading.profile.language)
            #expect(read.profile.signature == reading.profile.signature)
            #expect(entry.encoded == back.encoded, "one entry, one encoding")
        }
    }

    static func placementText(_ placed: DocumentReading.Placement) -> String {
        "\(placed.sentence)/\(placed.mention)/\(placed.eventDate)/\(placed.slot.rawValue)/\(placed.key ?? "-")"
    }

    @Test func anEntryWithoutAReadingReadsBackWithout() throws {
        let document = try #require(try Self.extracted().first)
        let back = try #require(CachedExtraction(encoded: CachedExtraction(document: document, diagnostics: []).encoded))
        #expect(back.reading == nil)
        #expect(try Self.json(back.document) == Self.json(document))
    }

    @Test func garbageIsRefused() throws {
        let document = try #require(try Self.extracted().first)
        let bytes = CachedExtraction(document: document, diagnostics: [],
                                     reading: DocumentReading(document: document, keys: NameKeyMaker())).encoded
        #expect(CachedExtraction(encoded: []) == nil)
        #expect(CachedExtraction(encoded: [CachedExtraction.encodingVersion + 1] + bytes.dropFirst()) == nil, "another version")
        for cut in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(CachedExtraction(encoded: Array(bytes.prefix(cut))) == nil, "cut at \(cut)")
        }
        #expect(CachedExtraction(encoded: bytes + [0]) == nil, "trailing bytes")
        // Flipped bytes either read as some entry or are refused; they never trap.
        for position in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 211)) {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var flipped = bytes
                flipped[position] ^= mask
                _ = CachedExtraction(encoded: flipped)
            }
        }
    }

    /// The stored properties each encoded type is known to have, in declaration order: a
    /// new one must be written and read by the codec (Cache/*+CacheCodable.swift), and
    /// `SQLiteExtractionStore.schemaVersion` bumped, before this list is updated.
    @Test func theCodecKnowsEveryStoredProperty() throws {
        let document = try #require(try Self.extracted().first { $0.published != nil })
        let sentence = try #require(document.sentences.first { !$0.mentions.isEmpty })
        let reading = DocumentReading(document: document, keys: NameKeyMaker())
        let known: [(String, Any, [String])] = [
            ("ExtractedDocument", document, ["source", "published", "sentences"]),
            ("SourceSummary", document.source, ["id", "path", "title", "outlet", "published", "publishedFrom", "languages",
                                                "encoding", "encodingFrom", "format", "sha256"]),
            ("PublishedTime", document.published!, ["year", "month", "day", "hour", "minute", "second", "utcOffset", "origin",
                                                    "yearInferred", "zoneIdentifier"]),
            ("ExtractedSentence", sentence, ["sentence", "text", "location", "mentions", "cues"]),
            ("Sentence", sentence.sentence, ["range", "block"]),
            ("SourceLocation", sentence.location, ["path", "line", "column", "endLine", "endColumn"]),
            ("Mention", sentence.mentions[0], ["type", "range", "text", "value", "unit", "qualifiers", "subtype", "rule", "measure",
                                               "entityClass", "country", "zone", "placeCandidates", "subject", "location"]),
            ("Measure", Measure(dimension: "length", low: 1, high: 2), ["dimension", "low", "high"]),
            ("EventCue", EventCue(kind: "strike", text: "struck", range: 0..<6), ["kind", "text", "range"]),
            ("Qualifier", Qualifier.about, ["rawValue"]),
            ("Diagnostic", Diagnostic(.note, path: "a", "b"), ["severity", "path", "message"]),
            ("CachedExtraction", CachedExtraction(document: document, diagnostics: []), ["document", "diagnostics", "reading"]),
            ("DocumentReading", reading, ["mainDate", "placements", "profile"]),
            ("DocumentReading.Placement", DocumentReading.Placement(sentence: 0, mention: 0, eventDate: "", slot: "date", key: nil),
             ["sentence", "mention", "eventDate", "slot", "key"]),
            ("StoryProfile", reading.profile, ["weights", "days", "weeks", "weeksOfDays", "publishedDay", "language", "signature"]),
            ("EventSignature", reading.profile.signature, ["leadDays", "statedDays", "resolvedDays", "weeks", "leadPlaces", "namedPlaces"]),
        ]
        for (name, value, properties) in known {
            let found = Mirror(reflecting: value).children.compactMap(\.label)
            #expect(found == properties, "\(name) has stored properties \(found): encode the new ones (docs/cache.md) and bump the schema")
        }
    }
}
