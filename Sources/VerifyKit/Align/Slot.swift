/// What a claim is about within its event: a fact's slot (`weapon`, `time`, `killed`,
/// `distance`, `place`…). Counts and quantities take their subtype as their slot, so the
/// set is open (a user's rules may add a measure or an outcome); the ones alignment
/// treats specially are named here. Written in reports and JSON as its ``rawValue``.
struct Slot: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let rawValue: String

    init(rawValue: String) { self.rawValue = rawValue }
    init(stringLiteral value: String) { self.init(rawValue: value) }

    var description: String { rawValue }

    static func < (a: Slot, b: Slot) -> Bool { a.rawValue < b.rawValue }

    /// A date an event is dated by.
    static let date: Slot = "date"
    /// A time of day.
    static let time: Slot = "time"
    /// A named place.
    static let place: Slot = "place"
    /// A distance, keyed by the places it runs between.
    static let distance: Slot = "distance"
    /// A weapon.
    static let weapon: Slot = "weapon"
    /// An aircraft (a weapon gazetteer entry of that class), one fact per aircraft.
    static let aircraft: Slot = "aircraft"
    /// "No casualties": a negated count.
    static let casualties: Slot = "casualties"
    /// A count with no outcome word.
    static let count: Slot = "count"
    /// A quantity with no measure or known dimension.
    static let quantity: Slot = "quantity"
}
