/// The state of a thing a sentence reports (`states.yaml`): whether a place or service is
/// operating or suspended ("the embassy was continuing to operate", "diplomatic staff were
/// relocated"), how badly something was damaged ("destroyed part of the embassy's
/// perimeter wall", "leaving the mission in ruins"), a survivor's condition ("in serious
/// condition", "has since been discharged").
///
/// A state cue counts only with a subject of a kind the rules name (a diplomatic mission,
/// a survivor, a bridge, a hospital…) in its clause: at most `reach` words before the cue,
/// or after it ("destroyed part of the embassy's wall"). Each becomes an entity mention of
/// subtype `state` whose value is `<dimension>:<state>` (`status:operating`,
/// `damage:destroyed`) and whose ``Mention/entityClass`` is the subject's kind, so that
/// alignment compares the states of one kind of thing: operating against suspended is a
/// conflict; so is part of a wall destroyed against a mission in ruins. The states of a
/// `separate` dimension (a distress call, `alert:distress`) are never opposed: their class
/// also names the state (`craft alert:distress`), one fact each.
struct StateFinder: Sendable {
    /// The shape of `states.yaml`.
    struct Rules: Decodable, Sendable {
        /// Subject kind → language → phrases.
        var subjects: [String: [String: [String]]]
        /// Dimension → state → language → phrases.
        var states: [String: [String: [String: [String]]]]
        /// Dimensions whose state changes as news comes in (a later state is an update).
        var developing: [String]
        /// Most words between a state cue and its subject.
        var reach: Int
        /// Dimension → the subject kinds its states can be of (all kinds when absent).
        var subjectsOf: [String: [String]]?
        /// Dimension → the subject its states are of when the clause names none (a
        /// condition is of the event's people).
        var defaultSubject: [String: String]?
        /// Dimensions whose states are facts apart, never opposed (a distress call).
        var separate: [String]?
    }

    private let subjects: [String: PhraseTable<String>]
    private let states: [String: PhraseTable<String>]
    private let reach: Int
    private let subjectsOf: [String: Set<String>]
    private let defaultSubject: [String: String]
    private let separate: Set<String>
    /// Dimensions of the rules (the slots their facts fill).
    let dimensions: Set<String>
    /// Dimensions whose state develops.
    let developing: Set<String>
    private static let clauseEnds = ClauseMarks.ends(withDashes: false)

    init(rules: Rules) {
        var subjectEntries: [String: [(String, String)]] = [:]
        for kind in rules.subjects.keys.sorted() {
            for (language, phrases) in rules.subjects[kind]! { subjectEntries[language, default: []] += phrases.map { ($0, kind) } }
        }
        subjects = subjectEntries.mapValues { PhraseTable($0) }
        var stateEntries: [String: [(String, String)]] = [:]
        for dimension in rules.states.keys.sorted() {
            for state in rules.states[dimension]!.keys.sorted() {
                for (language, phrases) in rules.states[dimension]![state]! {
                    stateEntries[language, default: []] += phrases.map { ($0, "\(dimension):\(state)") }
                }
            }
        }
        states = stateEntries.mapValues { PhraseTable($0) }
        reach = rules.reach
        subjectsOf = (rules.subjectsOf ?? [:]).mapValues { Set($0) }
        defaultSubject = rules.defaultSubject ?? [:]
        separate = Set(rules.separate ?? [])
        dimensions = Set(rules.states.keys)
        developing = Set(rules.developing)
    }

    /// The state mentions of `sentence` (sentence-relative ranges).
    func states(in sentence: SentenceText) -> [Mention] {
        let tokens = sentence.tokens
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let cues = languages.flatMap { states[$0]?.matches(in: tokens) ?? [] }
        guard !cues.isEmpty else { return [] }
        let all = languages.flatMap { subjects[$0]?.matches(in: tokens) ?? [] }
        var mentions: [Mention] = []
        var seen = Set<String>()
        for cue in cues {
            let dimension = String(cue.payload.prefix { $0 != ":" })
            let found = subjectsOf[dimension].map { kinds in all.filter { kinds.contains($0.payload) } } ?? all
            let before = found.filter { $0.last < cue.first && cue.first - $0.last - 1 <= reach && inOneClause(tokens, $0.last, cue.first) }
                .max { $0.last < $1.last }
            let after = found.filter { $0.first > cue.last && $0.first - cue.last - 1 <= reach && inOneClause(tokens, cue.last, $0.first) }
                .min { $0.first < $1.first }
            let named = before ?? after
            guard let kind = named?.payload ?? defaultSubject[dimension], seen.insert("\(cue.payload)|\(kind)").inserted else { continue }
            let subject = named ?? (first: cue.first, last: cue.last, payload: kind)
            let first = min(subject.first, cue.first), last = max(subject.last, cue.last)
            let span = sentence.span(first, last)
            var mention = Mention(type: .entity, range: span.range, text: span.text, value: cue.payload, subtype: "state",
                                  rule: "states.yaml: \(cue.payload)")
            // A state of a separate dimension is a fact of its own: its class names the state too.
            mention.entityClass = separate.contains(dimension) ? "\(kind) \(cue.payload)" : kind
            mentions.append(mention)
        }
        return mentions
    }

    /// Whether no clause-ending mark stands between tokens `a` and `b`.
    private func inOneClause(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        ClauseMarks.inOneClause(tokens, a, b, marks: Self.clauseEnds)
    }
}
