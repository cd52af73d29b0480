import Foundation
import Testing
@testable import VerifyKit

/// Extraction costs time linear in the length of a sentence: a sentence ten times longer
/// takes about ten times as long, not a hundred (a quadratic scan, a rule retried per
/// token or backtracking would show here). Measured as a ratio on this machine, so that
/// the test holds on a slow or busy one.
@Suite struct ExtractionScalingTests {
    /// Clauses of news prose with numbers in digits and in words, varied by a seeded
    /// generator so that caches of distinct words do not hide the cost.
    static func sentence(characters: Int, language: String, seed: UInt64) -> String {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let clauses: [String: [String]] = [
            "de": ["in der Stadt wurden {n} Menschen verletzt und {w} weitere getötet",
                   "nach Angaben der Polizei sind mindestens {n} Personen ums Leben gekommen",
                   "die Feuerwehr brachte {w} Bewohner aus dem {n} Meter hohen Gebäude in Sicherheit",
                   "das Beben der Stärke {n},{d} ereignete sich etwa {n} Kilometer südlich der Küste",
                   "rund {n} Häuser wurden beschädigt und {w} Straßen gesperrt, sagte ein Sprecher am Montag"],
            "en": ["at least {n} people were killed and {w} others injured in the city",
                   "the police said {w} residents were evacuated from a {n}-storey building",
                   "the quake of magnitude {n}.{d} struck about {n} kilometres south of the coast",
                   "some {n} homes were damaged and {w} roads closed, a spokesman said on Monday",
                   "rescuers pulled {w} survivors from the rubble {n} hours after the blast"],
        ]
        let words: [String: [String]] = [
            "de": ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "hundert"],
            "en": ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty-five"],
        ]
        var text = ""
        while text.count < characters {
            var clause = clauses[language]![next(5)]
            while let range = clause.range(of: "{n}") { clause.replaceSubrange(range, with: String(2 + next(3000))) }
            while let range = clause.range(of: "{d}") { clause.replaceSubrange(range, with: String(next(10))) }
            while let range = clause.range(of: "{w}") { clause.replaceSubrange(range, with: words[language]![next(words[language]!.count)]) }
            text += (text.isEmpty ? "" : ", ") + clause
        }
        return text + "."
    }

    /// The fastest of `runs` extractions of `text`, in seconds.
    static func fastest(_ extractor: FactExtractor, _ text: String, language: String, runs: Int) -> Double {
        let context = ExtractionContext(published: nil, language: language)
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<runs {
            let start = clock.now
            _ = extractor.extract(text: text, context: context)
            let elapsed = start.duration(to: clock.now)
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    @Test(arguments: ["de", "en"])
    func tenTimesLongerCostsAboutTenTimesMore(language: String) {
        let extractor = FactExtractor()
        let short = Self.sentence(characters: 500, language: language, seed: 1)
        let long = Self.sentence(characters: 5000, language: language, seed: 2)
        // Warm both: ICU opens its rules and the word caches fill on the first pass.
        _ = Self.fastest(extractor, short, language: language, runs: 1)
        _ = Self.fastest(extractor, long, language: language, runs: 1)
        let shortTime = Self.fastest(extractor, short, language: language, runs: 5)
        let longTime = Self.fastest(extractor, long, language: language, runs: 3)
        let ratio = longTime / shortTime
        let lengths = Double(long.utf8.count) / Double(short.utf8.count)
        print("extraction scaling \(language): \(short.utf8.count) bytes \(String(format: "%.4f", shortTime)) s, \(long.utf8.count) bytes \(String(format: "%.4f", longTime)) s, ratio \(String(format: "%.1f", ratio)) for \(String(format: "%.1f", lengths))× the length")
        // Linear is about `lengths` (≈ 10); quadratic would be about lengths² (≈ 100).
        #expect(ratio < lengths * 2.5, "a sentence \(lengths)× longer took \(ratio)× as long")
    }
}
