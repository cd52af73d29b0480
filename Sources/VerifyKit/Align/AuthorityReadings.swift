/// The readings of a measure by the authority that gave them: a seismological institute's
/// magnitude beside a survey's, a weather service's wind speed beside another's.
///
/// When the reports of one event credit one measured slot (`units.yaml` `authorityReadings`)
/// to at least two organisations ("6.8, the survey said"; "7, according to the institute"),
/// whose reading a report gives is a fact of its own: each credited claim is also placed in
/// the slot keyed `according to <organisation>`. Two reports giving one institute different
/// readings (7 and 7.2) are then a conflict of that reading, and a report that gives only
/// one agency's figure omits the other's. With one credited organisation the reading is the
/// slot's own fact and nothing is added.
enum AuthorityReadings {
    /// The prefix of a reading's key.
    static let keyPrefix = "according to "

    /// Whether `key` is one authority's reading (its sides all cite that authority).
    static func isReading(_ key: FactKey) -> Bool {
        key.key?.contains(keyPrefix) == true
    }

    /// The key of the slot's own fact that a reading's key was made from.
    static func baseKey(of key: FactKey) -> String? {
        guard let full = key.key, let range = full.range(of: keyPrefix) else { return key.key }
        let base = full[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        return base.isEmpty ? nil : base
    }

    /// `records` with each credited claim of `slots` also placed under its authority.
    static func added(_ records: [ClaimRecord], slots: Set<String>, storyOf: [Int]) -> [ClaimRecord] {
        guard !slots.isEmpty else { return records }
        var organisations: [SentenceAddress: [ClaimRecord]] = [:]
        var byDocument: [Int: [ClaimRecord]] = [:]
        for record in records where record.slot == "organisation" && record.mention.type == .entity {
            organisations[record.sentenceAddress, default: []].append(record)
            byDocument[record.document, default: []].append(record)
        }
        guard !organisations.isEmpty else { return records }
        var credited: [(record: ClaimRecord, authority: String)] = []
        for record in records where slots.contains(record.slot.rawValue) && record.mention.type == .quantity {
            guard let speaker = record.mention.qualifiers.lazy.compactMap(\.speaker).first,
                  let authority = authority(named: speaker, near: organisations[record.sentenceAddress] ?? [],
                                            inDocument: byDocument[record.document] ?? []) else { continue }
            credited.append((record, authority))
        }
        // Only where the event's reports credit the slot to two organisations or more.
        var authorities: [String: Set<String>] = [:]
        for (record, authority) in credited { authorities[Self.slotOfEvent(record, storyOf), default: []].insert(authority) }
        let added = credited.compactMap { record, authority -> ClaimRecord? in
            guard authorities[Self.slotOfEvent(record, storyOf)]!.count >= 2 else { return nil }
            var copy = record
            copy.key = [record.key, keyPrefix + authority].compactMap { $0 }.joined(separator: " ")
            return copy
        }
        return added.isEmpty ? records : records + added
    }

    /// The event and slot of `record`, as one string.
    private static func slotOfEvent(_ record: ClaimRecord, _ storyOf: [Int]) -> String {
        "\(storyOf[record.document])|\(record.eventDate)|\(record.slot.rawValue)|\(record.key ?? "")"
    }

    /// The organisation a sentence's speaker names ("Morocco's National Institute of
    /// Geophysics" → the institute), from the organisations of its sentence first, then
    /// of its document; nil when the speaker is no organisation the document names.
    private static func authority(named speaker: String, near sentence: [ClaimRecord], inDocument document: [ClaimRecord]) -> String? {
        (ClaimRecord.named(by: speaker, among: sentence) ?? ClaimRecord.named(by: speaker, among: document))?.mention.value
    }
}
