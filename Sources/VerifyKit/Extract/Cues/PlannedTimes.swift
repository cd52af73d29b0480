/// Marks the times of day of a sentence about the future as `planned`: "officials are
/// expected to brief reporters at about 1 p.m." gives the time of a plan, not of something
/// that happened, and alignment never sets it against the time of a happening. The tense
/// is the one the date rules read (``DateExtractor/tense(of:language:)``): future when only
/// future cues occur.
enum PlannedTimes {
    /// Whether `mentions` hold a time, the only case where the tense is worth reading.
    static func needed(_ mentions: [Mention]) -> Bool { mentions.contains { $0.type == .time } }

    static func mark(_ mentions: [Mention], tense: Tense) -> [Mention] {
        guard tense == .future else { return mentions }
        return mentions.map { mention in
            guard mention.type == .time, !mention.qualifiers.contains(.planned) else { return mention }
            var copy = mention
            copy.qualifiers.append(.planned)
            return copy
        }
    }
}
