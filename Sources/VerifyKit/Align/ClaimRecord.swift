/// A mention placed in its document, event and slot: the aligner's working unit.
struct ClaimRecord: Sendable {
    /// Index of the document in the run.
    var document: Int
    /// Index of the sentence in the document's extraction.
    var sentence: Int
    /// The mention.
    var mention: Mention
    /// ISO date of the event it belongs to (`2025-11-14`, `2024-01`), or `undated`.
    var eventDate: String
    /// Slot and key within the event (see ``SlotRules``).
    var slot: Slot
    var key: String?
    /// UTC offset of the source's publication time, for times written as local.
    var offset: Int?

    /// Its document and sentence.
    var sentenceAddress: SentenceAddress { SentenceAddress(document: document, sentence: sentence) }

    /// The claim among `records` that a speaker as written names: the longest whose text the
    /// speaker contains ("Morocco's National Institute of Geophysics" names the institute).
    static func named(by speaker: String, among records: [ClaimRecord]) -> ClaimRecord? {
        let spoken = speaker.lowercased()
        return records.filter { !$0.mention.text.isEmpty && spoken.contains($0.mention.text.lowercased()) }
            .max { $0.mention.text.count < $1.mention.text.count }
    }

    /// Whether a hedge weakens it (`allegedly`, `Iskander-type`, `fragments`).
    var isHedged: Bool {
        mention.qualifiers.contains { $0.isHedge || $0 == .typeHedge || $0 == .fragments }
    }
}

/// One sentence of one document.
struct SentenceAddress: Hashable, Sendable {
    var document: Int
    var sentence: Int
}
