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
}
