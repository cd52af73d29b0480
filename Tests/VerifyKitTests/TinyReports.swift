import Foundation
import Testing
@testable import VerifyKit

/// A few short reports written to a temporary folder and read back through
/// `CorpusLoader.load(paths:)`, for alignment tests small enough to check by hand.
///
/// Each report is Markdown with front matter (`published`, `outlet`), so that its
/// publication time is exactly what the test says. Documents come back in file-name order.
struct TinyReports {
    /// The corpus as the loader reads it.
    let corpus: Corpus
    /// Every document as extraction leaves it: sentences with their mentions and cues (the real extractor).
    let extracted: [ExtractedDocument]

    /// One report: its file name (`a.md`), publication time (ISO 8601, or nil for none) and body.
    struct Report {
        var name: String
        var published: String?
        var body: String

        init(_ name: String, published: String?, _ body: String) {
            self.name = name
            self.published = published
            self.body = body
        }

        /// The file's text: front matter with the outlet (the name) and the time, then the body.
        var text: String {
            var lines = ["---", "outlet: \(name)"]
            if let published { lines.append("published: \(published)") }
            lines += ["---", "", body, ""]
            return lines.joined(separator: "\n")
        }
    }

    init(_ reports: [Report]) throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for report in reports {
            try report.text.write(to: folder.appendingPathComponent(report.name), atomically: true, encoding: .utf8)
        }
        corpus = try CorpusLoader.load(paths: [folder.path])
        extracted = FactExtractor.extractAll(corpus.documents, rules: TestRules.shipped)
    }

    /// The whole pipeline over the reports.
    func verify() -> VerificationResult { Verifier.verify(corpus) }

    var documents: [SourceDocument] { corpus.documents }

    /// The first extracted mention of `type` written exactly `text` (or with that
    /// normalised value) in document `document`, with the index of its sentence.
    func mention(_ text: String, type: Mention.Kind, in document: Int,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (sentence: Int, mention: Mention) {
        for (index, sentence) in extracted[document].sentences.enumerated() {
            if let mention = sentence.mentions.first(where: { $0.type == type && ($0.text == text || $0.value == text) }) { return (index, mention) }
        }
        let found = extracted[document].sentences.flatMap(\.mentions).map { "\($0.type.rawValue) '\($0.text)' \($0.value)" }
        Issue.record("no \(type.rawValue) mention '\(text)' in document \(document); found \(found)", sourceLocation: sourceLocation)
        throw TinyReportsError()
    }

    /// A placed claim: the extracted mention written `text` (or valued so), in event `eventDate`, in the
    /// slot ``SlotRules`` gives it (or `slot`/`key` when given).
    func record(_ text: String, type: Mention.Kind, in document: Int, eventDate: String = "2025-11-14",
                slot: String? = nil, key: String?? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ClaimRecord {
        let (sentence, mention) = try self.mention(text, type: type, in: document, sourceLocation: sourceLocation)
        let ruled = SlotRules.slot(of: mention, in: extracted[document].sentences[sentence])
        return ClaimRecord(document: document, sentence: sentence, mention: mention, eventDate: eventDate,
                           slot: slot.map(Slot.init(rawValue:)) ?? ruled?.slot ?? "?", key: key ?? ruled?.key,
                           offset: extracted[document].published?.utcOffset)
    }

    /// Every extracted mention of `type` in document `document` that the aligner keeps,
    /// placed in event `eventDate` and the slot ``SlotRules`` gives it.
    func records(_ type: Mention.Kind, in document: Int, eventDate: String = "2025-11-14") -> [ClaimRecord] {
        extracted[document].sentences.enumerated().flatMap { index, sentence in
            sentence.mentions.filter { $0.type == type }.compactMap { mention -> ClaimRecord? in
                // Mentions the aligner leaves out (countries, relative dates, cut-off times) are left out here too.
                guard let ruled = SlotRules.slot(of: mention, in: sentence) else { return nil }
                return ClaimRecord(document: document, sentence: index, mention: mention, eventDate: eventDate,
                                   slot: ruled.slot, key: ruled.key, offset: extracted[document].published?.utcOffset)
            }
        }
    }

    /// What the finding builders share, with every document in story 0 unless `storyOf` says otherwise.
    func context(records: [ClaimRecord], storyOf: [Int]? = nil, storyMain: [String] = ["2025-11-14"]) -> AlignmentContext {
        let storyOf = storyOf ?? Array(repeating: 0, count: documents.count)
        return AlignmentContext(documents: extracted, storyOf: storyOf,
                                storyIDs: storyMain.indices.map { "s\($0)" }, storyMain: storyMain, records: records,
                                rules: TestRules.shipped.alignment, voiceOf: Array(extracted.indices))
    }
}

/// A mention the test expected is missing (the issue is already recorded).
struct TinyReportsError: Error {}

extension VerificationResult {
    /// The facts of `slot`, by id.
    func facts(slot: String) -> [Fact] { facts.filter { $0.slot == slot } }

    /// The findings of `kind` (and `slot`, when given).
    func findings(_ kind: Finding.Kind, slot: String? = nil) -> [Finding] {
        findings.filter { $0.kind == kind && (slot == nil || $0.slot == slot) }
    }
}
