import Foundation

/// Finds variants: the same value written differently by different sources — spellings
/// and scripts of a name (Odessa/Odesa, Киев/Kyiv), units of a distance (44 miles/71 km),
/// forms of a time (around 01:00 AM/about 1:00 a.m.). A form whose words are one run of
/// another form's ("Odesa" in "Odesa region") is not a variant of it, unless their digits
/// differ ("491 litros" and "491,2 litros" are one total at two precisions); words put
/// between them make another form ("Radio Zorya" and "radio station Zorya").
struct VariantFinder {
    let context: AlignmentContext

    /// Slots whose values are compared story-wide by canonical value.
    static let storyWideSlots: Set<Slot> = ["place", "person", "organisation", "weapon", "aircraft", "vehicle", "name", "date"]

    func findings(factGroups: [FactGroup]) -> [Finding] {
        var result: [Finding] = []
        // Names and dates: across the whole story, by canonical value.
        var byValue: [String: [ClaimRecord]] = [:]
        var keys: [String: (story: Int, slot: Slot, value: String)] = [:]
        for record in context.records where Self.storyWideSlots.contains(record.slot) {
            let story = context.storyOf[record.document]
            let id = "\(story)|\(record.slot)|\(record.mention.value)"
            byValue[id, default: []].append(record)
            keys[id] = (story, record.slot, record.mention.value)
        }
        for id in byValue.keys.sorted() {
            let (story, slot, value) = keys[id]!
            if let finding = variant(records: byValue[id]!, event: context.storyIDs[story], slot: slot, key: value) {
                result.append(finding)
            }
        }
        // Measurements and times: within each group of agreeing sources of a fact.
        for group in factGroups where !Self.storyWideSlots.contains(group.key.slot) && group.key.slot != "casualties"
            && context.hasVariants(group.key.slot) && !AuthorityReadings.isReading(group.key) {
            // An authority's reading repeats claims of the slot's own fact, whose forms are reported there.
            guard group.statements.first?.lead.mention.type != .count else { continue }
            for cluster in group.clusters where cluster.count > 1 {
                for records in Self.sameValue(cluster.map { group.statements[$0] }) {
                    if let finding = variant(records: records, event: group.eventID, slot: group.key.slot, key: group.key.key) {
                        result.append(finding)
                    }
                }
            }
        }
        return result
    }

    /// The claims of agreeing statements that state one value, the sets to look for forms
    /// in: for a measurement the sources' leads (compatible values, such as 44 miles and
    /// 71 km); for times every claim of the statements by the UTC minute it names, since
    /// times agree within minutes and "1:27 a.m." is not a way of writing "about 1:30".
    static func sameValue(_ statements: [Statement]) -> [[ClaimRecord]] {
        guard statements.first?.lead.mention.type == .time else { return [statements.map(\.lead)] }
        var byMinute: [Int: [ClaimRecord]] = [:]
        for statement in statements {
            for record in statement.records {
                guard let minute = Statement.minutesUTC(record.mention, offset: record.offset) else { continue }
                byMinute[minute, default: []].append(record)
            }
        }
        return byMinute.keys.sorted().map { byMinute[$0]! }
    }

    private func variant(records: [ClaimRecord], event: String, slot: Slot, key: String?) -> Finding? {
        let forms = Self.distinctForms(records, designators: context.designators)
        guard forms.count > 1, Set(forms.map(\.record.document)).count > 1 else { return nil }
        // Every source's first claim of every form it uses, contained forms included.
        var seen = Set<String>()
        let claims = records.sorted { ($0.document, $0.mention.range.lowerBound) < ($1.document, $1.mention.range.lowerBound) }
            .filter { seen.insert("\($0.document)|\(Self.fold($0.mention.text))").inserted }
            .map(context.claim)
        let written = forms.map { "\($0.record.mention.text.quotedForMessage) (\(context.sourceID($0.record.document)))" }
        let message = "The same \(slot) (\(records[0].mention.value)) is written differently: " + written.joined(separator: ", ") + "."
        return Finding(id: Fingerprint.make(kind: .variant, event: event, slot: slot.rawValue, key: key, values: forms.map(\.form)),
                       kind: .variant, severity: .note, event: event, slot: slot.rawValue, message: message, claims: claims, missingFrom: [])
    }

    /// The distinct written forms among `records` (case, quotes and possessives folded),
    /// leaving out a form whose words are one run of another's: "Aliyev" beside "Ilham
    /// Aliyev", "Odesa" beside "Odesa region" (but not a person's name of two words or more:
    /// "Miguel Luna" beside "Miguel Ángel Luna González" is a form of its own). Place designators (`nameDesignators`) do not
    /// make a spelling: "al-Haouz province" and "Al Haouz" differ by their hyphen, so both
    /// stay; "Hrubieszów district" and "Hrubieszów county" differ by their designator, so
    /// both stay too. The first record of each form, by source.
    static func distinctForms(_ records: [ClaimRecord], designators: Set<String>) -> [(form: String, record: ClaimRecord)] {
        var forms: [(form: String, core: String, words: Set<String>, coreWords: Set<String>, record: ClaimRecord)] = []
        for record in records.sorted(by: { ($0.document, $0.mention.range.lowerBound) < ($1.document, $1.mention.range.lowerBound) }) {
            let form = fold(record.mention.text)
            if !forms.contains(where: { $0.form == form }) {
                let core = withoutDesignators(form, designators)
                forms.append((form, core, words(form), words(core), record))
            }
        }
        let kept = forms.filter { candidate in
            // A person's name of two words or more inside a longer one is a form of its own:
            // "Maynor Suazo" beside "Maynor Yasir Suazo-Sandoval" leaves out a middle name and a surname.
            if candidate.record.slot == "person" && candidate.words.count >= 2 { return true }
            return !forms.contains { other in
                // Other digits are another figure, not a shorter form: "491 litros" beside "491,2 litros".
                guard other.form != candidate.form, digitRuns(other.form) == digitRuns(candidate.form) else { return false }
                if candidate.core == other.core { return candidate.words.isSubset(of: other.words) && candidate.words != other.words }
                // A shorter form is the longer one's head or tail, its words in one run ("Odesa"
                // in "Odesa region", "Aliyev" in "Ilham Aliyev"); words put between them rewrite
                // the name ("Radio Zorya" and "radio station Zorya" are two forms).
                return candidate.coreWords.isSubset(of: other.coreWords) && candidate.coreWords != other.coreWords
                    && inOneRun(orderedWords(candidate.core), orderedWords(other.core))
            }
        }
        return kept.map { ($0.form, $0.record) }
    }

    /// The form without a trailing or leading place designator ("odesa region" → "odesa").
    private static func withoutDesignators(_ form: String, _ designators: Set<String>) -> String {
        let words = form.split(separator: " ")
        let kept = words.filter { !designators.contains(String($0)) }
        return kept.isEmpty || kept.count == words.count ? form : kept.joined(separator: " ")
    }

    static func fold(_ text: String) -> String {
        var folded = text.lowercased()
        for suffix in ["'s", "’s"] where folded.hasSuffix(suffix) { folded.removeLast(2) }
        return folded.trimmingCharacters(in: CharacterSet(charactersIn: "\"'«»“”‘’ .,"))
    }

    /// The runs of digits of a form, in order ("491,2 litros" → 491, 2).
    private static func digitRuns(_ form: String) -> [Substring] {
        form.split { !$0.isNumber }
    }

    /// The words of a form, in order.
    private static func orderedWords(_ form: String) -> [Substring] {
        form.split { !$0.isLetter && !$0.isNumber }
    }

    /// Whether `part` stands in `whole` as one run of consecutive words.
    private static func inOneRun(_ part: [Substring], _ whole: [Substring]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { start in whole[start..<(start + part.count)].elementsEqual(part) }
    }

    private static func words(_ form: String) -> Set<String> {
        Set(form.split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}
