/// An organisation named with its acronym in brackets ("National Institute of Geophysics
/// and Volcanology (INGV)", "Narodowy Instytut Geofizyki i Wulkanologii (INGV)") is known by
/// that acronym in every language: a found name takes the value `organisation:<acronym>`,
/// and the acronym itself is typed as that organisation; an untyped name of two words or
/// more before a capitals acronym is an organisation. A listed organisation keeps its
/// value when it stands whole before the bracket or the acronym is one of its own forms;
/// a listed name that stops short of the bracket, before another acronym, is the head of
/// another body's name (a listed "National Institute of Geophysics" read at the head of
/// Italy's "…and Volcanology (INGV)").
enum OrganisationAcronyms {
    /// Letters an acronym may have.
    static let letters = 2...8

    /// `matches` with each found organisation right before a bracketed acronym keyed by it.
    static func keyed(_ matches: [EntityMatch], scan: SentenceScan) -> [EntityMatch] {
        let tokens = scan.sentence.tokens
        // Most sentences hold no bracket: nothing to look at.
        guard tokens.contains(where: { $0.text == "(" }) else { return matches }
        var result = matches.sorted { $0.spanStart < $1.spanStart }
        for m in result.indices where result[m].kind == "organisation" || (result[m].kind == "name" && result[m].spanEnd > result[m].spanStart) {
            let open = result[m].spanEnd + 1
            // A listed name may stop short of the bracket ("… Geophysics | and Volcanology (INGV)").
            let bracket = (open..<min(open + 4, tokens.count)).first { tokens[$0].text == "(" } ?? open
            guard bracket + 2 < tokens.count, tokens[bracket].text == "(", tokens[bracket + 2].text == ")",
                  (open..<bracket).allSatisfy({ tokens[$0].kind == .word }),
                  let acronym = Self.acronym(tokens[bracket + 1].text) else { continue }
            if let target = result[m].target {
                // A listed name written whole before its acronym keeps its value; one that stops
                // short of the bracket is the head of another body's name, unless the acronym is its own.
                if bracket == open || scan.gazetteer.table.targets(ofWord: scan.keys[bracket + 1].key).contains(target) { continue }
            } else if bracket != open {
                continue
            }
            // An untyped name of two words or more with a capitals acronym is a body ("Autoridad
            // Portuaria de Velmar (VPA)"): people and places are not written so.
            if result[m].kind == "name" {
                guard acronym.filter(\.isUppercase).count >= 2 else { continue }
                result[m].kind = "organisation"
                result[m].rule += ", organisation by its acronym"
            }
            let value = "organisation:" + acronym.lowercased()
            result[m].value = value
            // The acronym's own match, if any (an untyped name, a listed short form), is the same body.
            for a in result.indices where result[a].spanStart == bracket + 1 && result[a].spanEnd == bracket + 1 {
                result[a].value = value
                result[a].kind = "organisation"
            }
        }
        return result
    }

    /// The acronym a bracketed word is: capitals (a lower-case tail allowed, "Ingv",
    /// "Aemet"), of ``letters`` letters; nil otherwise.
    static func acronym(_ word: String) -> String? {
        guard letters.contains(word.count), word.allSatisfy(\.isLetter), word.first?.isUppercase == true else { return nil }
        let capitals = word.filter(\.isUppercase).count
        return capitals >= 2 || word.count <= 5 ? word : nil
    }
}
