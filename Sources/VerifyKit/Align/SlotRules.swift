/// Which slot of an event a mention fills, and what distinguishes facts within the slot.
///
/// - Dates: slot `date`, one fact per date value.
/// - Times: slot `time`.
/// - Quantities: the measured property (`distance`, `depth`, `diameter`, `magnitude`,
///   `duration`…); a distance is keyed by the places it is measured between, when written;
///   a size by the kind of thing it measures (`thing:vehicle`, `thing:bridge`).
/// - Counts: the casualty kind (`killed`, `injured`…) or the counted thing (`crew`,
///   `missiles`), keyed by the group they count (`group:children`), what happened to the
///   things (`predicate:impact`) and the place they are given for ("1,293 deaths in Al Haouz");
///   "no casualties" statements are slot `casualties`, key `none`.
/// - Weapons: slot `weapon` (aircraft and helicopters apart, slot `aircraft`: a launch platform is not the
///   weapon that hit).
/// - Places, people, organisations: one fact per canonical value.
/// - The nationality of a group ("the crew are all Filipino"): slot of the group (`crew`),
///   key `nationality <country>` (``GroupNationalities``).
/// - Names the proper-name finder reads (`names.yaml`) fill the slot of their kind
///   (`person`, `organisation`, `place`, `vehicle`); untyped ones (`name:maersk`) fill slot
///   `name`, which the aligner keeps only when the name is the same thing as a typed name
///   of its story (``NameUnifier``).
/// - Countries are context, not facts, and are left out; so are untyped designations
///   (`designation:kh-29`: no cue said whether it is a weapon or a vehicle).
enum SlotRules {
    /// Most bytes between a count or distance and the place it is given for.
    static let placeWindow = 48

    /// The slot and key of `mention` among the other mentions of its sentence, or nil to leave it out.
    static func slot(of mention: Mention, in extracted: ExtractedSentence) -> (slot: Slot, key: String?)? {
        let sentence = extracted.mentions
        let text = SentenceBytes(utf8: extracted.text.utf8, base: extracted.sentence.range.lowerBound)
        switch mention.type {
        case .date:
            // The day a source spoke ("police said on Friday") is no fact of the event.
            guard mention.date?.isAnchor == true, !mention.qualifiers.contains(.saidOn) else { return nil }
            return (.date, mention.value)
        case .time:
            // "up to 2:00" is the cut-off of a report, not the time of the event.
            return mention.qualifiers.contains(.asOf) ? nil : (.time, nil)
        case .quantity:
            let slot = Slot(rawValue: mention.measuredProperty ?? Slot.quantity.rawValue)
            // A size keyed by the kind of thing it measures ("the 300-metre-long vessel"), see ``MeasuredThings``.
            if slot != .distance { return (slot, mention.entityClass.map { "thing:" + $0 }) }
            // From the event's site ("struck in X, 70 km from Y"): the event's distance to Y.
            let from = mention.qualifiers.contains(.eventSite) ? nil : EventSiteDistances.origin(of: mention, in: sentence)?.value
            let to = place(after: mention, in: sentence, text: text)
            let key = [from, to].compactMap { $0 }.joined(separator: "→")
            return (slot, key.isEmpty ? nil : key)
        case .count:
            if mention.qualifiers.contains(.negated) { return (.casualties, "none") }
            // A subgroup ("one child among the wounded") is a fact apart from the total.
            let group = mention.qualifiers.first(where: \.isGroup)?.rawValue
            // Counted things apart by what happened to them ("90 missiles fired", "two rockets fell").
            let predicate = mention.qualifiers.first(where: \.isPredicate)?.rawValue
            // Keyed by a settlement or area ("62 in Paiporta"), not by a site within the event
            // ("killed at the Riverside Mall"): a site found by its designator is no sub-place.
            let keys = [group, predicate, place(after: mention, in: sentence, text: text, settlementsOnly: true)].compactMap { $0 }
            return (mention.subtype.map(Slot.init(rawValue:)) ?? .count, keys.isEmpty ? nil : keys.joined(separator: " "))
        case .entity:
            guard let kind = mention.subtype, kind != "country", kind != "designation" else { return nil }
            // A state ("status:operating") fills its dimension's slot, keyed by the kind of thing.
            if kind == "state", let colon = mention.value.firstIndex(of: ":") {
                return (Slot(rawValue: String(mention.value[..<colon])), mention.entityClass)
            }
            // A group's nationality ("the crew are all Filipino") is a fact of that group, one per country.
            if kind == "nationality" { return (Slot(rawValue: mention.entityClass ?? "people"), "nationality " + mention.value) }
            if kind == "weapon" {
                let isAircraft = mention.entityClass == "aircraft" || mention.entityClass == "helicopter"
                return isAircraft ? (.aircraft, mention.value) : (.weapon, nil)
            }
            return (Slot(rawValue: kind), mention.value)
        case .duration:
            // Read by the date rules and not yet aligned (a duration as a quantity of
            // time is the quantity extractor's).
            return nil
        }
    }

    /// A place named right after `mention` in the same clause ("in Al Haouz", "from Marrakesh").
    private static func place(after mention: Mention, in sentence: [Mention], text: SentenceBytes, settlementsOnly: Bool = false) -> String? {
        let candidates = sentence.filter { $0.type == .entity && $0.subtype == "place" && $0.range.lowerBound >= mention.range.upperBound
            && $0.range.lowerBound - mention.range.upperBound <= placeWindow }
        guard let first = candidates.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else { return nil }
        if settlementsOnly, first.rule.hasPrefix("names.yaml") { return nil }
        let between = text.bytes(mention.range.upperBound..<first.range.lowerBound)
        // A conversion in brackets ("44 miles (71 kilometres) southwest of") stays in the clause.
        return between.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) ? nil : first.value
    }
}

/// A sentence's UTF-8 bytes addressed by document offsets.
private struct SentenceBytes {
    let utf8: String.UTF8View
    /// Document offset of the sentence's first byte.
    let base: Int

    func bytes(_ range: Range<Int>) -> Substring.UTF8View {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound - base)
        return utf8[start..<utf8.index(start, offsetBy: range.count)]
    }
}
