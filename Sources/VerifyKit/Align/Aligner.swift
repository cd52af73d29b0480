import Foundation

/// Turns extracted mentions into stories, events, facts, findings and scores.
struct Aligner {
    let documents: [ExtractedDocument]
    let rules: AlignmentRules
    /// How documents are grouped into stories.
    var grouping: StoryGrouping = .byContent
    /// The voice of each document: the document whose text it repeats (``ReportCopies``),
    /// else itself. Agreement counts a voice once.
    var voiceOf: [Int]? = nil

    func run(diagnostics: [Diagnostic]) -> VerificationResult {
        var none: [DocumentReading?] = []
        return run(diagnostics: diagnostics, readings: &none)
    }

    /// The run, with what alignment reads from each document when already known (nil or
    /// none: read it here); `readings` is consumed (left empty) once turned into claims.
    func run(diagnostics: [Diagnostic], readings: inout [DocumentReading?]) -> VerificationResult {
        let read = Self.readDocuments(documents, known: readings)
        readings = []
        var records = read.flatMap(\.records)
        let mainDates = read.map(\.mainDate)
        let profiles = read.map(\.profile)
        let storyOf = switch grouping {
        case .byContent: StoryClusterer.stories(profiles: profiles)
        case .single: Array(repeating: 0, count: documents.count)
        }
        let storyIDs = Self.storyIDs(storyOf: storyOf, mainDates: mainDates)
        let storyMain = Self.storyMainDates(storyOf: storyOf, mainDates: mainDates)
        // A follow-up whose own news date differs ("By Sunday morning…") reports the story's main event.
        records = records.map { record in
            var copy = record
            let main = storyMain[storyOf[record.document]]
            if record.eventDate == mainDates[record.document], main != "undated" { copy.eventDate = main }
            return copy
        }
        records = EventMerger(documents: documents, storyOf: storyOf, storyMain: storyMain).merge(records)
        records = EventZones.localise(records, storyOf: storyOf, countryZones: rules.countryZones)
        records = PersonAges.typeSubjects(records)
        records = NameUnifier.unify(records, storyOf: storyOf, documents: documents)
        records = PersonAges.attach(records, storyOf: storyOf, storyMain: storyMain)
        // A name typed by nothing, neither its context nor another name of its story, is not a fact.
        records.removeAll { $0.slot == "name" }
        records = SubPlaceCounts.keyed(records, storyOf: storyOf)
        records = SizeFacts.placed(records, storyOf: storyOf, storyMain: storyMain)
        records = UnanchoredMeasures.cluster(records, storyOf: storyOf)
        records = TimeMoments.cluster(records, storyOf: storyOf, documents: documents)
        records = AuthorityReadings.added(records, slots: rules.readingSlots, storyOf: storyOf)
        let context = AlignmentContext(documents: documents, storyOf: storyOf,
                                       storyIDs: storyIDs, storyMain: storyMain, records: records,
                                       rules: rules, voiceOf: voiceOf ?? Array(documents.indices))
        let built = FactBuilder(context: context).build()
        let (found, scores) = Self.findAndScore(context: context, groups: built.groups)
        var findings = built.findings + found
        findings.sort { ($0.kind.rank, $0.event, $0.slot, $0.id) < ($1.kind.rank, $1.event, $1.slot, $1.id) }
        let stories = self.stories(storyOf: storyOf, storyIDs: storyIDs, events: built.events)
        var result = VerificationResult(sources: documents.map(\.source), events: built.events, facts: built.facts,
                                        findings: findings, scores: scores, diagnostics: diagnostics)
        result.stories = stories
        return result
    }

    /// One of the passes over the built facts that ``findAndScore(context:groups:)`` runs.
    private enum Pass: Int, CaseIterable, Sendable {
        // Largest first, so that two workers take about equal shares.
        case scores, variants, omissions, spoofs, causes, eventDays, declarations
    }

    /// What a pass gave.
    private enum PassResult: Sendable {
        case findings([Finding])
        case scores(Scores)
    }

    /// Omissions, variants, cause, event-day and declaration-day disputes and spoofed names (in that order),
    /// and the scores. The passes read the same facts and none reads another's result, so
    /// they run at once on every core; the findings are joined in the order above.
    private static func findAndScore(context: AlignmentContext, groups: [FactGroup]) -> (findings: [Finding], scores: Scores) {
        let results = ParallelMap.map(Pass.allCases, makeState: {}) { _, pass -> PassResult in
            switch pass {
            case .scores: .scores(ScoreCalculator(context: context, groups: groups).scores())
            case .variants: .findings(VariantFinder(context: context).findings(factGroups: groups))
            case .omissions: .findings(OmissionFinder(context: context, facts: groups).findings())
            case .spoofs: .findings(SpoofedNames.findings(context: context))
            case .causes: .findings(CauseDisputes.findings(groups: groups, context: context))
            case .eventDays: .findings(EventDayDisputes.findings(context: context))
            case .declarations: .findings(DeclarationDisputes.findings(context: context))
            }
        }
        func findings(_ pass: Pass) -> [Finding] {
            if case let .findings(found) = results[pass.rawValue] { return found }
            return []
        }
        guard case let .scores(scores) = results[Pass.scores.rawValue] else { preconditionFailure("the scores pass gives scores") }
        let order: [Pass] = [.omissions, .variants, .causes, .eventDays, .declarations, .spoofs]
        return (order.flatMap(findings), scores)
    }

    /// What alignment reads from one document on its own: its main date, its placed
    /// claims and its story profile.
    struct Reading: Sendable {
        var mainDate: String
        var records: [ClaimRecord]
        var profile: StoryProfile
    }

    /// The readings of `documents`, in order, on every core: the ones `known` holds, the
    /// others worked out here (each worker keys names with its own ``NameKeyMaker``; keys
    /// depend only on the text).
    static func readDocuments(_ documents: [ExtractedDocument], known: [DocumentReading?] = []) -> [Reading] {
        ParallelMap.map(Array(documents.indices), makeState: { NameKeyMaker() }) { keys, index in
            let document = documents[index]
            let reading = (known.indices.contains(index) ? known[index] : nil) ?? DocumentReading(document: document, keys: keys)
            return Reading(mainDate: reading.mainDate, records: reading.records(of: document, index: index), profile: reading.profile)
        }
    }

    /// The public stories: id, the label of the main event (else the first), sorted sources.
    func stories(storyOf: [Int], storyIDs: [String], events: [Event]) -> [Story] {
        // Members and events of each story gathered in one pass each, in their order.
        var members = Array(repeating: [Int](), count: storyIDs.count)
        for (document, story) in storyOf.enumerated() { members[story].append(document) }
        var eventsOf: [String: [Event]] = [:]
        for event in events { eventsOf[event.story, default: []].append(event) }
        return storyIDs.indices.map { story in
            let id = storyIDs[story]
            let sources = members[story].map { documents[$0].source.id }.sorted()
            let own = eventsOf[id] ?? []
            let label = (own.first(where: \.isMain) ?? own.first)?.label ?? id
            return Story(id: id, label: label, sources: sources)
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
