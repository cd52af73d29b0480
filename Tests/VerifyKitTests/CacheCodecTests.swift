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

    /// Every story of Corpus/ and the shared corpora, aligned, reads back as aligned; so do
    /// the documents' sketches.
    @Test func aStoryAndASketchReadBackAsWritten() throws {
        let documents = try Self.extracted()
        let readings = Aligner.readDocuments(documents)
        let plan = StoryPlan(profiles: readings.map(\.profile), mainDates: readings.map(\.mainDate), grouping: .byContent)
        var compared = 0
        for story in plan.members.indices {
            let members = plan.members[story]
            let records = members.enumerated().flatMap { local, d in readings[d].records(of: documents[d], index: local) }
            let alignment = StoryAligner(documents: members.map { documents[$0] }, storyID: plan.ids[story],
                                         rules: TestRules.shipped.alignment, voiceOf: Array(members.indices))
                .align(records: records, mainDates: members.map { readings[$0].mainDate })
            let entry = CachedStory(alignment: alignment)
            let back = try #require(CachedStory(encoded: entry.encoded)).alignment
            #expect(try Self.json(back.events) == Self.json(alignment.events))
            #expect(try Self.json(back.facts) == Self.json(alignment.facts))
            #expect(try Self.json(back.findings) == Self.json(alignment.findings))
            #expect(back.scores.agreements == alignment.scores.agreements)
            #expect(back.scores.sources.map(\.0) == alignment.scores.sources.map(\.0))
            #expect(back.scores.sources.map(\.1) == alignment.scores.sources.map(\.1))
            #expect(back.scores.matrix == alignment.scores.matrix)
            #expect(CachedStory(encoded: Array(entry.encoded.dropLast())) == nil, "a cut story is refused")
            compared += alignment.facts.count
        }
        #expect(compared > 0)
        for (document, reading) in zip(documents, readings) {
            let sketch = CachedSketch(sketch: DocumentSketch(document: document, reading: reading), diagnostics: [])
            let back = try #require(CachedSketch(encoded: sketch.encoded))
            #expect(try Self.json(back.sketch.source) == Self.json(document.source))
            #expect(back.sketch.mainDate == reading.mainDate && back.sketch.profile.weights == reading.profile.weights)
            #expect(back.sketch.shingles.hashes == sketch.sketch.shingles.hashes && back.sketch.signature == sketch.sketch.signature)
            #expect(back.sketch.shingles.whole == sketch.sketch.shingles.whole)
            #expect(back.encoded == sketch.encoded, "one sketch, one encoding")
            #expect(CachedSketch(encoded: Array(sketch.encoded.dropLast())) == nil, "a cut sketch is refused")
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
            // The sketch is kept in a table of its own (CachedSketch), not in the extraction's bytes.
            ("CachedExtraction", CachedExtraction(document: document, diagnostics: []), ["document", "diagnostics", "reading", "sketch"]),
            ("DocumentSketch", DocumentSketch(document: document, reading: reading),
             ["source", "published", "mainDate", "profile", "shingles", "signature"]),
            ("TextShingles", TextShingles(sentences: ["a b c d e f"]), ["hashes", "whole", "wordCount"]),
            ("CachedSketch", CachedSketch(extraction: CachedExtraction(document: document, diagnostics: [])), ["sketch", "diagnostics"]),
            ("StoryAlignment", StoryAlignment(events: [], facts: [], findings: [], scores: ScoreParts(agreements: [], sources: [], matrix: [:])),
             ["events", "facts", "findings", "scores"]),
            ("CopyTrace", CopyTrace(decisions: []), ["decisions"]),
            ("CopyTrace.Decision", CopyTrace.Decision(key: "", original: nil, share: 0), ["key", "original", "share"]),
            ("ScoreParts", ScoreParts(agreements: [], sources: [], matrix: [:]), ["agreements", "sources", "matrix"]),
            ("Event", Event(id: "", label: "", date: "", story: "", sources: [], isMain: false),
             ["id", "label", "date", "story", "sources", "isMain"]),
            ("Fact", Fact(id: "", event: "", slot: "", key: nil, status: .agree, agreement: 1, claims: []),
             ["id", "event", "slot", "key", "status", "agreement", "claims"]),
            ("Finding", Finding(id: "", kind: .conflict, severity: .error, event: "", slot: "", message: "", claims: [], missingFrom: []),
             ["id", "kind", "severity", "event", "slot", "message", "claims", "missingFrom", "groups"]),
            ("Claim", Claim(source: "", value: "", normalized: "", quote: "", location: sentence.location, qualifiers: [], rule: ""),
             ["source", "value", "normalized", "quote", "location", "qualifiers", "rule"]),
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
