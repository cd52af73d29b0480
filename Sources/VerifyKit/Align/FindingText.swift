/// Words for findings' messages.
enum FindingText {
    /// "the weapon of the 2025-11-14 event", "killed in place:al-haouz on 2023-09-08".
    static func slotPhrase(_ key: FactKey) -> String {
        if key.slot == PersonAges.slot, let person = key.key { return "the age of \(person) in the \(key.eventDate) event" }
        let what = key.slot == "casualties" ? "the casualty statement" : "the \(key.slot)"
        let qualifier = key.key.map { key.isSetSlot ? " \($0)" : " (\($0))" } ?? ""
        return "\(what)\(qualifier) of the \(key.eventDate) event"
    }
}
