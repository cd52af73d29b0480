/// When and where a document says its happening took place, as its lead states it: the
/// evidence that can keep two documents apart however much wording they share.
///
/// - ``leadDays``: the calendar dates the lead writes out (`on 29 March 2025`, `Nov. 14`):
///   a date written with its day number is stated, not worked out. A weekday or "overnight"
///   is resolved against the publication time and can be a day off (time zones, reports
///   filed after midnight), and a lead often dates the latest development with one ("the
///   toll climbed to 205 on Friday"), so those only support.
/// - ``writtenDays``: every day the document writes, stated or resolved: a follow-up that
///   leads with a later development still recalls the happening's day ("the 26 March
///   collapse").
/// - ``leadPlaces`` and ``namedPlaces``: the places (not countries) its lead and its whole
///   text name.
///
/// Two documents whose leads state different days are two happenings unless the later one
/// recalls the earlier one's day (``sameTime(_:)``); leads naming places that the other
/// document never names are weaker evidence of two happenings (``samePlace(_:)``): see
/// ``EvidenceAgainst`` for how much each weighs.
struct EventSignature: Sendable, Hashable {
    /// Sentences that make a document's lead (headline, dateline and first paragraph).
    static let leadSentences = 3

    /// Days (since 1970-01-01) the lead writes as calendar dates, sorted.
    var leadDays: [Int] = []
    /// Days written as calendar dates anywhere.
    var statedDays: Set<Int> = []
    /// Days read from weekdays and relative words anywhere ("on Tuesday", "overnight").
    var resolvedDays: Set<Int> = []
    /// ISO weeks written ("last week" → `2024-W13`).
    var weeks: Set<String> = []
    /// Identity keys of the places the lead names.
    var leadPlaces: Set<String> = []
    /// Identity keys of the places named anywhere.
    var namedPlaces: Set<String> = []

    /// A signature that states nothing, so nothing in it weighs against a pair; or one of
    /// given lead days and places, for tests.
    init(leadDays: [Int] = [], statedDays: Set<Int> = [], resolvedDays: Set<Int> = [],
         leadPlaces: Set<String> = [], namedPlaces: Set<String> = []) {
        self.leadDays = leadDays.sorted()
        self.statedDays = statedDays.union(leadDays)
        self.resolvedDays = resolvedDays
        self.leadPlaces = leadPlaces
        self.namedPlaces = namedPlaces.union(leadPlaces)
    }

    /// The signature of `document`, place names keyed by `keys`.
    init(document: ExtractedDocument, keys: NameKeyMaker) {
        var lead = Set<Int>()
        for (index, sentence) in document.sentences.enumerated() {
            let inLead = index < Self.leadSentences
            for mention in sentence.mentions {
                switch mention.type {
                case .date:
                    if mention.subtype == "week", mention.value.utf8.count == 8 { weeks.insert(mention.value) }
                    guard mention.date?.isFullDay == true,
                          let day = CalendarDate.days(between: "1970-01-01", and: mention.value) else { continue }
                    if mention.text.contains(where: \.isNumber) {
                        statedDays.insert(day)
                        if inLead { lead.insert(day) }
                    } else {
                        resolvedDays.insert(day)
                    }
                case .entity:
                    guard let ref = EntityRef(mention.value), ref.kind == "place" else { continue }
                    let key = keys.key(value: mention.value).text
                    namedPlaces.insert(key)
                    if inLead { leadPlaces.insert(key) }
                default:
                    continue
                }
            }
        }
        leadDays = lead.sorted()
    }

    /// Whether `day` is written here: as a calendar date, or resolved from a weekday or a
    /// relative word within a day of it, or as its ISO week.
    func writes(day: Int) -> Bool {
        statedDays.contains(day) || resolvedDays.contains(day) || resolvedDays.contains(day - 1)
            || resolvedDays.contains(day + 1) || (!weeks.isEmpty && weeks.contains(StoryClusterer.week(ofDay: day)))
    }

    /// False when both leads state days, none the same, and the document whose lead states
    /// the later day does not write the other's (a follow-up recalls the day of its
    /// happening; a report of another happening days later does not).
    func sameTime(_ other: EventSignature) -> Bool {
        guard !leadDays.isEmpty, !other.leadDays.isEmpty else { return true }
        for x in leadDays {
            for y in other.leadDays {
                if x == y { return true }
                if x < y ? other.writes(day: x) : writes(day: y) { return true }
            }
        }
        return false
    }

    /// False when both leads name places and neither document names any place of the
    /// other's lead.
    func samePlace(_ other: EventSignature) -> Bool {
        guard !leadPlaces.isEmpty, !other.leadPlaces.isEmpty else { return true }
        return !leadPlaces.isDisjoint(with: other.namedPlaces) || !other.leadPlaces.isDisjoint(with: namedPlaces)
    }
}
