/// A typed span of a sentence with a normalised value: the unit of extraction.
public struct Mention: Sendable, Hashable, Codable {
    /// What kind of thing was found.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A calendar date, possibly partial (`2022-04`) or inferred (`last night`).
        case date
        /// A time of day, with its zone when stated.
        case time
        /// A length of time as an ISO 8601 duration (`P3D` "three days", `PT48H` "48 hours"),
        /// or, with subtype `recurrence`, something that repeats as an ISO 8601 repeating
        /// interval (`R/P1D` "every day", "daily").
        case duration
        /// A measured amount with a unit (`3 m`, `6.8 magnitude`, `35 steps`).
        case quantity
        /// A number of people (killed, injured, missing…).
        case count
        /// A named thing with a canonical id (`weapon:iskander`, `place:odesa`, `person:mikhail-yevdokimov`).
        case entity
    }

    /// What kind of thing was found.
    public var type: Kind
    /// UTF-8 offsets into ``SourceDocument/text`` (sentence-relative inside an extractor).
    public var range: Range<Int>
    /// The span as written.
    public var text: String
    /// Normalised value: ISO date or time, `3 m`, `38`, `weapon:iskander`.
    public var value: String
    /// Unit of a quantity (`m`, `km`, `steps`, `magnitude`).
    public var unit: String?
    /// Qualifiers and hedges: `about`, `at least`, `range`, `inferred`, `-type`, `allegedly`,
    /// `attributed`, `negated`…
    public var qualifiers: [Qualifier] = []
    /// What it measures or names: `diameter`, `distance`, `depth`, `killed`, `weapon`, `place`…
    public var subtype: String?
    /// The rule or data entry that produced it, for explanations (`units.yaml: metre`).
    public var rule: String
    /// A quantity's value in its dimension's base unit, for comparing values written in
    /// different units (set by the extractor, which knows the units).
    public var measure: Measure?
    /// An entity's class (`ballistic missile`, `aircraft`, `city`), when its gazetteer says.
    public var entityClass: String?
    /// ISO code (lower case) of the country an entity belongs to, when its gazetteer says.
    public var country: String?
    /// IANA time zone of a place, when the place index knows it: times written as local
    /// at the event's place are read in it.
    public var zone: String?
    /// Candidate places (index numbers) of a place the sentence left ambiguous, for the
    /// document pass; empty once resolved. Not part of any output.
    var placeCandidates: [Int] = []
    /// The span of what the mention is said of, when that is another mention: the name of
    /// the person an age belongs to ("Bogusław W., 62"). Document offsets once placed.
    public var subject: Range<Int>?
    /// Where the span stands in the original file (set once the mention is placed in its document).
    public var location: SourceLocation?

    /// Creates a mention.
    public init(type: Kind, range: Range<Int>, text: String, value: String, unit: String? = nil,
                qualifiers: [Qualifier] = [], subtype: String? = nil, rule: String) {
        self.type = type
        self.range = range
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifiers = qualifiers
        self.subtype = subtype
        self.rule = rule
    }
}
