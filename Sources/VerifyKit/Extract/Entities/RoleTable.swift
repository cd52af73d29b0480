/// Role phrases of `roles.yaml` as word keys, with the words around names.
struct RoleTable: Sendable {
    /// A role phrase: its word keys and the role it names.
    struct Phrase: Sendable {
        /// Word keys ("prime", "minister").
        var pieces: [String]
        /// Role name (`prime-minister`).
        var role: String
    }
    /// Every phrase, longest first.
    let phrases: [Phrase]
    /// Indices into ``phrases`` (ascending) by each phrase's last word key, so that the
    /// phrases that may end at a word are found by the word's forms, not by a scan.
    let endingWith: [String: [Int]]
    /// Words allowed between a role and a name.
    let connectors: Set<String>
    /// Verbs of saying.
    let speechVerbs: Set<String>
    /// Prepositions right before a name that make it a role's or speaker's place ("the
    /// mayor of X", "officials in X said"), not a person.
    let placePrepositions: Set<String>
    /// Capitalised words that are never names (lower-cased keys).
    let notNames: Set<String>
    /// Words that label things with a letter ("Ward B.", "Section A."): never the given
    /// name of an initialled person (lower-cased keys).
    let notGivenNames: Set<String>

    /// Compiles `file`; `pieces` splits a phrase into word keys.
    init(_ file: RoleFile, pieces: (String) -> [String]) {
        var list: [Phrase] = []
        for (role, forms) in file.roles.sorted(by: { $0.key < $1.key }) {
            for form in forms { list.append(Phrase(pieces: pieces(form), role: role)) }
        }
        phrases = list.filter { !$0.pieces.isEmpty }.sorted { $0.pieces.count > $1.pieces.count }
        var endingWith: [String: [Int]] = [:]
        for (index, phrase) in phrases.enumerated() { endingWith[phrase.pieces[phrase.pieces.count - 1], default: []].append(index) }
        self.endingWith = endingWith
        connectors = Set(file.connectors.flatMap(pieces))
        speechVerbs = Set(file.speechVerbs.flatMap(pieces))
        placePrepositions = Set((file.placePrepositions ?? []).flatMap(pieces))
        notNames = Set(file.notNames.flatMap(pieces))
        notGivenNames = Set((file.notGivenNames ?? []).flatMap(pieces)).union(notNames)
    }

    /// Whether `key` is a role written as one word (`mayor`, `spokesman`).
    func isOneWordRole(_ key: String) -> Bool {
        (endingWith[key] ?? []).contains { phrases[$0].pieces.count == 1 }
    }
}

