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
    /// Documents that state the fact.
    let documents: Set<Int>

    init(key: FactKey, eventID: String, factID: String, statements: [Statement], clusters: [[Int]], status: Fact.Status) {
        self.key = key
        self.eventID = eventID
        self.factID = factID
        self.statements = statements
        self.clusters = clusters
        self.status = status
        documents = Set(statements.map(\.lead.document))
    }

    /// Share of the stating sources in the largest compatible group.
    var agreement: Double { statements.isEmpty ? 0 : Double(clusters.first?.count ?? 0) / Double(statements.count) }
}
