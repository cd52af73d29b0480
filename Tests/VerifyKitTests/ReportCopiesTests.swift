import Foundation
import Testing
@testable import VerifyKit

/// The same report filed twice, and a syndicated near-copy, are recognised and shown; a copy
/// is one voice with its original, so repeating a figure does not corroborate it.
@Suite struct ReportCopiesTests {
    /// A wire story of invented places and figures, long enough to be called a copy.
    static let wire = """
        A powerful explosion hit a chemical plant in the northern town of Brentwick on Tuesday morning, \
        local officials said. Five people were killed and twelve were injured, according to the regional \
        emergency service. Firefighters worked through the night to contain the blaze, which sent a column \
        of black smoke over the valley. The cause of the explosion is under investigation, a police \
        spokesman told reporters.
        """

    /// An independent report of the same happening, with another toll.
    static let independent = """
        Seven people died when a blast tore through a chemical factory in Brentwick on Tuesday, the mayor \
        said, adding that rescue teams were still searching the rubble late in the evening.
        """

    /// The killed-count fact of a result.
    static func killed(_ result: VerificationResult) -> Fact? { result.facts.first { $0.slot == "killed" } }

    @Test func sameTextUnderTwoNamesIsOneReport() throws {
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", Self.wire),
            .init("b.md", published: "2026-03-03T11:00:00Z", Self.wire),
            .init("c.md", published: "2026-03-03T10:00:00Z", Self.independent),
        ]).verify()
        #expect(result.copies == [CopyRelation(source: "b", original: "a", kind: .sameText, shared: 1)])
        #expect(result.sources.map(\.id) == ["a", "b", "c"])
        #expect(result.stories.count == 1 && result.stories[0].sources == ["a", "b", "c"])
        // Aligned once, as its original: no claim of b, and b is not "not compared".
        #expect(!result.facts.contains { $0.claims.contains { $0.source == "b" } })
        #expect(result.uncompared.isEmpty)
        let killed = try #require(Self.killed(result))
        #expect(killed.status == .conflict)
        #expect(killed.agreement == 0.5)
        #expect(TextSummary(result: result).verdict.contains("· 1 copy"))
        let markdown = MarkdownReport(result: result, reportDirectory: ".").render()
        #expect(markdown.contains("- ⧉ b is the same text as a"))
        #expect(GatedSummary(gated: GatedResult(result: result)).text().contains("copy: b is the same text as a: one report, counted once."))
        #expect(result.json().contains("\"copies\"") && result.json().contains("\"same-text\""))
    }

    @Test func nearCopyIsOneVoiceAndStillCompared() throws {
        // A syndicated copy: a new lead line, the same text after it.
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", Self.wire),
            .init("b.md", published: "2026-03-03T10:00:00Z", "WIRE SERVICE REPORT, Brentwick. " + Self.wire),
            .init("c.md", published: "2026-03-03T10:00:00Z", Self.independent),
        ]).verify()
        #expect(result.copies.count == 1)
        let copy = try #require(result.copies.first)
        #expect(copy.source == "b" && copy.original == "a" && copy.kind == .nearCopy && copy.shared >= 0.8)
        let killed = try #require(Self.killed(result))
        // b is compared on its own (its claim is there) but agrees as a's voice: 1 of 2 voices, not 2 of 3 sources.
        #expect(Set(killed.claims.map(\.source)) == ["a", "b", "c"])
        #expect(killed.agreement == 0.5)
        #expect(result.scores.agreement.map { $0 < 1 } == true)
    }

    @Test func changedFigureInANearCopyStillShows() throws {
        let edited = Self.wire.replacingOccurrences(of: "Five people were killed", with: "Six people were killed")
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", Self.wire),
            .init("b.md", published: "2026-03-03T10:00:00Z", edited),
        ]).verify()
        #expect(result.copies.map(\.kind) == [.nearCopy])
        let killed = try #require(Self.killed(result))
        #expect(killed.status == .conflict)
        // Compared only with a copy of itself: no independent source, said so.
        #expect(result.uncompared.map(\.source) == ["a", "b"])
        #expect(result.uncompared.allSatisfy { $0.reason == .onlyCopies })
        #expect(!result.comparedAnything)
    }

    @Test func theOriginalIsTheEarliestWhateverTheFileOrder() throws {
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T12:00:00Z", Self.wire),
            .init("z.md", published: "2026-03-03T09:00:00Z", Self.wire),
            .init("m.md", published: "2026-03-03T10:00:00Z", Self.independent),
        ]).verify()
        #expect(result.copies == [CopyRelation(source: "a", original: "z", kind: .sameText, shared: 1)])
        #expect(Self.killed(result)?.claims.map(\.source).sorted() == ["m", "z"])
    }

    @Test func reportsSharingAQuoteAreNotCopies() throws {
        let quote = "\"We heard a huge bang and then the windows of the whole street shattered at once,\" a resident said."
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", Self.independent + " " + quote),
            .init("b.md", published: "2026-03-03T10:00:00Z", Self.wire + " " + quote),
        ]).verify()
        #expect(result.copies.isEmpty)
    }

    @Test func shortIdenticalTextsAreNotCalledCopies() throws {
        let line = "Explosion in Brentwick, five killed."
        let result = try TinyReports([
            .init("a.md", published: "2026-03-03T10:00:00Z", line),
            .init("b.md", published: "2026-03-03T10:00:00Z", line),
        ]).verify()
        #expect(result.copies.isEmpty)
    }

    @Test func shinglesAreTheSameOnEveryRun() {
        // Hashes are fixed functions (not Swift's seeded Hasher): reports and baselines depend on them.
        let a = TextShingles(sentences: ["One two three four five six."])
        #expect(a.hashes.count == 2 && a.wordCount == 6)
        #expect(TextShingles(sentences: ["ONE two, three; four five six"]).hashes == a.hashes)
        #expect(TextShingles.mix(0) == 0xe220_a839_7b1d_cdaf)
    }

    /// The containment that stops early gives the full merge's share whenever that share
    /// reaches the threshold, and nil otherwise, for texts sharing any part of their words.
    @Test func containmentAtLeastAThresholdIsTheFullShare() {
        let words = (0..<60).map { "w\($0)" }
        let base = TextShingles(sentences: [words.joined(separator: " ")])
        for cut in stride(from: 0, through: 60, by: 3) {
            for extra in [0, 5, 20] {
                let other = TextShingles(sentences: [(words.prefix(cut) + (0..<extra).map { "x\($0)" }).joined(separator: " ")])
                let full = base.containment(with: other)
                for threshold in [0.0, 0.5, 0.8, 0.95, 1.0] {
                    let early = base.containment(with: other, atLeast: threshold)
                    #expect(early == (full >= threshold ? full : nil), "cut \(cut), extra \(extra), threshold \(threshold)")
                }
            }
        }
    }

    /// Texts of a small archive: originals, same-text copies, near-copies and reports that
    /// share half their words, so that bands meet in buckets (ids in publication order).
    static func archiveTexts() -> [(id: String, text: String)] {
        var seed: UInt64 = 7
        func word() -> String {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return "w\((seed >> 33) % 400)"
        }
        var texts: [(id: String, text: String)] = []
        var originals: [[String]] = []
        for n in 0..<60 {
            let id = String(format: "r%03d", n * 10)
            switch n % 5 {
            case 1 where !originals.isEmpty: texts.append((id, originals[n % originals.count].joined(separator: " ")))
            case 2 where !originals.isEmpty:
                var words = originals[(n * 7) % originals.count]
                words[words.count - 1] = word()
                texts.append((id, words.joined(separator: " ")))
            case 3 where !originals.isEmpty:
                let words = Array(originals[(n * 3) % originals.count].prefix(25)) + (0..<25).map { _ in word() }
                texts.append((id, words.joined(separator: " ")))
            default:
                let words = (0..<50).map { _ in word() }
                originals.append(words)
                texts.append((id, words.joined(separator: " ")))
            }
        }
        return texts
    }

    /// The copies of `texts`, taking the decisions of `previous` when given.
    static func copies(_ texts: [(id: String, text: String)], previous: CopyTrace? = nil) -> ReportCopies {
        let shingles = texts.map { TextShingles(sentences: [$0.text]) }
        return ReportCopies(shingles: shingles, signatures: shingles.map(ReportCopies.signature(of:)),
                            published: texts.map { _ in nil }, ids: texts.map(\.id), keys: texts.map { "key-" + $0.id + $0.text },
                            previous: previous)
    }

    /// An earlier run's decisions, taken again, give the copies a run without them finds,
    /// whatever was added (an original, a copy, a near-copy, early or late), removed or changed.
    @Test func decisionsTakenFromAnEarlierRunGiveTheSameCopies() throws {
        let archive = Self.archiveTexts()
        let earlier = try #require(Self.copies(archive).trace)
        #expect(!Self.copies(archive).relations.isEmpty, "the archive has copies")
        var changes: [[(id: String, text: String)]] = []
        for (position, source) in [(0, 4), (17, 4), (33, 0), (59, 2)] {
            var added = archive
            added.insert((archive[position].id + "a", archive[source].text), at: position + 1)
            changes.append(added)
            var near = archive
            near.insert((archive[position].id + "b", archive[source].text + " extra"), at: position + 1)
            changes.append(near)
            var fresh = archive
            fresh.insert((archive[position].id + "c", "a new report of its own with enough words to be compared at all here"
                          + String(repeating: " and more", count: 12)), at: position + 1)
            changes.append(fresh)
        }
        for position in [0, 4, 10, 30, 58] {
            var removed = archive
            removed.remove(at: position)
            changes.append(removed)
            var changed = archive
            changed[position].text += " and one more sentence"
            changes.append(changed)
        }
        for texts in changes {
            let fresh = Self.copies(texts)
            let taken = Self.copies(texts, previous: earlier)
            #expect(taken.relations == fresh.relations)
            #expect(taken.isSameText == fresh.isSameText)
            #expect(try #require(taken.trace).decisions.map(\.original) == (try #require(fresh.trace)).decisions.map(\.original))
        }
        let back = try #require(CopyTrace(encoded: earlier.encoded))
        #expect(Self.copies(archive, previous: back).relations == Self.copies(archive).relations)
        #expect(CopyTrace(encoded: Array(earlier.encoded.dropLast())) == nil, "a cut trace is refused")
    }
}
