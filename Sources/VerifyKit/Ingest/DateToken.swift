/// A token of a short line, for reading dates and times: a run of digits, a run of
/// letters, or one other character. Remembers whether white space came before it.
struct DateToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case number, word, symbol }
    var kind: Kind
    var text: String
    var spaceBefore: Bool

    var number: Int? { kind == .number ? Int(text) : nil }

    static func tokenize(_ line: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var current = ""
        var currentKind: Kind?
        var space = false
        var pendingSpace = false
        func flush() {
            if let kind = currentKind, !current.isEmpty {
                tokens.append(DateToken(kind: kind, text: current, spaceBefore: space))
                pendingSpace = false
            }
            current = ""
            currentKind = nil
        }
        for character in line {
            let kind: Kind? = character.isWhitespace ? nil
                : (character.isASCII && character.isNumber) ? .number
                : character.isLetter ? .word : .symbol
            guard let kind else {
                flush()
                pendingSpace = true
                continue
            }
            if kind != currentKind || kind == .symbol {
                flush()
                space = pendingSpace || tokens.isEmpty
                currentKind = kind
            }
            current.append(character)
        }
        flush()
        return tokens
    }
}
