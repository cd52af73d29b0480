/// The findings a count's revisions give beside its main one: the conflict of a count that
/// can only rise and falls (``FallingCount``), and the update a stale figure interrupts.
extension FactBuilder {
    /// The conflict of a count that can only rise and falls (``FallingCount``): the higher
    /// figure against the later lower ones and the same day's unordered ones. A warning:
    /// which report is wrong, the earlier or the later, is for the reader to settle.
    func fallFinding(_ group: FactGroup, _ fall: FallingCount) -> Finding {
        let what = FindingText.slotPhrase(group.key)
        let high = group.statements[fall.high]
        func side(_ index: Int) -> String {
            let statement = group.statements[index]
            return "\(statement.lead.mention.text.quotedForMessage) (\(statement.source)" + Self.according(statement) + ")"
        }
        var lower = fall.later.map(side).joined(separator: ", ")
        if !fall.sameDay.isEmpty {
            lower += "; and, the same day with no time that orders them, " + fall.sameDay.map(side).joined(separator: ", ")
        }
        let message = "\(what) falls between reports: \(side(fall.high)) is more than the later \(lower); "
            + "this count does not fall unless corrected, so one of them is wrong or out of date."
        let members = [fall.high] + fall.later + fall.sameDay
        let leads = members.map { group.statements[$0] }
        return Finding(id: Fingerprint.make(kind: .conflict, event: group.eventID, slot: group.key.slot.rawValue, key: group.key.key,
                                            values: Array(Set(leads.map(\.lead.mention.value)))),
                       kind: .conflict, severity: .warning, event: group.eventID, slot: group.key.slot.rawValue, message: message,
                       claims: leads.map { context.claim($0.lead) }, missingFrom: [],
                       groups: [[high.source], (fall.later + fall.sameDay).map { group.statements[$0].source }.sorted()])
    }

    /// The update that a stale figure interrupts: a conflict of a stale figure says which
    /// report repeats an old value, and the figures without those repeats still tell how the
    /// news moved ("serious condition", then "discharged"; a later "serious" is the stale
    /// one). Nil when, without the repeats, the figures do not develop.
    func updateBesideStale(_ group: FactGroup) -> Finding? {
        guard case .stale(let stale, let revision)? = group.verdict else { return nil }
        let revising = group.statements[revision], repeated = group.statements[stale]
        let rest = group.statements.indices.filter { index in
            let statement = group.statements[index]
            let repeats = statement.time.order(to: revising.time, gap: Self.updateGapSeconds) == .later
                && statement.agrees(with: repeated) && !statement.agrees(with: revising)
            return index != stale && !repeats
        }.map { group.statements[$0] }
        guard rest.count > 1 else { return nil }
        let clusters = Self.compatibleGroups(rest)
        var verdict: CountVerdict?
        if clusters.count > 1 {
            verdict = CountVerdict.decide(rest, clusters: clusters, gap: Self.updateGapSeconds)
            guard case .update? = verdict else { return nil }
        } else if !isDeveloping(rest) {
            return nil
        }
        let chain = FactGroup(key: group.key, eventID: group.eventID, factID: group.factID, statements: rest, clusters: clusters,
                              status: .update, verdict: verdict)
        return conflictOrUpdate(chain)
    }
}
