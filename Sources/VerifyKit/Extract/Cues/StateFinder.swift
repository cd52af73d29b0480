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
/// also names the state (`craft alert:distress`), one fact each. A damage cue also gives
/// the damage of each `parts` phrase of its clause (class `mission part:residence`).
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
        /// Parts of a thing a damage state names (`residence`, `fence`): part → language → phrases.
        var parts: [String: [String: [String]]]?
        /// Words that join the parts of a list ("and", "y", "и"), any language.
        var listJoiners: [String]?
    }

    private let subjects: [String: PhraseTable<String>]
    private let states: [String: PhraseTable<String>]
    private let reach: Int
    private let subjectsOf: [String: Set<String>]
    private let defaultSubject: [String: String]
    private let separate: Set<String>
    private let parts: [String: PhraseTable<String>]
    private let listJoiners: Set<String>
    /// The dimension whose states name parts of their subject.
    static let partDimension = "damage"
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
        var partEntries: [String: [(String, String)]] = [:]
        for part in (rules.parts ?? [:]).keys.sorted() {
            for (language, phrases) in rules.parts![part]! { partEntries[language, default: []] += phrases.map { ($0, part) } }
        }
        parts = partEntries.mapValues { PhraseTable($0) }
        listJoiners = Set(rules.listJoiners ?? [])
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
        // The parts the sentence names, read once and only for a damage cue.
        lazy var partsNamed = languages.flatMap { parts[$0]?.matches(in: tokens) ?? [] }
        for cue in cues {
            let dimension = String(cue.payload.prefix { $0 != ":" })
            let found = subjectsOf[dimension].map { kinds in all.filter { kinds.contains($0.payload) } } ?? all
            let before = found.filter { $0.last < cue.first && cue.first - $0.last - 1 <= reach && inOneClause(tokens, $0.last, cue.first) }
                .max { $0.last < $1.last }
            let after = found.filter { $0.first > cue.last && $0.first - cue.last - 1 <= reach && inOneClause(tokens, cue.last, $0.first) }
                .min { $0.first < $1.first }
            let named = before ?? after
            guard let kind = named?.payload ?? defaultSubject[dimension] else {
                // "The consular section and the ambassador's residence were damaged" in a
                // sentence about the embassy: the parts are the sentence's subject's.
                if dimension == Self.partDimension, let subject = found.filter({ $0.last < cue.first }).max(by: { $0.last < $1.last })
                    ?? found.filter({ $0.first > cue.last }).min(by: { $0.first < $1.first }) {
                    mentions += partStates(of: cue, among: cues, kind: subject.payload, parts: partsNamed, in: sentence, seen: &seen)
                }
                continue
            }
            guard seen.insert("\(cue.payload)|\(kind)").inserted else { continue }
            let subject = named ?? (first: cue.first, last: cue.last, payload: kind)
            let first = min(subject.first, cue.first), last = max(subject.last, cue.last)
            let span = sentence.span(first, last)
            var mention = Mention(type: .entity, range: span.range, text: span.text, value: cue.payload, subtype: "state",
                                  rule: "states.yaml: \(cue.payload)")
            // A state of a separate dimension is a fact of its own: its class names the state too.
            mention.entityClass = separate.contains(dimension) ? "\(kind) \(cue.payload)" : kind
            mentions.append(mention)
            if dimension == Self.partDimension {
                mentions += partStates(of: cue, among: cues, kind: kind, parts: partsNamed, in: sentence, seen: &seen)
            }
        }
        return mentions
    }

    /// The parts of the subject that a damage cue names in its clause, each a state of its
    /// own (class `<kind> part:<part>`): "the consular section and the ambassador's residence
    /// were damaged" gives the residence's damage beside the mission's, so a report that
    /// names the residence and one that does not are an omission, and a part destroyed in one
    /// report and damaged in another a conflict.
    ///
    /// After the cue, a list goes on from the first part: "damage to structures, official
    /// vehicles, the administrative building and the consular section" names four, each
    /// joined to the one before by at most ``listGap`` tokens with a comma or a joining word
    /// (`listJoiners`),
    /// up to the next state cue (whose parts are its own).
    private func partStates(of cue: (first: Int, last: Int, payload: String), among cues: [(first: Int, last: Int, payload: String)],
                            kind: String, parts all: [(first: Int, last: Int, payload: String)], in sentence: SentenceText,
                            seen: inout Set<String>) -> [Mention] {
        let tokens = sentence.tokens
        var named = all.filter { part in
            part.last < cue.first && cue.first - part.last - 1 <= reach && inOneClause(tokens, part.last, cue.first)
        }
        let nextCue = cues.filter { $0.first > cue.last }.map(\.first).min() ?? tokens.count
        var end: Int?
        for part in all.filter({ $0.first > cue.last && $0.last < nextCue }).sorted(by: { $0.first < $1.first }) {
            if let previous = end {
                let between = tokens[(previous + 1)..<part.first]
                guard between.count <= Self.listGap,
                      between.contains(where: { $0.text == "," || listJoiners.contains($0.lower) }),
                      between.allSatisfy({ $0.kind == .word || $0.text == "," }) else { break }
            } else {
                guard part.first - cue.last - 1 <= reach, inOneClause(tokens, cue.last, part.first) else { break }
            }
            named.append(part)
            end = part.last
        }
        return named.compactMap { part -> Mention? in
            guard seen.insert("\(cue.payload)|\(kind)|part:\(part.payload)").inserted else { return nil }
            // The span holds the cue too, so that the claim reads as the state: "fence was completely destroyed".
            let span = sentence.span(min(part.first, cue.first), max(part.last, cue.last))
            var mention = Mention(type: .entity, range: span.range, text: span.text, value: cue.payload, subtype: "state",
                                  rule: "states.yaml: \(cue.payload) of part \(part.payload)")
            mention.entityClass = "\(kind) part:\(part.payload)"
            return mention
        }
    }

    /// Most tokens between two parts of a list (", and the").
    static let listGap = 3

    /// Whether no clause-ending mark stands between tokens `a` and `b`.
    private func inOneClause(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        ClauseMarks.inOneClause(tokens, a, b, marks: Self.clauseEnds)
    }
}
