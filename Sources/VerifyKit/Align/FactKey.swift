/// Identifies a fact: story, event date, slot and key.
struct FactKey: Sendable, Hashable, Comparable {
    var story: Int
    var eventDate: String
    var slot: Slot
    var key: String?

    /// Slots where each value is a fact of its own (present or absent, never in conflict).
    static let setSlots: Set<Slot> = ["place", "person", "organisation", "date", "aircraft", "vehicle", "name"]

    var isSetSlot: Bool { Self.setSlots.contains(slot) }

    static func < (lhs: FactKey, rhs: FactKey) -> Bool {
        (lhs.story, lhs.eventDate, lhs.slot, lhs.key ?? "") < (rhs.story, rhs.eventDate, rhs.slot, rhs.key ?? "")
    }
}
