/// What alignment reads from one document on its own: its main date, where each of its
/// mentions goes (event date, slot and key) and its story profile. A function of the
/// document alone (and of the rules and the build, which the cache key holds), so the
/// extraction cache keeps it beside the extraction and a run over unchanged reports does
/// not read them again.
struct DocumentReading: Sendable {
    /// One mention that fills a slot: where it stands in the document, the event date and
    /// the slot and key it goes to.
    struct Placement: Sendable {
        var sentence: Int
        var mention: Int
        var eventDate: String
        var slot: Slot
        var key: String?
    }

    /// The document's main date (``EventDating/mainDate(published:sentences:)``), or `undated`.
    var mainDate: String
    /// Its mentions that fill a slot, in text order.
    var placements: [Placement]
    /// What identifies its happening, for grouping into stories.
    var profile: StoryProfile

    /// The reading of `document`, names keyed by `keys`.
    init(document: ExtractedDocument, keys: NameKeyMaker) {
        let sentences = document.sentences
        let main = EventDating.mainDate(published: document.published, sentences: sentences)
        let dates = EventDating.assign(sentences: sentences, mainDate: main)
        var placements: [Placement] = []
        for (s, sentence) in sentences.enumerated() {
            for (m, mention) in sentence.mentions.enumerated() {
                guard let (slot, key) = SlotRules.slot(of: mention, in: sentence) else { continue }
                placements.append(Placement(sentence: s, mention: m, eventDate: dates[s][m], slot: slot, key: key))
            }
        }
        self.init(mainDate: main, placements: placements, profile: StoryProfile(document: document, keys: keys))
    }

    /// A reading of given parts (as the cache kept it).
    init(mainDate: String, placements: [Placement], profile: StoryProfile) {
        self.mainDate = mainDate
        self.placements = placements
        self.profile = profile
    }

    /// The placed claims of `document`, the run's document number `index`.
    func records(of document: ExtractedDocument, index: Int) -> [ClaimRecord] {
        let offset = document.published?.utcOffset
        return placements.map { placed in
            ClaimRecord(document: index, sentence: placed.sentence,
                        mention: document.sentences[placed.sentence].mentions[placed.mention],
                        eventDate: placed.eventDate, slot: placed.slot, key: placed.key, offset: offset)
        }
    }

    /// Whether the placements point at mentions `document` has (a reading kept for
    /// another document never indexes out of range).
    func fits(_ document: ExtractedDocument) -> Bool {
        placements.allSatisfy { placed in
            document.sentences.indices.contains(placed.sentence)
                && document.sentences[placed.sentence].mentions.indices.contains(placed.mention)
        }
    }
}
