/// Joins a surname written alone (`surname-only`: "Moore said") to the full name it
/// stands for: first the one full name ending with it that its document states before it,
/// then the one full name of its story ending with it. Two full names that end with the
/// surname leave it alone; so does a full name whose last word is of the other gender
/// (Petrova for Petrov: ``NameIdentity/samePersonWord(_:_:)``).
struct SurnameJoiner {
    /// The run's key maker (keys are cached per value).
    let keys: NameKeyMaker

    /// A full name stated in a document, where it is stated.
    private struct Stated {
        var value: String
        var surname: String
        var position: (sentence: Int, offset: Int)
    }

    /// Step 1: surnames joined to the full names stated before them in their documents,
    /// person claims and the names the proper-name finder read (not claims). Returns the
    /// indices of the records joined.
    func joinInDocuments(_ records: inout [ClaimRecord], documents: [ExtractedDocument]) -> Set<Int> {
        var stated: [Int: [Stated]] = [:]   // document → full names
        for record in records where record.slot == "person" && !record.mention.qualifiers.contains(.surnameOnly) {
            if let name = fullName(record.mention.value, sentence: record.sentence, offset: record.mention.range.lowerBound) {
                stated[record.document, default: []].append(name)
            }
        }
        let documentsWithSurnames = Set(records.filter { isSurname($0) }.map(\.document))
        for document in documentsWithSurnames where documents.indices.contains(document) {
            for (s, sentence) in documents[document].sentences.enumerated() {
                for mention in sentence.mentions where mention.type == .entity && mention.rule.hasPrefix("names.yaml")
                    && (mention.subtype == "person" || mention.subtype == "name") {
                    guard let id = mention.entity?.id,
                          let name = fullName("person:" + id, sentence: s, offset: mention.range.lowerBound) else { continue }
                    stated[document, default: []].append(name)
                }
            }
        }
        var joined = Set<Int>()
        for i in records.indices where isSurname(records[i]) {
            guard let surname = surname(of: records[i].mention.value) else { continue }
            let here = (records[i].sentence, records[i].mention.range.lowerBound)
            let before = (stated[records[i].document] ?? []).filter { $0.position < here }
            if let value = only(before, surname: surname) {
                records[i] = NameUnifier.renamed(records[i], to: value)
                joined.insert(i)
            }
        }
        return joined
    }

    /// Step 3: surnames not joined yet, joined to the one full name of their story.
    func joinInStories(_ records: inout [ClaimRecord], storyOf: [Int], skipping joined: Set<Int>) {
        var stated: [Int: [Stated]] = [:]   // story → full names
        for record in records where record.slot == "person" && !record.mention.qualifiers.contains(.surnameOnly) {
            if let name = fullName(record.mention.value, sentence: 0, offset: 0) { stated[storyOf[record.document], default: []].append(name) }
        }
        for i in records.indices where isSurname(records[i]) && !joined.contains(i) {
            guard let surname = surname(of: records[i].mention.value),
                  let value = only(stated[storyOf[records[i].document]] ?? [], surname: surname) else { continue }
            records[i] = NameUnifier.renamed(records[i], to: value)
        }
    }

    /// Whether `record` is a person written by the surname alone.
    private func isSurname(_ record: ClaimRecord) -> Bool {
        record.slot == "person" && record.mention.qualifiers.contains(.surnameOnly)
    }

    /// The skeleton of a one-word name without digits.
    private func surname(of value: String) -> String? {
        let key = keys.key(value: value)
        return key.words.count == 1 && key.numbers.isEmpty ? key.words[0] : nil
    }

    /// A name of two words or more, with its last word's skeleton.
    private func fullName(_ value: String, sentence: Int, offset: Int) -> Stated? {
        let words = keys.key(value: value).words
        guard words.count >= 2, let last = words.last else { return nil }
        return Stated(value: value, surname: last, position: (sentence, offset))
    }

    /// The one value among `names` whose surname is `surname`, or nil for none or several.
    private func only(_ names: [Stated], surname: String) -> String? {
        let values = Set(names.filter { NameIdentity.samePersonWord(surname, $0.surname) }.map(\.value))
        return values.count == 1 ? values.first : nil
    }
}
