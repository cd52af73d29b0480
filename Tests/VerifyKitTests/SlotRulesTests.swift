import Testing
@testable import VerifyKit

/// Slots: which fact of an event a mention fills, and what tells facts of a slot apart
/// (the places a distance is measured between, the group and place of a count, the value
/// of a name); countries, relative dates and report cut-off times are left out.
@Suite struct SlotRulesTests {
    /// `text` as one extracted sentence at the start of a document, holding `mentions`.
    static func sentence(_ text: String, _ mentions: [Mention]) -> ExtractedSentence {
        ExtractedSentence(sentence: Sentence(range: 0..<text.utf8.count, block: 0), text: text,
                          location: SourceLocation(path: "test", line: 1, column: 1, endLine: 1, endColumn: text.count + 1),
                          mentions: mentions, cues: [])
    }

    /// Every mention of `text` with its slot and key (`-` when left out, `nil` for no key).
    static func slots(_ text: String) -> [String] {
        let context = ExtractionContext(published: PublishedTime(year: 2023, month: 9, day: 9, origin: "test"), language: "en")
        let mentions = FactExtractor().extract(text: text, context: context).mentions
        return mentions.map { mention in
            guard let (slot, key) = SlotRules.slot(of: mention, in: sentence(text, mentions)) else { return "\(mention.text): -" }
            return "\(mention.text): \(slot) \(key ?? "nil")"
        }
    }

    @Test func aDistanceIsKeyedByThePlacesItIsMeasuredBetween() {
        #expect(Self.slots("Essaouira, 200 km west of Marrakesh, felt the quake.") == [
            "Essaouira: place place:essaouira", "200 km: distance place:essaouira→place:marrakesh", "Marrakesh: place place:marrakesh"])
        // A conversion in brackets stays in the clause; a comma ends it.
        #expect(Self.slots("The epicentre was 44 miles (71 kilometres) southwest of Marrakesh.") == [
            "44 miles: distance place:marrakesh", "71 kilometres: distance place:marrakesh", "Marrakesh: place place:marrakesh"])
        #expect(Self.slots("The epicentre was 44 miles away, near Marrakesh.") == ["44 miles: distance nil", "Marrakesh: place place:marrakesh"])
    }

    @Test func otherQuantitiesFillTheirPropertyOrDimension() {
        #expect(Self.slots("A crater of 3 meters formed, 8 m deep.") == ["3 meters: length nil", "8 m: depth nil"])
        // How long the quake lasted is the quake's (EventDurations); eight hours of rain are not.
        #expect(Self.slots("The quake of magnitude 6.8 lasted 20 seconds.") == ["magnitude 6.8: magnitude nil", "20 seconds: duration thing:earthquake"])
        #expect(Self.slots("Eight hours of rain fell.") == ["Eight hours: -", "Eight hours: duration nil"])   // the date rules' duration is not aligned
    }

    @Test func aCountIsKeyedByItsGroupAndPlace() {
        #expect(Self.slots("Five children were killed in Al Haouz and 12 people were injured.") == [
            "Five children: killed group:children place:al-haouz", "Al Haouz: place place:al-haouz", "12 people: injured nil"])
        #expect(Self.slots("No one was hurt.") == ["No one was hurt: casualties none"])
    }

    @Test func namesDatesAndTimes() {
        // An aircraft is a launch platform, not the weapon that hit.
        #expect(Self.slots("A MiG-31K launched a Kinzhal.") == ["MiG-31K: aircraft weapon:mig-31k", "Kinzhal: weapon nil"])
        // Countries are context.
        #expect(Self.slots("Azerbaijan protested in Kyiv.") == ["Azerbaijan: -", "Kyiv: place place:kyiv"])
        // "up to 2:00" is the cut-off of a report, not the time of the event.
        #expect(Self.slots("Reports up to 2:00 said the missile hit at 01:00.") == ["up to 2:00: -", "01:00: time nil"])
        #expect(Self.slots("The quake struck on September 8, 2023.") == ["September 8, 2023: date 2023-09-08"])
    }

    @Test func unresolvedRelativeDatesAreLeftOut() {
        let relative = Mention(type: .date, range: 0..<10, text: "last night", value: "relative:last night", rule: "test")
        let yearless = Mention(type: .date, range: 0..<5, text: "Nov 14", value: "--11-14", rule: "test")
        #expect(SlotRules.slot(of: relative, in: Self.sentence("last night", [relative])) == nil)
        #expect(SlotRules.slot(of: yearless, in: Self.sentence("Nov 14", [yearless])) == nil)
    }
}
