/// A set of word phrases (`at least`, `on the richter scale`, `погиб*`) each with a
/// payload, matched against a sentence's tokens forward (starting at a token) or
/// backward (ending at a token). Built once from rule data; lookups hash the first or
/// last token, so matching costs no more than a dictionary probe per token.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// One phrase: its lower-cased words and what it stands for.
    struct Entry: Sendable {
        /// Lower-cased words; a trailing `*` on a word makes it a prefix.
        var words: [String]
        /// What the phrase stands for.
        var payload: Payload
    }

    /// Phrases by first word, longest first.
    private var byFirst: [String: [Entry]] = [:]
    /// Phrases by last word, longest first.
    private var byLast: [String: [Entry]] = [:]
    /// Phrases whose first word is a prefix pattern.
    private var wildFirst: [Entry] = []
    /// Phrases whose last word is a prefix pattern.
    private var wildLast: [Entry] = []

    /// An empty table.
    init() {}

    /// A table of `entries`.
    init(_ entries: [(phrase: String, payload: Payload)]) {
        for (phrase, payload) in entries { add(phrase, payload) }
    }

    /// Adds `phrase` (split into words with ``RuleWords/split(_:)``) with its payload.
    mutating func add(_ phrase: String, _ payload: Payload) {
        let words = RuleWords.split(phrase)
        guard let first = words.first, let last = words.last else { return }
        let entry = Entry(words: words, payload: payload)
        if first.hasSuffix("*") { wildFirst.append(entry) } else { Self.insertLongestFirst(entry, into: &byFirst[first, default: []]) }
        if last.hasSuffix("*") { wildLast.append(entry) } else { Self.insertLongestFirst(entry, into: &byLast[last, default: []]) }
    }

    /// Keeps a list longest phrase first (equal lengths in the order added).
    private static func insertLongestFirst(_ entry: Entry, into list: inout [Entry]) {
        let at = list.firstIndex { $0.words.count < entry.words.count } ?? list.count
        list.insert(entry, at: at)
    }

    /// Every phrase found left to right, without overlaps, longest first at each token.
    func matches(in tokens: [Token]) -> [(first: Int, last: Int, payload: Payload)] {
        var result: [(first: Int, last: Int, payload: Payload)] = []
        var index = 0
        while index < tokens.count {
            if let found = match(tokens, from: index) {
                result.append((index, found.last, found.payload))
                index = found.last + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether the table has no phrase.
    var isEmpty: Bool { byFirst.isEmpty && wildFirst.isEmpty }

    /// The longest phrase starting at token `start`: its payload and last token index.
    func match(_ tokens: [Token], from start: Int) -> (payload: Payload, last: Int)? {
        guard start >= 0, start < tokens.count else { return nil }
        let listed = byFirst[tokens[start].lower]
        if listed == nil && wildFirst.isEmpty { return nil }
        var best: (payload: Payload, last: Int)?
        func consider(_ list: [Entry]) {
            for entry in list {
                let end = start + entry.words.count - 1
                if end < tokens.count, best.map({ end > $0.last }) ?? true, Self.matches(entry.words, tokens, at: start) {
                    best = (entry.payload, end)
                }
            }
        }
        // Two lists in turn, not an array of them: this runs for every token of every sentence.
        if let listed { consider(listed) }
        if !wildFirst.isEmpty, tokens[start].kind == .word { consider(wildFirst) }
        return best
    }

    /// The longest phrase ending at token `end`: its payload and first token index.
    func match(_ tokens: [Token], endingAt end: Int) -> (payload: Payload, first: Int)? {
        guard end >= 0, end < tokens.count else { return nil }
        let listed = byLast[tokens[end].lower]
        if listed == nil && wildLast.isEmpty { return nil }
        var best: (payload: Payload, first: Int)?
        func consider(_ list: [Entry]) {
            for entry in list {
                let start = end - entry.words.count + 1
                if start >= 0, best.map({ start < $0.first }) ?? true, Self.matches(entry.words, tokens, at: start) {
                    best = (entry.payload, start)
                }
            }
        }
        if let listed { consider(listed) }
        if !wildLast.isEmpty, tokens[end].kind == .word { consider(wildLast) }
        return best
    }

    /// Whether `words` match the tokens from `start` on.
    private static func matches(_ words: [String], _ tokens: [Token], at start: Int) -> Bool {
        for k in words.indices where !word(words[k], matches: tokens[start + k]) { return false }
        return true
    }

    /// Whether a rule word matches a token (spacing is not checked: "north-east" and
    /// "north - east" both match).
    private static func word(_ rule: String, matches token: Token) -> Bool {
        if rule.hasSuffix("*") { return token.lower.hasPrefix(rule.dropLast()) && token.kind == .word }
        return token.lower == rule
    }
}
