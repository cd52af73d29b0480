import VerifyICU

/// Words written with look-alike letters of another script ("Kуiv" with a Cyrillic у,
/// "Iskandеr" with a Cyrillic е): ICU's spoof checker (UTS #39, restriction level "highly
/// restrictive") fails them. Extraction already reads a known name so written as the name
/// (``SentenceScan``, qualifier `mixed-script`); here each such word becomes a warning, one
/// per source and written form, with every code point shown, so that a source that tries to
/// pass as another (or to dodge a search) is seen.
enum SpoofedNames {
    /// The finding rule and key.
    static let rule = "spoof"

    /// One warning per source and mixed-script word, in document and text order.
    static func findings(context: AlignmentContext) -> [Finding] {
        guard let checker = try? SpoofChecker() else { return [] }
        var read: [String: (slot: Slot, value: String)] = [:]
        for record in context.records where record.mention.qualifiers.contains(.mixedScript) {
            read["\(record.document)|\(record.mention.text)"] = (record.slot, record.mention.value)
        }
        var result: [Finding] = []
        for (d, document) in context.documents.enumerated() {
            var seen = Set<String>()
            // An ASCII sentence has only Latin letters: the common case costs one byte scan.
            for sentence in document.sentences where !sentence.text.utf8.allSatisfy({ $0 < 0x80 }) {
                for word in mixedWords(sentence.text) where seen.insert(word).inserted && checker.isSuspicious(word) {
                    let mention = sentence.mentions.first { $0.qualifiers.contains(.mixedScript) && $0.text.contains(word) }
                    let known = mention.map { read["\(d)|\($0.text)"] ?? (Slot(rawValue: "name"), $0.value) }
                    let source = context.sourceID(d)
                    let slot = known?.slot.rawValue ?? "name"
                    let reading = known.map { " It is read as \($0.value)." } ?? " It names nothing the rules know."
                    let message = "Possible spoof: \(word.quotedForMessage) in \(source) mixes \(scriptNames(word)) letters ("
                        + codePoints(word) + ")." + reading
                    let claim = Claim(source: source, value: word, normalized: known?.value ?? "", quote: sentence.text,
                                      location: mention?.location ?? sentence.location,
                                      qualifiers: [Qualifier.mixedScript.rawValue], rule: Self.rule)
                    let event = context.storyIDs[context.storyOf[d]]
                    result.append(Finding(id: Fingerprint.make(kind: .variant, event: event, slot: slot, key: Self.rule, values: [source, word]),
                                          kind: .variant, severity: .warning, event: event, slot: slot, message: message,
                                          claims: [claim], missingFrom: []))
                }
            }
        }
        return result
    }

    /// The scripts a letter is counted in: Latin, Cyrillic and Greek, the three whose
    /// capitals and small letters look alike.
    enum Script: String, CaseIterable {
        case latin = "Latin", cyrillic = "Cyrillic", greek = "Greek"

        init?(_ scalar: Unicode.Scalar) {
            guard scalar.properties.isAlphabetic else { return nil }
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
            case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
            case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
            default: return nil
            }
        }
    }

    /// The words of `text` (runs of letters and combining marks) with letters of two or more
    /// of the ``Script`` cases.
    static func mixedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if Set(current.compactMap(Script.init)).count >= 2 { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// "Latin and Cyrillic".
    static func scriptNames(_ word: String) -> String {
        let present = Set(word.unicodeScalars.compactMap(Script.init))
        let names = Script.allCases.filter(present.contains).map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + (names.count > 1 ? " and " : "") + (names.last ?? "")
    }

    /// Every code point, with the Unicode name of each letter not of the word's main script:
    /// `K U+004B, у U+0443 CYRILLIC SMALL LETTER U, i U+0069, v U+0076`.
    static func codePoints(_ word: String) -> String {
        let scripts = word.unicodeScalars.compactMap(Script.init)
        let main = Script.allCases.max { a, b in scripts.filter { $0 == a }.count < scripts.filter { $0 == b }.count }
        return word.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let name = Script(scalar) != main ? scalar.properties.name.map { " " + $0 } ?? "" : ""
            return "\(Character(scalar)) \(code)\(name)"
        }.joined(separator: ", ")
    }
}
