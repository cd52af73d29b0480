/// Qualifier phrases and range words from `qualifiers.yaml`, as lookup tables built once.
struct QualifierRules: Sendable {
    /// The shape of `qualifiers.yaml`.
    struct File: Decodable, Sendable {
        /// Phrases of one qualifier.
        struct Phrases: Decodable {
            /// Written before the number, by language.
            var before: [String: [String]]?
            /// Written after the number, by language.
            var after: [String: [String]]?
        }
        /// How ranges are written.
        struct Ranges: Decodable {
            /// Opening words.
            var start: [String]
            /// Joining words.
            var join: [String]
            /// Dash characters.
            var dashes: [String]
            /// Joining words that make a range only after an opening word ("and").
            var openedJoin: [String]?
        }
        /// Qualifiers by canonical name.
        var qualifiers: [String: Phrases]
        /// Range words.
        var ranges: Ranges
        /// Words allowed between a qualifier and its number.
        var between: [String: [String]]
    }

    /// Phrases written before a number, by language (payload: canonical qualifier).
    let before: [String: PhraseTable<String>]
    /// Phrases written after a number and its unit or noun, by language.
    let after: [String: PhraseTable<String>]
    /// Words opening a range ("between", "from").
    let rangeStart: Set<String>
    /// Words joining the ends of a range ("and", "to").
    let rangeJoin: Set<String>
    /// Dash characters.
    let dashes: Set<String>
    /// Joining words that make a range only after an opening word ("between 2 and 3").
    let openedJoin: Set<String>
    /// Words that may stand between a qualifier and its number, by language.
    let between: [String: Set<String>]

    /// Builds the tables from the decoded file.
    init(file: File) {
        var before: [String: PhraseTable<String>] = [:]
        var after: [String: PhraseTable<String>] = [:]
        for name in file.qualifiers.keys.sorted() {
            let phrases = file.qualifiers[name]!
            for (language, list) in phrases.before ?? [:] { for phrase in list { before[language, default: PhraseTable()].add(phrase, name) } }
            for (language, list) in phrases.after ?? [:] { for phrase in list { after[language, default: PhraseTable()].add(phrase, name) } }
        }
        self.before = before
        self.after = after
        rangeStart = Set(file.ranges.start)
        rangeJoin = Set(file.ranges.join)
        dashes = Set(file.ranges.dashes)
        openedJoin = Set(file.ranges.openedJoin ?? ["and", "и"])
        between = file.between.mapValues(Set.init)
    }

    /// The qualifier written just before token `index` (possibly across one of the
    /// language's ``between`` words): canonical name and first token.
    func qualifier(before index: Int, in sentence: SentenceText) -> (name: String, first: Int)? {
        guard let table = before[sentence.language] ?? before["en"] else { return nil }
        if let found = table.match(sentence.tokens, endingAt: index - 1) { return (found.payload, found.first) }
        if index >= 2, between[sentence.language]?.contains(sentence.tokens[index - 1].lower) == true,
           let found = table.match(sentence.tokens, endingAt: index - 2) {
            return (found.payload, found.first)
        }
        return nil
    }

    /// The qualifier written just after token `index` ("or more"): name and last token.
    func qualifier(after index: Int, in sentence: SentenceText) -> (name: String, last: Int)? {
        guard let table = after[sentence.language] ?? after["en"] else { return nil }
        return table.match(sentence.tokens, from: index + 1).map { ($0.payload, $0.last) }
    }
}
