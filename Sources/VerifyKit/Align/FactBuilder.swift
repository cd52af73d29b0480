/// Builds events and facts from placed claims, and finds conflicts and updates.
struct FactBuilder {
    let context: AlignmentContext

    /// Least time between two reports for a changed count to read as developing news.
    static let updateGapSeconds = 3600.0

    func build() -> (events: [Event], facts: [Fact], findings: [Finding], groups: [FactGroup]) {
        let byFact = Dictionary(grouping: context.records) { record in
            FactKey(story: context.storyOf[record.document], eventDate: record.eventDate, slot: record.slot, key: record.key)
        }
        // Each fact is worked out from its own claims: on every core, in key order.
        let built = ParallelMap.map(byFact.keys.sorted(), makeState: {}) { _, key -> (FactGroup, [Finding], Fact) in
            let group = makeGroup(key, records: byFact[key]!)
            return (group, discrepancies(in: group), fact(of: group))
        }
        let groups = built.map(\.0)
        let findings = built.flatMap(\.1)
        let facts = built.map(\.2)
        return (events(), facts, findings, groups)
    }

    /// The conflict, update or fall that one fact's group shows, in that order.
    private func discrepancies(in group: FactGroup) -> [Finding] {
        var findings: [Finding] = []
        if let fall = group.fall {
            findings.append(fallFinding(group, fall))
            var chain = group
            chain.status = .update
            if let update = conflictOrUpdate(chain) { findings.append(update) }
            return findings
        }
        if let finding = conflictOrUpdate(group) { findings.append(finding) }
        if let chain = updateBesideStale(group) { findings.append(chain) }
        return findings
    }

    /// The public fact of a group.
    private func fact(of group: FactGroup) -> Fact {
        Fact(id: group.factID, event: group.eventID, slot: group.key.slot.rawValue, key: group.key.key, status: group.status,
             agreement: group.agreement(voiceOf: context.voiceOf),
             claims: group.statements.flatMap { $0.records.map(context.claim) })
    }

    private func makeGroup(_ key: FactKey, records: [ClaimRecord]) -> FactGroup {
        let bySource = Dictionary(grouping: records, by: \.document)
        var statements = bySource.keys.sorted { context.sourceID($0) < context.sourceID($1) }.map { document -> Statement in
            let list = bySource[document]!
            let lead = lead(of: list)
            return Statement(records: list, lead: lead, time: context.reportTime(document: document, sentence: lead.sentence),
                             source: context.sourceID(document))
        }
        statements.sort { $0.source < $1.source }
        let clusters = Self.compatibleGroups(statements)
        let eventID = context.eventID(story: key.story, date: key.eventDate)
        let factID = [eventID, key.slot.rawValue, key.key].compactMap { $0 }.joined(separator: "/")
        var status: Fact.Status = statements.count == 1 ? .single : .agree
        var verdict: CountVerdict?
        let counts = statements[0].lead.mention.type == .count
        let developing = context.develops(key.slot, counts: counts)
        let rising = counts && context.onlyRises(key)
        if clusters.count > 1 {
            verdict = developing ? CountVerdict.decide(statements, clusters: clusters, gap: Self.updateGapSeconds, onlyRises: rising) : nil
            if case .update? = verdict { status = .update } else { status = .conflict }
        } else if developing, isDeveloping(statements) {
            status = .update
        }
        var fall: FallingCount?
        if status == .update, rising {
            fall = FallingCount.find(statements, gap: Self.updateGapSeconds)
            if fall != nil { status = .conflict }
        }
        // Counts of different values may agree ("at least 24", "29"): that is no variant,
        // which is one value written differently.
        if status == .agree, !counts, context.hasVariants(key.slot), VariantFinder.distinctForms(statements.map(\.lead), designators: context.designators).count > 1 { status = .variant }
        var group = FactGroup(key: key, eventID: eventID, factID: factID, statements: statements, clusters: clusters, status: status,
                              verdict: verdict)
        group.fall = fall
        return group
    }

    /// The maximal groups of mutually compatible statements. Statements of one
    /// ``Statement/Likeness`` (a figure repeated by hundreds of copies of one wire story)
    /// compare alike, so compatibility is worked out once per likeness, not per pair of sources.
    static func compatibleGroups(_ statements: [Statement]) -> [[Int]] {
        let alike = EquivalenceClasses(count: statements.count) { statements[$0].likeness }
        let leads = alike.representatives
        return alike.widened(CompatibleGroups.maximal(count: leads.count) { statements[leads[$0]].agrees(with: statements[leads[$1]]) })
    }

    /// The claim that stands for a source: the most repeated weapon, the largest count
    /// (of those it does not hedge, when it gives one), otherwise the first in the text.
    private func lead(of records: [ClaimRecord]) -> ClaimRecord {
        switch records[0].mention.type {
        case .entity where records[0].slot == CauseDisputes.slot:
            // A source that names an agent stands for it rather than for its denial.
            return records.first { !$0.mention.qualifiers.contains(.negated) } ?? records[0]
        case .entity:
            var counts: [String: Int] = [:]
            for record in records { counts[record.mention.value, default: 0] += 1 }
            let best = counts.values.max() ?? 0
            return records.first { counts[$0.mention.value] == best }!
        case .count:
            // A figure the source itself calls unconfirmed ("143 and even 150 on Telegram,
            // not confirmed officially") does not stand for it when it gives another.
            let firm = records.filter { !$0.isHedged }
            return (firm.isEmpty ? records : firm)
                .max { (ValueInterval.count($0.mention)?.low ?? 0) < (ValueInterval.count($1.mention)?.low ?? 0) } ?? records[0]
        case .time:
            // A time with its zone written ("2211 GMT") is the unambiguous one; else the most
            // precise ("1:27 a.m." before "about 1:30 a.m.").
            return records.first { $0.mention.time?.isZoned == true }
                ?? records.first { !Statement.isLoose($0.mention) && !Statement.isRound($0.mention) }
                ?? records.first { !Statement.isLoose($0.mention) } ?? records[0]
        default:
            return records[0]
        }
    }

    /// Counts stated differently ("at least 24", then "29") by reports published at least
    /// an hour apart: compatible, but the news moved on.
    func isDeveloping(_ statements: [Statement]) -> Bool {
        guard statements.count > 1, statements[0].lead.mention.type == .count else { return false }
        let values = Set(statements.map(\.lead.mention.value))
        guard values.count > 1 else { return false }
        let times = statements.compactMap(\.time.sortKey)
        guard times.count == statements.count, let first = times.min(), let last = times.max() else { return false }
        return last - first >= Self.updateGapSeconds
    }

    func conflictOrUpdate(_ group: FactGroup) -> Finding? {
        guard group.status == .conflict || group.status == .update else { return nil }
        let kind: Finding.Kind = group.status == .conflict ? .conflict : .update
        var leads = group.statements
        if kind == .update { leads.sort { ($0.time.sortKey ?? 0, $0.source) < ($1.time.sortKey ?? 0, $1.source) } }
        let claims = leads.map { context.claim($0.lead) }
        let hedged = leads.contains { $0.lead.isHedged }
        // The statement quoted for each group of a conflict.
        let representatives = group.clusters.map { group.statements[Self.representative(of: $0, among: group.clusters)] }
        // One authority's reading given two ways is no dispute between sources: its sides cite one.
        let disputed = kind == .conflict && !AuthorityReadings.isReading(group.key) && isDisputed(representatives)
        let what = FindingText.slotPhrase(group.key)
        let message: String
        if kind == .conflict {
            let sides = zip(group.clusters, representatives).map { cluster, statement in
                "\(statement.lead.mention.text.quotedForMessage) (\(cluster.map { group.statements[$0].source }.joined(separator: ", "))"
                    + Self.according(statement) + ")"
            }
            message = "\(what) differs between sources: " + sides.joined(separator: " vs ")
                + "; the values stay incompatible after normalisation" + (hedged ? " (a hedged claim is involved)" : "")
                + Self.why(group) + (disputed ? "; disputed: each side cites a different source" : "") + "."
        } else {
            let steps = leads.map { "\($0.lead.mention.text.quotedForMessage) (\($0.source)" + Self.according($0) + ")" }
            // A revision: a later figure that cannot be reconciled with an earlier, lower one
            // ("dozens" after "29" is vaguer, not lower).
            let intervals = leads.compactMap { ValueInterval.count($0.lead.mention) }
            // (For a count that can only rise, a fall is its own conflict, not a revision.)
            let revised = group.fall == nil && zip(intervals, intervals.dropFirst()).contains { $1.high < $0.low }
            message = "\(what) changes as reports come in: " + steps.joined(separator: " → ")
                + (revised ? "; a later report gives less: a revision" : "") + Self.why(group) + "."
        }
        return Finding(id: Fingerprint.make(kind: kind, event: group.eventID, slot: group.key.slot.rawValue, key: group.key.key,
                                            values: Array(Set(leads.map(\.lead.mention.value)))),
                       kind: kind, severity: kind == .conflict && !hedged && !group.isOrderUnknown && !disputed ? .error : .warning,
                       event: group.eventID,
                       slot: group.key.slot.rawValue, message: message, claims: claims, missingFrom: [],
                       groups: group.clusters.map { cluster in cluster.map { group.statements[$0].source } })
    }

    /// "; according to <speaker>" when the statement's sentence names who it has it from.
    static func according(_ statement: Statement) -> String {
        statement.speaker.map { "; according to \($0)" } ?? ""
    }

    /// Whether every side of a conflict names who it has its figure from, and no two the
    /// same: a dispute between sources of the news (a warning), not an error of one report.
    /// Speakers are compared as what they name ("the coast guard" and "les garde-côtes" are
    /// one organisation), as written when their sentence names nothing they contain.
    func isDisputed(_ sides: [Statement]) -> Bool {
        let speakers = sides.map(speakerIdentity)
        return speakers.allSatisfy { $0 != nil } && Set(speakers).count == speakers.count
    }

    /// The entity a statement's speaker names (its longest mention in the lead's sentence
    /// that the speaker contains, by the value alignment gave it: one person in two scripts
    /// is one value), else the speaker as written, lower-cased; nil for none.
    private func speakerIdentity(_ statement: Statement) -> String? {
        guard let speaker = statement.speaker else { return nil }
        let named = ClaimRecord.named(by: speaker, among: context.entitiesBySentence[statement.lead.sentenceAddress] ?? [])
        return named?.mention.value ?? speaker.lowercased()
    }

    /// What decided a conflict of counts, when more than their being given together.
    static func why(_ group: FactGroup) -> String {
        switch group.verdict {
        case .stale(let stale, let revision)?:
            let later = group.statements[stale], revising = group.statements[revision]
            return "; \(later.source) repeats \(later.lead.mention.text.quotedForMessage) after \(revising.source) had given "
                + "\(revising.lead.mention.text.quotedForMessage) in an earlier report: a stale figure"
        case .orderUnknown(let untimed)?:
            let names = untimed.map { group.statements[$0].source }.joined(separator: ", ")
            return "; which report came first cannot be known (\(names): no publication time that orders "
                + (untimed.count == 1 ? "it" : "them") + "), so this may be an update"
        case .update(let untimed)? where !untimed.isEmpty:
            let names = untimed.map { group.statements[$0].source }.joined(separator: ", ")
            return "; the place of \(names) in this order cannot be known (no publication time orders "
                + (untimed.count == 1 ? "it" : "them") + " against every other figure)"
        default:
            return ""
        }
    }

    /// The statement quoted for a group of a conflict: its first member that belongs to no
    /// other group (a source compatible with both sides stands for neither), else its first.
    static func representative(of cluster: [Int], among clusters: [[Int]]) -> Int {
        cluster.first { member in !clusters.contains { $0 != cluster && $0.contains(member) } } ?? cluster[0]
    }

    private func events() -> [Event] {
        var stories: [String: (story: Int, date: String)] = [:]
        var documents: [String: Set<Int>] = [:]
        var cues: [String: [String: Int]] = [:]
        var places: [String: [String: (count: Int, text: String)]] = [:]
        var seenSentences = Set<SentenceKey>()
        for record in context.records {
            let story = context.storyOf[record.document]
            let id = context.eventID(story: story, date: record.eventDate)
            if stories[id] == nil { stories[id] = (story, record.eventDate) }
            documents[id, default: []].insert(record.document)
            if seenSentences.insert(SentenceKey(event: id, document: record.document, sentence: record.sentence)).inserted {
                for cue in context.documents[record.document].sentences[record.sentence].cues where cue.kind != "casualties" {
                    cues[id, default: [:]][cue.kind, default: 0] += 1
                }
            }
            if record.slot == "place" {
                let previous = places[id]?[record.mention.value]
                // A dateline's capitals ("BALTIMORE") give way to the name as a sentence writes it.
                let text = previous.map { $0.text.isShouted && !record.mention.text.isShouted ? record.mention.text : $0.text }
                places[id, default: [:]][record.mention.value] = ((previous?.count ?? 0) + 1, text ?? record.mention.text)
            }
        }
        return stories.keys.sorted().map { id in
            let (story, date) = stories[id]!
            let kinds = (cues[id] ?? [:]).sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(2).map(\.key)
            let place = places[id]?.max { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key) }?.value.text
            var label = date + (kinds.isEmpty ? "" : ": " + kinds.joined(separator: ", "))
            if let place { label += " — " + place }
            return Event(id: id, label: label, date: date, story: context.storyIDs[story],
                         sources: documents[id, default: []].map(context.sourceID).sorted(),
                         isMain: date == context.storyMain[story])
        }
    }
}

/// A sentence counted once per event.
private struct SentenceKey: Hashable {
    var event: String
    var document: Int
    var sentence: Int
}

extension String {
    /// The text in quotes for a one-line message, shortened when long.
    var quotedForMessage: String {
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ")
        return "“" + (flat.count > 80 ? String(flat.prefix(77)) + "…" : flat) + "”"
    }
}

private extension String {
    /// Whether every letter is a capital ("BALTIMORE"), as datelines write places.
    var isShouted: Bool {
        let letters = filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }
}
