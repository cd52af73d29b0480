/// Sizes of things (`length`, `height`, `diameter`) as alignment places them:
///
/// - a size no word of its clause tied to a thing (``MeasuredThings``) is keyed by a
///   vehicle named right after it ("the 810-foot Marlow Star") or before it in its
///   sentence, once the story has typed that name ("Built in 2011, the Marlow Star is 250
///   metres long", a ship in the story);
/// - the size of a thing belongs to the story's main event, whatever date its sentence
///   gives: a ship "built in 2011" or "inspected last year" is as long on the day of the
///   story. A size of no named thing (a crater 3 m across) stays with its sentence's
///   event: it may be the mark of a recalled earlier one.
enum SizeFacts {
    /// Slots of sizes of things.
    static let slots: Set<Slot> = ["length", "height", "diameter"]
    /// Most bytes between a vehicle's name and the size after it.
    static let reach = 80

    /// The records with sizes keyed and dated as above. `storyMain`: each story's main date.
    static func placed(_ records: [ClaimRecord], storyOf: [Int], storyMain: [String]) -> [ClaimRecord] {
        var vehicles: [SentenceAddress: [Range<Int>]] = [:]
        for record in records where record.slot == "vehicle" && record.mention.type == .entity {
            vehicles[record.sentenceAddress, default: []].append(record.mention.range)
        }
        return records.map { record in
            guard record.mention.type == .quantity, slots.contains(record.slot) else { return record }
            var copy = record
            let measure = record.mention.range
            let named = vehicles[record.sentenceAddress] ?? []
            if copy.key == nil, named.contains(where: { name in
                (name.upperBound <= measure.lowerBound && measure.lowerBound - name.upperBound <= reach)
                    || (name.lowerBound >= measure.upperBound && name.lowerBound - measure.upperBound <= 2)
            }) {
                copy.key = "thing:vehicle"
            }
            let main = storyMain[storyOf[record.document]]
            if copy.key?.hasPrefix("thing:") == true, main != "undated" { copy.eventDate = main }
            return copy
        }
    }
}
