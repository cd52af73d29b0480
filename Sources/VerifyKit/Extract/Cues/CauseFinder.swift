/// Who a sentence says caused or carried out the happening, or denies having done so
/// (`causes.yaml`): "Islamic State claimed responsibility", "the blast was blamed on
/// Ukraine", "fired by Ukraine's air defence", "a Ukrainian link", "Ukraine has denied any
/// involvement", "called the claims of Ukrainian involvement nonsense".
///
/// Each becomes an entity mention of subtype `cause` whose value is the agent's own value
/// (`country:ua`, `name:islamic-state`, `organisation:…`, `person:…`) and whose span runs
/// from the agent to the cue; a denial carries the qualifier `negated`. The agent is a
/// named thing that can act (an organisation, a country, a person or an untyped name):
///
/// - before a `before` cue, at most `reach` words ahead of it ("Islamic State group
///   claimed responsibility");
/// - after an `after` cue, at most `reach` words on ("carried out by the Islamic State
///   group", "blamed Ukraine");
/// - a country adjective right before an `involvement` noun ("a Ukrainian link"), negated
///   when a `denials` cue stands in the same clause;
/// - before a `denials` cue: the one who denies ("Ukraine has denied any involvement");
/// - a country adjective right before a `weapons` noun: who fired it ("Russian missiles",
///   "a Ukrainian air defence missile"). A maker's adjective ("Russian-made missile",
///   `makers`) is none: where a weapon was made says nothing of who fired it; nor is a
///   weapon that reports speak of or that is defended against (`weaponFrames`: "reports
///   of Russian missiles hitting…", "shot down a Russian missile").
///
/// Who says so (`by:`) is the agent itself for a claim of its own deed (`selfClaims`: "IS
/// claimed responsibility") and for a denial, the subject of a verb of blaming
/// (`accusations`: "Kremlin officials blamed Ukraine"), else the sentence's speaker;
/// hedges ("preliminary data") and attributions come from the sentence.
struct CauseFinder: Sendable {
    /// The cue lists of `causes.yaml`, per language.
    struct Rules: Decodable, Sendable {
        /// Cues that follow their agent.
        var before: [String: [String]]
        /// Cues that precede their agent.
        var after: [String: [String]]
        /// Of the `before` cues, those by which the agent claims its own deed ("claimed
        /// responsibility"): the agent is who says so.
        var selfClaims: [String: [String]]?
        /// Of the `after` cues, verbs of blaming ("blamed", "accused"): their subject is who says so.
        var accusations: [String: [String]]?
        /// Nouns a country adjective before them makes an agent of.
        var involvement: [String: [String]]
        /// Cues of a denial.
        var denials: [String: [String]]
        /// Nouns of weapons a country adjective before them makes an agent of (who fired).
        var weapons: [String: [String]]?
        /// Last words of a maker's adjective ("Russian-made", "Iranian-designed"): no agent.
        var makers: [String]?
        /// Words that, shortly before a weapon, make it no claim of who fired it: reports
        /// and statements that speak of it ("reports of Ruritanian missiles hitting…"), and
        /// defence against it ("shot down a Ruritanian missile", "incoming").
        var weaponFrames: WeaponFrames?
        /// Most words between a cue and its agent.
        var reach: Int
    }

    /// `weaponFrames` of `causes.yaml`, per language.
    struct WeaponFrames: Decodable, Sendable {
        /// Nouns of reported speech, at most ``reportedReach`` words before, in one clause.
        var reported: [String: [String]]
        /// Words of defence against the weapon, at most ``defendedReach`` words before.
        var defended: [String: [String]]
    }

    /// Most words between a noun of reported speech and the weapon it speaks of.
    static let reportedReach = 8
    /// Most words between a word of defence and the weapon it is against.
    static let defendedReach = 3

    private enum Cue: Sendable { case before, after, involvement, denial, selfClaim, accusation, weapon }

    private let tables: [String: PhraseTable<Cue>]
    private let reach: Int
    private let makers: Set<String>
    private let reportedFrames: [String: PhraseTable<Bool>]
    private let defendedFrames: [String: PhraseTable<Bool>]
    /// Punctuation that ends a clause.
    private static let clauseEnds = ClauseMarks.ends(withDashes: true)

    init(rules: Rules) {
        var entries: [String: [(String, Cue)]] = [:]
        for (cue, lists) in [(Cue.before, rules.before), (.after, rules.after), (.involvement, rules.involvement), (.denial, rules.denials),
                             (.selfClaim, rules.selfClaims ?? [:]), (.accusation, rules.accusations ?? [:]),
                             (.weapon, rules.weapons ?? [:])] {
            for (language, phrases) in lists { entries[language, default: []] += phrases.map { ($0, cue) } }
        }
        tables = entries.mapValues { PhraseTable($0) }
        reach = rules.reach
        makers = Set((rules.makers ?? []).map { $0.lowercased() })
        reportedFrames = (rules.weaponFrames?.reported ?? [:]).mapValues { PhraseTable($0.map { ($0, true) }) }
        defendedFrames = (rules.weaponFrames?.defended ?? [:]).mapValues { PhraseTable($0.map { ($0, true) }) }
    }

    /// Whether the weapon whose adjective starts at token `start` is framed as reported or
    /// defended against ("reports of Ruritanian missiles", "shot down a Ruritanian missile").
    private func framed(_ start: Int, in tokens: [Token], languages: [String]) -> Bool {
        func ends(_ tables: [String: PhraseTable<Bool>], within reach: Int) -> Bool {
            languages.contains { language in
                (tables[language]?.matches(in: tokens) ?? []).contains { match in
                    match.last < start && start - match.last - 1 <= reach && inOneClause(tokens, match.last, start)
                }
            }
        }
        return ends(reportedFrames, within: Self.reportedReach) || ends(defendedFrames, within: Self.defendedReach)
    }

    /// The cause mentions of `sentence` given its other `mentions` (sentence-relative
    /// ranges); `speakers` find who blames.
    func causes(in sentence: SentenceText, mentions: [Mention], speakers: SpeakerFinder) -> [Mention] {
        let tokens = sentence.tokens
        let languages = sentence.language == "en" ? ["en"] : [sentence.language, "en"]
        let cues = languages.flatMap { tables[$0]?.matches(in: tokens) ?? [] }
        guard !cues.isEmpty else { return [] }
        let agents: [Agent] = mentions.compactMap { mention in
            guard mention.type == .entity, let kind = mention.subtype, Self.agentKinds.contains(kind),
                  let first = tokens.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }),
                  let last = tokens.lastIndex(where: { $0.range.upperBound <= mention.range.upperBound }), first <= last else { return nil }
            return Agent(mention: mention, first: first, last: last)
        }
        guard !agents.isEmpty else { return [] }
        var found: [Mention] = []
        for cue in cues {
            switch cue.payload {
            case .before, .selfClaim:
                if let agent = nearest(agents, endingBefore: cue.first, tokens: tokens) {
                    let claimant = cue.payload == .selfClaim ? DateFolding.withoutPossessives(agent.mention.text) : nil
                    found.append(make(agent, cue: cue, in: sentence, negated: false, claimant: claimant))
                }
            case .after, .accusation:
                if let agent = nearest(agents, startingAfter: cue.last, tokens: tokens) {
                    let claimant = cue.payload == .accusation ? speakers.subject(before: cue.first, in: sentence, mentions: mentions) : nil
                    found.append(make(agent, cue: cue, in: sentence, negated: false, claimant: claimant))
                }
            case .involvement:
                guard let agent = agents.first(where: { $0.last == cue.first - 1 && $0.mention.value.hasPrefix("country:") }) else { continue }
                let denied = cues.contains { other in
                    if case .denial = other.payload { return inOneClause(tokens, cue.first, other.first) }
                    return false
                }
                // Who alleges the link, when the clause names them before it: "Russia was pursuing a Ukrainian link".
                let claimant = speakers.subject(before: agent.first, in: sentence, mentions: mentions)
                found.append(make(agent, cue: cue, in: sentence, negated: denied, claimant: claimant))
            case .weapon:
                guard let agent = agents.first(where: { $0.last == cue.first - 1 && $0.mention.value.hasPrefix("country:")
                    && $0.mention.qualifiers.contains(.adjective) && !makers.contains(tokens[$0.last].lower) }),
                      !framed(agent.first, in: tokens, languages: languages) else { continue }
                found.append(make(agent, cue: cue, in: sentence, negated: false))
            case .denial:
                // "Ukraine has denied any involvement": the agent denies its own part.
                if let agent = nearest(agents, endingBefore: cue.first, tokens: tokens),
                   !found.contains(where: { $0.value == agent.mention.value && $0.qualifiers.contains(.negated) }) {
                    found.append(make(agent, cue: cue, in: sentence, negated: true, claimant: DateFolding.withoutPossessives(agent.mention.text)))
                }
            }
        }
        // One mention per agent and polarity: the first found.
        var seen = Set<String>()
        return found.filter { seen.insert("\($0.value)|\($0.qualifiers.contains(.negated))").inserted }
    }

    /// Kinds of named things that can cause or carry out a happening.
    private static let agentKinds: Set<String> = ["organisation", "country", "person", "name"]

    /// A named thing of the sentence and its tokens.
    private struct Agent {
        var mention: Mention
        var first: Int
        var last: Int
    }

    private func nearest(_ agents: [Agent], endingBefore index: Int, tokens: [Token]) -> Agent? {
        agents.filter { $0.last < index && index - $0.last - 1 <= reach && inOneClause(tokens, $0.last, index) }
            .max { $0.last < $1.last }
    }

    private func nearest(_ agents: [Agent], startingAfter index: Int, tokens: [Token]) -> Agent? {
        agents.filter { $0.first > index && $0.first - index - 1 <= reach && inOneClause(tokens, index, $0.first) }
            .min { $0.first < $1.first }
    }

    /// Whether no clause-ending mark stands between tokens `a` and `b`.
    private func inOneClause(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        ClauseMarks.inOneClause(tokens, a, b, marks: Self.clauseEnds)
    }

    /// The mention of `agent` by `cue`; `claimant` is who says so when the cue tells
    /// (kept first among the `by:` qualifiers, before the sentence's speaker).
    private func make(_ agent: Agent, cue: (first: Int, last: Int, payload: Cue), in sentence: SentenceText, negated: Bool,
                      claimant: String? = nil) -> Mention {
        let tokens = sentence.tokens
        let start = min(tokens[agent.first].range.lowerBound, tokens[cue.first].range.lowerBound)
        let end = max(tokens[agent.last].range.upperBound, tokens[cue.last].range.upperBound)
        let cueText = sentence.slice(tokens[cue.first].range.lowerBound..<tokens[cue.last].range.upperBound)
        var mention = Mention(type: .entity, range: start..<end, text: sentence.slice(start..<end), value: agent.mention.value,
                              qualifiers: (negated ? [.negated] : []) + (claimant.map { [.speaker($0)] } ?? []), subtype: "cause", rule: "causes.yaml: \(cueText.lowercased())")
        mention.country = agent.mention.country
        mention.subject = agent.mention.range
        return mention
    }
}
