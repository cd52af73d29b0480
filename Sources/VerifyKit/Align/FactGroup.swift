/// A fact under construction: the statements of every source and how they group.
struct FactGroup: Sendable {
    var key: FactKey
    var eventID: String
    var factID: String
    /// One statement per source, by source id.
    var statements: [Statement]
    /// Indices into ``statements`` of mutually compatible statements, largest group first.
    var clusters: [[Int]]
    var status: Fact.Status
    /// Why counts split into groups are a conflict or an update (nil for other facts).
    var verdict: CountVerdict?
    /// A count that can only rise and falls between reports (then the status is conflict
    /// and the figures' update is reported beside it).
    var fall: FallingCount?
    /// Documents that state the fact.
    let documents: Set<Int>

    init(key: FactKey, eventID: String, factID: String, statements: [Statement], clusters: [[Int]], status: Fact.Status,
         verdict: CountVerdict? = nil) {
        self.key = key
        self.eventID = eventID
        self.factID = factID
        self.statements = statements
        self.clusters = clusters
        self.status = status
        self.verdict = verdict
        documents = Set(statements.map(\.lead.document))
    }

    /// Whether a conflict rests on reports whose order cannot be known (a warning, not an error).
    var isOrderUnknown: Bool {
        if case .orderUnknown? = verdict { return true }
        return false
    }

    /// Share of the stating voices in the largest compatible group: a source and its
    /// near-copies (`voiceOf`, see ``ReportCopies``) count once.
    func agreement(voiceOf: [Int]) -> Double {
        let all = Set(statements.map { voiceOf[$0.lead.document] })
        let agreeing = Set((clusters.first ?? []).map { voiceOf[statements[$0].lead.document] })
        return all.isEmpty ? 0 : Double(agreeing.count) / Double(all.count)
    }
}
