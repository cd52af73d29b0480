/// How a run's documents form stories: the story of each document, each story's id, main
/// date and members. Worked out for the whole run from what each document shows on its own
/// (its main date and ``StoryProfile``), before any story is aligned.
struct StoryPlan: Sendable {
    /// The story of each document (0, 1, … in order of first document).
    let storyOf: [Int]
    /// Each story's id (``Aligner/storyIDs(storyOf:mainDates:)``).
    let ids: [String]
    /// The documents of each story, ascending.
    let members: [[Int]]

    /// The plan for documents with these profiles and main dates, grouped as `grouping` says.
    init(profiles: [StoryProfile], mainDates: [String], grouping: StoryGrouping) {
        let storyOf = switch grouping {
        case .byContent: StoryClusterer.stories(profiles: profiles)
        case .single: Array(repeating: 0, count: profiles.count)
        }
        self.storyOf = storyOf
        ids = Aligner.storyIDs(storyOf: storyOf, mainDates: mainDates)
        var members = Array(repeating: [Int](), count: ids.count)
        for (document, story) in storyOf.enumerated() { members[story].append(document) }
        self.members = members
    }

    /// The voices of a story's documents as numbers of the story alone: the position of the
    /// voice among `members` when it is one of them, else `members.count` and up, one
    /// number per other voice in order of first use. Two documents share a number exactly
    /// when they share a voice (`voiceOf`, by run position).
    static func localVoices(of members: [Int], voiceOf: [Int]) -> [Int] {
        var position: [Int: Int] = [:]
        for (local, document) in members.enumerated() { position[document] = local }
        var outside: [Int: Int] = [:]
        return members.map { document in
            let voice = voiceOf[document]
            if let local = position[voice] { return local }
            if let known = outside[voice] { return known }
            outside[voice] = members.count + outside.count
            return outside[voice]!
        }
    }
}
