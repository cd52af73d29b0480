/// The date rules of `dates.yaml`.
struct DateRules: Decodable, Sendable {
    /// A phrase resolved against the publication date.
    struct Relative: Decodable, Sendable {
        var phrase: String
        var day: Int?
        var month: Int?
        var year: Int?
        var note: String?
    }

    var relative: [String: [Relative]]
    var pastMarkers: [String]
    var yearPrepositions: [String]
    var coordinators: [String]
    /// Words between a day and its month, or a month and its year ("12th of May", "29 de octubre de 2024").
    var dateConnectors: [String]
}
