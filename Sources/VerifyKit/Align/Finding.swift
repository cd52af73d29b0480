/// Something a fact-checker should look at: a conflict, an update, an omission or a variant.
public struct Finding: Sendable, Hashable, Codable {
    /// What kind of discrepancy.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Incompatible values for the same fact at the same point in time.
        case conflict
        /// A count that changes between reports published at different times.
        case update
        /// Stated by some sources of the story, absent from others.
        case omission
        /// The same value written differently.
        case variant

        /// Conflicts first, variants last.
        public var rank: Int { Self.allCases.firstIndex(of: self)! }
        /// Orders by ``rank``.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// How much it matters.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Needs a decision before publication.
        case error
        /// Worth checking.
        case warning
        /// For information.
        case note
    }

    /// Stable fingerprint: kind + event + slot + normalised values (never line numbers).
    public var id: String
    /// What kind of discrepancy.
    public var kind: Kind
    /// How much it matters (hedged claims lower it).
    public var severity: Severity
    /// Event id, or the story id for story-wide variants.
    public var event: String
    /// The slot concerned (`weapon`, `killed`, `incident`…).
    public var slot: String
    /// One sentence saying why: which values, which sources, which rule.
    public var message: String
    /// The claims involved.
    public var claims: [Claim]
    /// For omissions: the sources of the story that do not state it.
    public var missingFrom: [String]
    /// For conflicts and updates: the sources of each group of mutually compatible values,
    /// largest group first ("Iskander" from six sources vs "Patriot" from one).
    public var groups: [[String]] = []
}
