/// One slot of one event (weapon, time, killed, distance…) with every source's claims.
public struct Fact: Sendable, Hashable, Codable {
    /// How the sources' values compare.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Every source that states it agrees (after normalisation).
        case agree
        /// Sources give incompatible values at the same point in time.
        case conflict
        /// A count changes between reports published at different times.
        case update
        /// Only one source states it.
        case single
        /// Sources agree on the value but write it differently.
        case variant
    }

    /// Stable id: `<event>/<slot>[/<key>]`.
    public var id: String
    /// Event id.
    public var event: String
    /// The slot (`weapon`, `time`, `killed`, `distance`, `place`…).
    public var slot: String
    /// What further distinguishes the fact within the slot (a place for a casualty count,
    /// the value itself for places and people), or nil.
    public var key: String?
    /// How the sources compare.
    public var status: Status
    /// Share of the stating voices that agree with the most common value, in [0, 1] (a
    /// source and its near-copies are one voice).
    public var agreement: Double
    /// Every source's claims, by source then position.
    public var claims: [Claim]
}
