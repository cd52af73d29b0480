/// Aligns a run's reports story by story, taking each story whose members and voices are
/// unchanged from the store (``StoryKey``) instead of aligning it again. What is worked out
/// for the whole run (copies, stories, their ids) comes from the reports' sketches alone,
/// so that a run whose stories are all stored decodes no extraction; what the result says
/// of the whole run (order, mean agreement) is joined from the stories' parts, the same way
/// with or without a store (``StoryAlignment/joined(_:)``).
struct StoryRun {
    /// The reports, in corpus order (``StreamingIngest/Ingested``).
    var ingested: StreamingIngest.Ingested
    /// The rules of the run.
    let rules: RuleSet
    /// How documents form stories.
    let grouping: StoryGrouping
    /// Where stories and extractions are kept, if anywhere.
    let store: (any ExtractionStore)?
    /// What the run's copy trace is kept under (a digest of the corpus paths), with a store.
    var traceKey: String? = nil

    /// A story to align in this run: its place in the plan and its key when it can be kept.
    private struct Pending: Sendable {
        var story: Int
        var key: StoryKey?
    }

    /// The result, and the stories aligned in this run for the store to keep; nil when an
    /// extraction the store announced (by its sketch) cannot be read back after all.
    func run() -> (result: VerificationResult, fresh: [(key: StoryKey, story: CachedStory)])? {
        let sketches = ingested.sketches
        let copies = StageTimes.measure("copies") { findCopies() }
        // Same-text copies are aligned once, as their original (``Verifier``).
        let kept = sketches.indices.filter { !copies.isSameText[$0] }
        var position: [Int: Int] = [:]
        for (p, d) in kept.enumerated() { position[d] = p }
        let voices = kept.map { position[copies.voiceOf[$0]] ?? position[$0]! }
        let plan = StageTimes.measure("stories") {
            StoryPlan(profiles: kept.map { sketches[$0].profile }, mainDates: kept.map { sketches[$0].mainDate }, grouping: grouping)
        }
        let pending = plan.members.indices.map { story -> Pending in
            let members = plan.members[story]
            let keys = members.compactMap { ingested.keys[kept[$0]] }
            guard store != nil, keys.count == members.count else { return Pending(story: story, key: nil) }
            return Pending(story: story, key: StoryKey(id: plan.ids[story], members: keys,
                                                       voices: StoryPlan.localVoices(of: members, voiceOf: voices)))
        }
        let stored: [StoryAlignment?] = StageTimes.measure("stories read") {
            // Every kept story looked up at once (one read of the store).
            var stored = [StoryAlignment?](repeating: nil, count: pending.count)
            let keyed = pending.filter { $0.key != nil }
            for (item, found) in zip(keyed, store?.stories(for: keyed.map { $0.key! }) ?? []) { stored[item.story] = found?.alignment }
            return stored
        }
        let toAlign = pending.filter { stored[$0.story] == nil }
        let aligned = StageTimes.measure("stories aligned (\(toAlign.count))") {
            ParallelMap.map(toAlign, makeState: { NameKeyMaker() }) { [self] keys, item -> StoryAlignment? in
            let members = plan.members[item.story]
            guard let loaded = load(members.map { kept[$0] }, keys: keys) else { return nil }
            let records = loaded.enumerated().flatMap { local, entry in entry.reading.records(of: entry.document, index: local) }
            return StoryAligner(documents: loaded.map(\.document), storyID: plan.ids[item.story], rules: rules.alignment,
                                voiceOf: StoryPlan.localVoices(of: members, voiceOf: voices))
                .align(records: records, mainDates: members.map { sketches[kept[$0]].mainDate })
            }
        }
        var parts = stored
        var fresh: [(key: StoryKey, story: CachedStory)] = []
        for (item, alignment) in zip(toAlign, aligned) {
            guard let alignment else { return nil }
            parts[item.story] = alignment
            if let key = item.key { fresh.append((key, CachedStory(alignment: alignment))) }
        }
        let result = StageTimes.measure("join") {
            var result = Aligner.result(plan: plan, parts: parts.map { $0! }, sources: kept.map { sketches[$0].source },
                                        diagnostics: ingested.diagnostics)
            copies.complete(&result, sources: sketches.map(\.source))
            return result
        }
        return (result, fresh)
    }

    /// The copies among the run's reports, taking the decisions of the store's copy trace
    /// for the reports an earlier run began with, and keeping this run's trace.
    private func findCopies() -> ReportCopies {
        let sketches = ingested.sketches
        guard let store, let traceKey else {
            return ReportCopies(shingles: sketches.map(\.shingles), signatures: sketches.map(\.signature),
                                published: sketches.map(\.published), ids: sketches.map(\.source.id))
        }
        let copies = ReportCopies(shingles: sketches.map(\.shingles), signatures: sketches.map(\.signature),
                                  published: sketches.map(\.published), ids: sketches.map(\.source.id),
                                  keys: ingested.keys.map { $0?.digest },
                                  previous: store.trace(for: traceKey).flatMap { CopyTrace(encoded: $0) })
        if let trace = copies.trace { store.keepTrace(trace.encoded, for: traceKey) }
        return copies
    }

    /// The extracted documents (run positions `documents`) with what alignment reads from
    /// each: the ones read in this run, the others from the store; nil when one is missing.
    private func load(_ documents: [Int], keys: NameKeyMaker) -> [(document: ExtractedDocument, reading: DocumentReading)]? {
        var loaded: [(document: ExtractedDocument, reading: DocumentReading)] = []
        for d in documents {
            if let document = ingested.documents[d] {
                loaded.append((document, ingested.readings[d] ?? DocumentReading(document: document, keys: keys)))
            } else if let key = ingested.keys[d], let hit = store?.extraction(for: key) {
                loaded.append((hit.document, hit.reading ?? DocumentReading(document: hit.document, keys: keys)))
            } else {
                return nil
            }
        }
        return loaded
    }
}
