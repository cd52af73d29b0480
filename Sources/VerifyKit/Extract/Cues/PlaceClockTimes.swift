import Foundation
import VerifyICU

/// Times given on another place's clock: "5pm Japan time", "à 14 h heure de Paris",
/// "a las 8 hora de Madrid". The place (resolved, with its zone from the place index or its
/// country's from `countryZones`) gives the time its UTC offset at the report's date, so
/// that it is compared as the instant it names, not as a wall clock of the event's place.
/// The phrases are `placeClock` in `times.yaml`: words after the place ("time") or before it
/// ("heure de").
struct PlaceClockTimes: Sendable {
    /// `placeClock` of `times.yaml`.
    struct Phrases: Decodable, Sendable {
        /// Words after the place's name ("Japan time").
        var after: [String]
        /// Words between the time and the place's name ("heure de Paris").
        var before: [String]
    }

    let phrases: Phrases
    let countryZones: [String: String]

    /// `sentences` with every time of another place's clock given that place's offset.
    func apply(_ sentences: [ExtractedSentence], published: PublishedTime?) -> [ExtractedSentence] {
        sentences.map { sentence in
            guard sentence.mentions.contains(where: { $0.type == .time }) else { return sentence }
            var copy = sentence
            let bytes = Array(sentence.text.utf8)
            let base = sentence.sentence.range.lowerBound
            for (m, time) in sentence.mentions.enumerated() where time.type == .time && time.time?.isZoned == false {
                guard let place = sentence.mentions.first(where: { candidate in
                    candidate.type == .entity && (candidate.subtype == "place" || candidate.subtype == "country")
                        && candidate.range.lowerBound >= time.range.upperBound && candidate.range.lowerBound - time.range.upperBound <= 24
                }), names(bytes, base: base, time: time.range, place: place.range),
                      let seconds = offset(of: place, at: Self.instant(published)) else { continue }
                let minutes = seconds / 60
                copy.mentions[m].value += String(format: "%@%02d:%02d", minutes < 0 ? "-" : "+", abs(minutes) / 60, abs(minutes) % 60)
                copy.mentions[m].rule += " on the clock of a named place"
            }
            return copy
        }
    }

    /// The UTC offset, in seconds, of a place's clock at `instant`: its own zone (place
    /// index); for a place without one, its country's (`countryZones`); for a country (or
    /// a place of a country `countryZones` lacks), the country's zones in ICU's CLDR data
    /// when they all keep one offset then — "United States time" names no clock.
    private func offset(of place: Mention, at instant: Date) -> Int? {
        if let zone = place.zone.flatMap(TimeZone.init(identifier:)) { return zone.secondsFromGMT(for: instant) }
        let isCountry = place.subtype == "country"
        let code = place.country ?? (isCountry ? place.value.split(separator: ":").last.map(String.init) : nil)
        guard let code else { return nil }
        if !isCountry, let zone = countryZones[code].flatMap(TimeZone.init(identifier:)) { return zone.secondsFromGMT(for: instant) }
        let offsets = Set(LocaleNames.zones(region: code).compactMap { TimeZone(identifier: $0)?.secondsFromGMT(for: instant) })
        return offsets.count == 1 ? offsets.first : nil
    }

    /// Whether the words between the time and the place, and after the place, make it the
    /// place's clock: nothing but a bracket or a `before` phrase between, an `after` phrase
    /// right after (or a `before` phrase between and nothing required after).
    private func names(_ bytes: [UInt8], base: Int, time: Range<Int>, place: Range<Int>) -> Bool {
        func text(_ range: Range<Int>) -> String {
            let lower = max(0, range.lowerBound - base), upper = min(bytes.count, max(lower, range.upperBound - base))
            return String(decoding: bytes[lower..<upper], as: UTF8.self)
        }
        let between = text(time.upperBound..<place.lowerBound).trimmingCharacters(in: CharacterSet(charactersIn: " ("))
            .lowercased()
        if !between.isEmpty {
            // The time's own words may end inside a `before` phrase: "14 h heure" + "de Paris".
            let joined = (text(time) + " " + between).lowercased()
            return phrases.before.contains { joined.hasSuffix(" " + $0) || joined == $0 }
        }
        let following = text(place.upperBound..<place.upperBound + 12).lowercased()
        return phrases.after.contains { phrase in
            following.hasPrefix(" " + phrase) && !(following.dropFirst(phrase.count + 1).first?.isLetter ?? false)
        }
    }

    /// Noon UTC of the report's day (the offset of a zone with summer time depends on it),
    /// or of 1 January 2000 when the report is undated.
    private static func instant(_ published: PublishedTime?) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = DateComponents(year: published?.year ?? 2000, month: published?.year == nil ? 1 : published?.month,
                                   day: published?.year == nil ? 1 : published?.day, hour: 12)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 946_728_000)
    }
}
