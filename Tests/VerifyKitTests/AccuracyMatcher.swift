import Foundation
@testable import VerifyKit

/// Loose matching of the tool's result against one case's gold (see docs/accuracy.md):
/// source ids, slots with their synonyms, event dates by prefix, and values compared
/// case- and accent-insensitively, by number (with unit conversion) or through the tool's
/// own extractor.
final class AccuracyMatcher {
    /// Gold slots the tool does not model as slots (descriptions rather than values).
    static let notModelledSlots: Set<String> = ["crater", "impact", "confirmation"]
    /// Gold spellings of slots → the tool's spelling.
    static let slotSynonyms: [String: String] = ["organization": "organisation"]
    /// Tolerance for quantities written in different units of the same dimension.
    static let unitTolerance = 0.10

    /// The tool's output for the run.
    let result: VerificationResult
    /// Prefix of the tool's source ids for this case: `""` for a one-folder run, `"case/"` otherwise.
    let idPrefix: String
    /// Tool source ids of this case.
    let caseSources: Set<String>
    /// Tool source id → every id of the run with byte-identical content (itself included):
    /// seed-pair's two files are also embassy-kyiv-2025's, and either copy may carry a claim.
    private let sameFile: [String: Set<String>]
    /// Tool source id → one representative id per distinct file content.
    private let canonical: [String: String]
    /// Event id → ISO date (`undated` when unknown).
    private let eventDates: [String: String]
    /// Tool source id → publication time and language, for the extractor route.
    private let contexts: [String: ExtractionContext]
    /// The tool's extractor, for normalising gold values.
    private let extractor = FactExtractor()
    /// Normalised values the extractor gives for a gold text, by "source id + text".
    private var normalizedCache: [String: Set<String>] = [:]
    /// Quantities the extractor gives for a gold text.
    private var quantityCache: [String: [(number: Double, unit: String)]] = [:]

    /// A matcher for the case whose documents carry ids `idPrefix + file name without extension`.
    init(result: VerificationResult, corpus: Corpus, idPrefix: String) {
        self.result = result
        self.idPrefix = idPrefix
        let documents = corpus.documents.filter { idPrefix.isEmpty || $0.id.hasPrefix(idPrefix) }
        caseSources = Set(documents.map(\.id))
        let bySHA = Dictionary(grouping: corpus.documents, by: \.sha256).mapValues { Set($0.map(\.id)) }
        var sameFile: [String: Set<String>] = [:]
        var canonical: [String: String] = [:]
        for document in corpus.documents {
            let group = bySHA[document.sha256] ?? [document.id]
            sameFile[document.id] = group
            canonical[document.id] = group.min()
        }
        self.sameFile = sameFile
        self.canonical = canonical
        eventDates = Dictionary(result.events.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        var contexts: [String: ExtractionContext] = [:]
        for document in documents {
            contexts[document.id] = ExtractionContext(published: document.metadata.published, language: "en")
        }
        self.contexts = contexts
    }

    // MARK: - Sources, slots, dates

    /// The tool's id for a gold source key (`lenta.txt` → `lenta` or `case/lenta`).
    func sourceID(_ goldKey: String) -> String {
        idPrefix + (goldKey as NSString).deletingPathExtension
    }

    /// Every tool id that stands for a gold source key (its byte-identical copies included).
    func sourceIDs(_ goldKey: String) -> Set<String> {
        let id = sourceID(goldKey)
        return sameFile[id] ?? [id]
    }

    /// A slot in the tool's spelling.
    static func canonicalSlot(_ slot: String) -> String {
        let lower = slot.lowercased()
        return slotSynonyms[lower] ?? lower
    }

    /// Whether a gold slot is one the tool does not model.
    static func isNotModelled(_ slot: String) -> Bool { notModelledSlots.contains(canonicalSlot(slot)) }

    /// Whether a gold value states that nobody was hurt ("no human casualties").
    static func isNoCasualties(_ value: String) -> Bool {
        let text = " " + fold(value) + " "
        if text.contains(" no one ") || text.contains(" nobody ") || text.contains(" not hurt ") { return true }
        guard let no = text.range(of: " no ") ?? text.range(of: " without ") else { return false }
        let rest = text[no.upperBound...]
        return ["casualt", "injur", "victim", "dead", "death", "hurt"].contains { rest.contains($0) }
    }

    /// Whether one of our slots matches a gold slot: synonyms, and the tool's `casualties`
    /// (a negated count) for gold `casualties`/`injured`/`killed` stating nobody was hurt.
    func slotMatches(gold: String, goldValues: [String], ours: String) -> Bool {
        let goldSlot = Self.canonicalSlot(gold)
        let ourSlot = Self.canonicalSlot(ours)
        if goldSlot == ourSlot { return true }
        // Gold's `status` covers a person's condition ("in serious condition", "discharged").
        if goldSlot == "status", ourSlot == "condition" { return true }
        // Gold's `distance` also names how long a thing is ("the 2.57-km span"), our `length`.
        if goldSlot == "distance", ourSlot == "length" { return true }
        // Gold's `vessel` is one of our vehicles ("the cargo ship Dali"); gold's `rescued`
        // our `survivors` (the outcome that lists "rescued", "pulled alive").
        if goldSlot == "vessel", ourSlot == "vehicle" { return true }
        if goldSlot == "rescued", ourSlot == "survivors" { return true }
        // Gold's `weapon` also says whose weapon it was ("Russian missiles" against "a
        // Ukrainian air defence missile"): who fired it is our `cause` (agent and means).
        if goldSlot == "weapon", ourSlot == "cause" { return true }
        // Gold's `incident` is any happening beside the event ("mayday call before impact"):
        // a distress call is our `alert`.
        if goldSlot == "incident", ourSlot == "alert" { return true }
        // Gold's generic `count` (of attackers, rockets, seats…) is any of our counted things;
        // gold's `cargo` (what a vessel carries) one of them too, or a mass.
        if goldSlot == "count", TestRules.shipped.counts.thingNames.contains(ourSlot) { return true }
        if goldSlot == "cargo", TestRules.shipped.counts.thingNames.contains(ourSlot) || ourSlot == "mass" { return true }
        if ourSlot == "casualties", ["casualties", "injured", "killed"].contains(goldSlot),
           goldSlot == "casualties" || goldValues.contains(where: Self.isNoCasualties) {
            return true
        }
        return false
    }

    /// The date of one of our events; nil when the id names no event (a story-wide finding).
    func eventDate(_ eventID: String) -> String? { eventDates[eventID] }

    /// Whether our event matches a gold event date: gold nil matches anything, our
    /// story-wide findings match anything, otherwise one date is a prefix of the other
    /// (`2024-12` vs `2024-12-25`); `undated` matches only gold nil.
    func dateMatches(gold: String?, eventID: String) -> Bool {
        guard let gold else { return true }
        guard let ours = eventDates[eventID] else { return true }
        if ours == "undated" || ours.isEmpty { return false }
        return ours.hasPrefix(gold) || gold.hasPrefix(ours)
    }

    // MARK: - Values

    /// Lower case, accents removed, anything but letters and digits folded to one space.
    static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return plain.map { $0.isLetter || $0.isNumber ? String($0) : " " }.joined()
            .split(separator: " ").joined(separator: " ")
    }

    /// Spelled-out small numbers, for gold values such as "two" or "Four".
    static let wordNumbers: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
    ]

    /// Numbers written in a text: digits with comma grouping and a decimal point
    /// (`2,012` → 2012, `18.5`), and spelled-out small numbers.
    static func numbers(in text: String) -> [Double] {
        var found: [Double] = []
        let pattern = /[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?/
        for match in text.matches(of: pattern) {
            if let number = Double(match.output.replacingOccurrences(of: ",", with: "")) { found.append(number) }
        }
        for word in fold(text).split(separator: " ") {
            if let number = wordNumbers[String(word)] { found.append(number) }
        }
        return found
    }

    /// Whether `part` occurs in `whole` as whole words, after folding.
    static func containsWords(_ whole: String, _ part: String) -> Bool {
        guard !part.isEmpty, !whole.isEmpty else { return false }
        return (" " + whole + " ").contains(" " + part + " ")
    }

    /// Route 1: the folded claim value contains the folded gold value or the other way
    /// round (whole words), provided the numbers of the shorter one all appear in the
    /// longer (so "7" does not match "7.2"). Also tried with the claim's canonical id
    /// (`person:mikhail-yevdokimov` → "mikhail yevdokimov").
    static func textMatches(gold: String, claim: Claim) -> Bool {
        let goldFolded = fold(gold)
        var candidates = [claim.value]
        if let colon = claim.normalized.firstIndex(of: ":") {
            candidates.append(String(claim.normalized[claim.normalized.index(after: colon)...]))
        }
        for candidate in candidates {
            let folded = fold(candidate)
            guard !folded.isEmpty, !goldFolded.isEmpty else { continue }
            let (short, long, shortRaw, longRaw) = folded.count <= goldFolded.count
                ? (folded, goldFolded, candidate, gold) : (goldFolded, folded, gold, candidate)
            guard short.count >= 2 || short.allSatisfy(\.isNumber) else { continue }
            guard containsWords(long, short) else { continue }
            let longNumbers = numbers(in: longRaw)
            if numbers(in: shortRaw).allSatisfy({ number in longNumbers.contains { abs($0 - number) < 1e-9 } }) { return true }
        }
        return false
    }

    /// Quantities in a gold text as the extractor reads them (`approximately 3 meters` → 3 m).
    private func quantities(in gold: String, source: String) -> [(number: Double, unit: String)] {
        let key = source + "\u{1}" + gold
        if let cached = quantityCache[key] { return cached }
        let context = contexts[source] ?? ExtractionContext(published: nil, language: "en")
        let found = extractor.extract(text: gold, context: context).mentions
            .filter { $0.type == .quantity }
            .compactMap { QuantityValue.parse($0.value) }
        quantityCache[key] = found
        return found
    }

    /// Route 2: numbers by value. A claim that is a quantity matches a gold quantity of the
    /// same unit and number, or of another unit of the same dimension within 10 % in SI
    /// (44 mi vs 71 km); when the gold text has no unit, its bare number must equal the
    /// claim's. A claim that is a plain number (a count) matches any number of the gold text.
    func numbersMatch(gold: String, claim: Claim, source: String) -> Bool {
        let catalog = UnitCatalog.shared
        if let quantity = QuantityValue.parse(claim.normalized), catalog.dimension(quantity.unit) != nil {
            let goldQuantities = quantities(in: gold, source: source)
            if goldQuantities.isEmpty {
                return Self.numbers(in: gold).contains { abs($0 - quantity.number) < 1e-9 }
            }
            for other in goldQuantities {
                if other.unit == quantity.unit, abs(other.number - quantity.number) < 1e-9 { return true }
                guard other.unit != quantity.unit, catalog.dimension(other.unit) == catalog.dimension(quantity.unit),
                      let ours = catalog.toBase(quantity.number, unit: quantity.unit),
                      let theirs = catalog.toBase(other.number, unit: other.unit) else { continue }
                let scale = max(abs(ours), abs(theirs))
                if scale == 0 || abs(ours - theirs) / scale <= Self.unitTolerance { return true }
            }
            return false
        }
        // A count is `2012` or a range `100-300` (low ≤ high, which tells it from `2025-11`).
        let parts = claim.normalized.split(separator: "-", omittingEmptySubsequences: false).map { Double($0) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0 != nil }), let low = parts[0],
              parts.count == 1 || low <= parts[1]! else { return false }
        return Self.numbers(in: gold).contains { abs($0 - low) < 1e-9 }
    }

    /// Route 3: the canonical values the tool's own extractor gives for the gold text, in
    /// the context of the gold source (its publication time resolves "last night").
    func normalizedValues(of gold: String, source: String) -> Set<String> {
        let key = source + "\u{1}" + gold
        if let cached = normalizedCache[key] { return cached }
        let context = contexts[source] ?? ExtractionContext(published: nil, language: "en")
        let values = Set(extractor.extract(text: gold, context: context).mentions.map(\.value))
        normalizedCache[key] = values
        return values
    }

    /// Whether a claim of `source` states the gold value, by any of the three routes.
    func valueMatches(gold: String, claim: Claim, source: String) -> Bool {
        Self.textMatches(gold: gold, claim: claim)
            || numbersMatch(gold: gold, claim: claim, source: source)
            || normalizedValues(of: gold, source: source).contains(claim.normalized)
    }

    /// Words too common to identify an incident.
    static let stopWords: Set<String> = ["the", "and", "near", "with", "from", "into", "onto", "that", "this", "were", "was"]

    /// For `incident` (a whole recalled incident, which the tool represents by its date
    /// claim): the gold value is a description, so it matches when the claim matches it
    /// as a value or when the claim's quote contains one of its content words (4+ letters):
    /// "airstrike on the Honorary Consulate of Azerbaijan in Kharkiv" vs a quote naming Kharkiv.
    func incidentMatches(gold: String, claim: Claim, source: String) -> Bool {
        if valueMatches(gold: gold, claim: claim, source: source) { return true }
        let quote = Self.fold(claim.quote)
        return Self.fold(gold).split(separator: " ").map(String.init)
            .filter { $0.count >= 4 && !Self.stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }
            .contains { Self.containsWords(quote, $0) }
    }

    /// Gold sources (file names) whose value is stated by a claim of that source, with
    /// the claims that state it.
    /// With `orQuoteNaming`, a claim whose quote names the gold value as whole words states it too.
    func claimsStating(_ values: [String: String], in claims: [Claim], orQuoteNaming: Bool = false) -> [String: [Claim]] {
        var matched: [String: [Claim]] = [:]
        for (goldKey, value) in values {
            let ids = sourceIDs(goldKey)
            let stating = claims.filter { claim in
                ids.contains(claim.source)
                    && (valueMatches(gold: value, claim: claim, source: claim.source)
                        || (orQuoteNaming && Self.containsWords(Self.fold(claim.quote), Self.fold(value))))
            }
            if !stating.isEmpty { matched[goldKey] = stating }
        }
        return matched
    }

    /// Whether the claims stating gold values disagree in the tool's eyes: at least two of
    /// them carry different normalised values (so a conflict between 01:00 and 03:00 does
    /// not count as a conflict between two sources that both say 01:00).
    static func disagree(_ stating: [String: [Claim]]) -> Bool {
        Set(stating.values.flatMap { $0.map(\.normalized) }).count >= 2
    }

    /// Whether a conflict sets the sources of `stating` against each other: with the groups
    /// of compatible values the tool gives, two of them in no group together (a hedged
    /// "around 1.30" standing in both groups of a 1:27-against-1:28 conflict is opposed to
    /// neither); without groups, always.
    static func opposed(_ stating: [String: [Claim]], in finding: Finding) -> Bool {
        guard !finding.groups.isEmpty else { return true }
        let sources = Set(stating.values.flatMap { $0.map(\.source) }).sorted()
        for (n, a) in sources.enumerated() {
            for b in sources.dropFirst(n + 1) where !finding.groups.contains(where: { $0.contains(a) && $0.contains(b) }) { return true }
        }
        return false
    }

    // MARK: - Findings, agreements, traps

    /// Whether one of our findings matches a gold finding: same kind, matching slot and
    /// event date; for conflict/update/variant at least two gold sources with matching
    /// values among its claims; for an omission a claim of a `presentIn` source with the
    /// value and a `missingFrom` source among its `missingFrom`, and no `presentIn` source
    /// among its `missingFrom`.
    func matches(_ gold: AccuracyGold.Finding, _ finding: Finding) -> Bool {
        guard finding.kind.rawValue == gold.kind,
              slotMatches(gold: gold.slot, goldValues: gold.allValues, ours: finding.slot),
              dateMatches(gold: gold.eventDate, eventID: finding.event) else { return false }
        if gold.kind == "omission" {
            guard let value = gold.value else { return false }
            let present = Set((gold.presentIn ?? []).flatMap(sourceIDs))
            let missing = Set((gold.missingFrom ?? []).flatMap(sourceIDs))
            guard finding.missingFrom.contains(where: missing.contains) else { return false }
            // An omission that says a source lacks what gold says it states is not a match.
            guard !finding.missingFrom.contains(where: present.contains) else { return false }
            // A whole incident, or a gold value that only describes the fact ("focal depth":
            // no number, nothing the extractor reads), is matched by the words of the quote.
            let incident = Self.canonicalSlot(gold.slot) == "incident"
                || (!value.contains(where: \.isNumber) && (gold.presentIn ?? []).allSatisfy { normalizedValues(of: value, source: $0).isEmpty })
            return finding.claims.contains { claim in
                present.contains(claim.source)
                    && (incident ? incidentMatches(gold: value, claim: claim, source: claim.source)
                                 : valueMatches(gold: value, claim: claim, source: claim.source))
            }
        }
        let values = gold.values ?? [:]
        // Gold's `weapon` names the weapon ("Iskander" against "Patriot") where our `cause`
        // says who fired it ("Russian missile" against "украинская ракета"): one dispute,
        // so a cause claim also states the gold weapon when its quote names that weapon.
        let byQuote = Self.canonicalSlot(gold.slot) == "weapon" && finding.slot == "cause"
        let stating = claimsStating(values, in: finding.claims, orQuoteNaming: byQuote)
        guard stating.count >= min(2, values.count) else { return false }
        return finding.kind == .variant || Self.disagree(stating)
    }

    /// Whether one of our facts matches a gold agreement: matching slot and event date, and
    /// at least two gold sources whose claims state the value with the same normalised
    /// value. The fact's status may be anything: sources that agree inside a disputed fact
    /// (five say Iskander, one says Patriot) still agree with each other.
    func matches(_ gold: AccuracyGold.Agreement, _ fact: Fact) -> Bool {
        guard slotMatches(gold: gold.slot, goldValues: [gold.value], ours: fact.slot),
              dateMatches(gold: gold.eventDate, eventID: fact.event) else { return false }
        var normalizedBySource: [[String]] = []
        for goldKey in gold.sources {
            let ids = sourceIDs(goldKey)
            let values = fact.claims.filter { ids.contains($0.source) && valueMatches(gold: gold.value, claim: $0, source: $0.source) }
                .map(\.normalized)
            if !values.isEmpty { normalizedBySource.append(values) }
        }
        var tally: [String: Int] = [:]
        for values in normalizedBySource { for value in Set(values) { tally[value, default: 0] += 1 } }
        return (tally.values.max() ?? 0) >= min(2, gold.sources.count)
    }

    /// Whether one of our findings falls into a trap: same kind, same slot when the trap
    /// names one, and (when it names values) at least two of its sources with those values
    /// among the claims, carrying different normalised values (the tool really opposes
    /// them). A trap with neither slot nor values catches any finding of the kind between
    /// sources of this case: one that opposes this case's claims (different normalised
    /// values), not one where the case's sources stand on one side against others.
    func matches(_ trap: AccuracyGold.Trap, _ finding: Finding) -> Bool {
        guard finding.kind.rawValue == trap.kind else { return false }
        if let slot = trap.slot {
            guard slotMatches(gold: slot, goldValues: Array((trap.values ?? [:]).values), ours: finding.slot) else { return false }
        }
        if let values = trap.values, !values.isEmpty {
            let stating = claimsStating(values, in: finding.claims)
            return stating.count >= min(2, values.count) && (finding.kind == .variant || (Self.disagree(stating) && Self.opposed(stating, in: finding)))
        }
        guard belongsToCase(finding) else { return false }
        let own = finding.claims.filter { claim in caseSources.contains(claim.source) || !(sameFile[claim.source] ?? []).isDisjoint(with: caseSources) }
        return sources(own).count < 2 || Set(own.map(\.normalized)).count >= 2
    }

    /// The distinct files (byte-identical copies once) that `claims` come from.
    private func sources(_ claims: [Claim]) -> Set<String> { Set(claims.map { canonical[$0.source] ?? $0.source }) }

    /// Whether a finding is this case's: at least two distinct files of the case among its
    /// claims (byte-identical copies count once), or all of its claims from the case.
    func belongsToCase(_ finding: Finding) -> Bool {
        let sources = Set(finding.claims.map(\.source))
        guard !sources.isEmpty else { return false }
        if sources.isSubset(of: caseSources) { return true }
        let inCase = sources.filter { id in caseSources.contains(id) || !(sameFile[id] ?? []).isDisjoint(with: caseSources) }
        return Set(inCase.map { canonical[$0] ?? $0 }).count >= 2
    }
}
