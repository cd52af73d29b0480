import Foundation

/// What turning extracted mentions into stories, events, facts, findings and scores shares
/// across stories: story ids and main dates, reading documents, joining the stories' parts
/// (each story is aligned by ``StoryAligner``; ``StoryRun`` runs them).
enum Aligner {
    /// A run's result from its plan and its stories' alignments (in story order).
    static func result(plan: StoryPlan, parts: [StoryAlignment], sources: [SourceSummary],
                       diagnostics: [Diagnostic]) -> VerificationResult {
        let joined = StoryAlignment.joined(parts)
        var result = VerificationResult(sources: sources, events: joined.events, facts: joined.facts,
                                        findings: joined.findings, scores: joined.scores, diagnostics: diagnostics)
        result.stories = stories(plan: plan, sources: sources, events: joined.events)
        return result
    }

    /// What alignment reads from each of `documents`, in order, on every core: the ones
    /// `known` holds, the others worked out here (each worker keys names with its own
    /// ``NameKeyMaker``; keys depend only on the text).
    static func readDocuments(_ documents: [ExtractedDocument], known: [DocumentReading?] = []) -> [DocumentReading] {
        ParallelMap.map(Array(documents.indices), makeState: { NameKeyMaker() }) { keys, index in
            (known.indices.contains(index) ? known[index] : nil) ?? DocumentReading(document: documents[index], keys: keys)
        }
    }

    /// The public stories: id, the label of the main event (else the first), sorted sources.
    static func stories(plan: StoryPlan, sources: [SourceSummary], events: [Event]) -> [Story] {
        var eventsOf: [String: [Event]] = [:]
        for event in events { eventsOf[event.story, default: []].append(event) }
        return plan.ids.indices.map { story in
            let id = plan.ids[story]
            let own = eventsOf[id] ?? []
            let label = (own.first(where: \.isMain) ?? own.first)?.label ?? id
            return Story(id: id, label: label, sources: plan.members[story].map { sources[$0].id }.sorted())
        }
    }

    /// What a named thing counts as when grouping documents into stories: its kind and
    /// identity key (``NameKey``), so that spellings with one key meet (`person|sergei soigu`).
    static func storyTerm(_ value: String, keys: NameKeyMaker) -> String {
        guard let ref = EntityRef(value) else { return value }
        return "\(ref.kind)|\(keys.key(value: value).text)"
    }

    /// `story-<main date>` (with `-2`, `-3`… when two stories share a main date).
    static func storyIDs(storyOf: [Int], mainDates: [String]) -> [String] {
        let mains = storyMainDates(storyOf: storyOf, mainDates: mainDates)
        var seen: [String: Int] = [:]
        return mains.map { date in
            seen[date, default: 0] += 1
            return seen[date]! == 1 ? "story-\(date)" : "story-\(date)-\(seen[date]!)"
        }
    }

    /// The most common main date of each story's documents (ties: the earliest date).
    static func storyMainDates(storyOf: [Int], mainDates: [String]) -> [String] {
        let count = (storyOf.max() ?? -1) + 1
        // One pass over the documents, not one per story.
        var tallies = Array(repeating: [String: Int](), count: count)
        for (document, story) in storyOf.enumerated() { tallies[story][mainDates[document], default: 0] += 1 }
        return tallies.map { tally in
            tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? "undated"
        }
    }
}

/// What the finding builders share: the documents, their stories and the placed claims.
struct AlignmentContext {
    let documents: [ExtractedDocument]
    let storyOf: [Int]
    let storyIDs: [String]
    let storyMain: [String]
    let records: [ClaimRecord]
    /// The rules alignment uses (place designators, fixed counts, states).
    let rules: AlignmentRules
    /// The voice of each document (its original when it is a near-copy, else itself).
    let voiceOf: [Int]
    /// The documents of each story, ascending (gathered once: finders ask per event).
    private let members: [[Int]]
    /// The claims of people and organisations by sentence, with the values alignment gave
    /// them (a speaker is compared by what it names).
    let entitiesBySentence: [SentenceAddress: [ClaimRecord]]

    init(documents: [ExtractedDocument], storyOf: [Int], storyIDs: [String], storyMain: [String], records: [ClaimRecord],
         rules: AlignmentRules, voiceOf: [Int]) {
        self.documents = documents
        self.storyOf = storyOf
        self.storyIDs = storyIDs
        self.storyMain = storyMain
        self.records = records
        self.rules = rules
        self.voiceOf = voiceOf
        var members = Array(repeating: [Int](), count: (storyOf.max() ?? -1) + 1)
        for (document, story) in storyOf.enumerated() { members[story].append(document) }
        self.members = members
        var entities: [SentenceAddress: [ClaimRecord]] = [:]
        for record in records where record.mention.type == .entity && (record.slot == "person" || record.slot == "organisation") {
            entities[record.sentenceAddress, default: []].append(record)
        }
        entitiesBySentence = entities
    }

    /// The distinct voices among `documents`.
    func voices<S: Sequence>(_ documents: S) -> Int where S.Element == Int {
        Set(documents.map { voiceOf[$0] }).count
    }

    /// Words that name a kind of place, left out when comparing written forms.
    var designators: Set<String> { rules.designators }

    /// Whether the values of `slot` change as news comes in, so that figures that follow
    /// each other are an update: people counts and developing counts of things (a ship's
    /// crew does not grow), and the states of a developing dimension (a survivor's condition).
    func develops(_ slot: Slot, counts: Bool) -> Bool {
        counts ? !rules.fixedCounts.contains(slot.rawValue) : rules.developingStates.contains(slot.rawValue)
    }

    /// Whether the count of a fact can only rise: its slot or a part of its key is in
    /// `counts.yaml` `onlyRise` (`killed`, `predicate:impact`).
    func onlyRises(_ key: FactKey) -> Bool {
        rules.risingCounts.contains(key.slot.rawValue)
            || (key.key ?? "").split(separator: " ").contains { rules.risingCounts.contains(String($0)) }
    }

    /// Whether the forms of one value of `slot` are compared as variants: not for causes
    /// and states, which are compared by agent and state, however each source words them.
    func hasVariants(_ slot: Slot) -> Bool {
        slot != CauseDisputes.slot && !rules.stateSlots.contains(slot.rawValue)
    }

    func eventID(story: Int, date: String) -> String { "\(storyIDs[story])/\(date)" }

    func sourceID(_ document: Int) -> String { documents[document].source.id }

    /// The public claim of a placed mention.
    func claim(_ record: ClaimRecord) -> Claim {
        let document = documents[record.document]
        let sentence = document.sentences[record.sentence]
        return Claim(source: document.source.id, value: record.mention.text, normalized: record.mention.value,
                     quote: sentence.text, location: record.mention.location ?? sentence.location,
                     qualifiers: record.mention.qualifiers.map(\.rawValue), rule: record.mention.rule)
    }

    /// Publication instant of a document when stated to the minute with a zone.
    func published(_ document: Int) -> Double? { ReportTime(published: documents[document].published).instant }

    /// Sources of a story, as document indices, ascending.
    func documents(inStory story: Int) -> [Int] { members.indices.contains(story) ? members[story] : [] }
}
