/// Aligns the documents of one story: places their claims in events, builds the facts and
/// finds what they show. Every stage works story by story, so a story's part of a run
/// depends only on its own documents, its id and its voices (``StoryAlignment``), and an
/// unchanged story can be taken from the cache instead (docs/cache.md, "Stories").
struct StoryAligner {
    /// The story's documents, in corpus order.
    let documents: [ExtractedDocument]
    /// The story's id in the run (``Aligner/storyIDs(storyOf:mainDates:)``).
    let storyID: String
    /// The rules alignment uses.
    let rules: AlignmentRules
    /// The voice of each document, as a number shared by the documents of one voice
    /// (``StoryPlan/localVoices(of:voiceOf:)``).
    let voiceOf: [Int]

    /// The story's events, facts, findings and score parts from its documents' placed claims
    /// (`records`, numbered by position in ``documents``) and main dates.
    func align(records placed: [ClaimRecord], mainDates: [String]) -> StoryAlignment {
        let storyOf = Array(repeating: 0, count: documents.count)
        let storyMain = Aligner.storyMainDates(storyOf: storyOf, mainDates: mainDates)
        // A follow-up whose own news date differs ("By Sunday morning…") reports the story's main event.
        var records = placed.map { record in
            var copy = record
            let main = storyMain[0]
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
        let context = AlignmentContext(documents: documents, storyOf: storyOf, storyIDs: [storyID], storyMain: storyMain,
                                       records: records, rules: rules, voiceOf: voiceOf)
        let built = FactBuilder(context: context).build()
        let (found, scores) = Self.findAndScore(context: context, groups: built.groups)
        return StoryAlignment(events: built.events, facts: built.facts, findings: built.findings + found, scores: scores)
    }

    /// One of the passes over the built facts that ``findAndScore(context:groups:)`` runs.
    private enum Pass: Int, CaseIterable, Sendable {
        // Largest first, so that two workers take about equal shares.
        case scores, variants, omissions, spoofs, causes, eventDays, declarations
    }

    /// What a pass gave.
    private enum PassResult: Sendable {
        case findings([Finding])
        case scores(ScoreParts)
    }

    /// Omissions, variants, cause, event-day and declaration-day disputes and spoofed names (in that order),
    /// and the score parts. The passes read the same facts and none reads another's result, so
    /// they run at once on every core; the findings are joined in the order above.
    private static func findAndScore(context: AlignmentContext, groups: [FactGroup]) -> (findings: [Finding], scores: ScoreParts) {
        let results = ParallelMap.map(Pass.allCases, makeState: {}) { _, pass -> PassResult in
            switch pass {
            case .scores: .scores(ScoreCalculator(context: context, groups: groups).parts())
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
}
