/// Settles places whose name several places share with the rest of the document: a
/// report that names Sri Lanka, or Colombo in Sri Lanka, earlier or later means the
/// Colombo of Sri Lanka in a sentence that says nothing more. The country named most often
/// in the document's other place and country mentions (those with one candidate) wins over
/// the sentence's choice; with no such country the sentence's choice stays, `ambiguous`
/// when it was.
struct PlaceDocumentResolver {
    /// The place index the candidates come from.
    let index: PlaceIndex

    /// `sentences` with their ambiguous places resolved where the document allows, and
    /// names given one identity: a word the document types from context somewhere (“the
    /// container ship Dali”) is that thing wherever else it stands alone, not a namesake
    /// place and not an untyped name.
    func resolve(_ sentences: [ExtractedSentence]) -> [ExtractedSentence] {
        choosePlaces(typeNames(sentences))
    }

    /// The typed name of each written form the document types from context, then the
    /// index places and untyped names of that form replaced by it.
    private func typeNames(_ sentences: [ExtractedSentence]) -> [ExtractedSentence] {
        var typed: [String: Mention] = [:]
        for sentence in sentences {
            for mention in sentence.mentions where mention.type == .entity && mention.rule.hasPrefix("names.yaml")
                && ["vehicle", "person", "organisation"].contains(mention.subtype ?? "") {
                let form = Self.form(mention.text)
                if typed[form] == nil { typed[form] = mention }
            }
        }
        guard !typed.isEmpty else { return sentences }
        return sentences.map { sentence in
            var copy = sentence
            for m in copy.mentions.indices where copy.mentions[m].type == .entity {
                let mention = copy.mentions[m]
                guard mention.subtype == "name" || (mention.subtype == "place" && mention.rule.hasPrefix("places.index")),
                      let known = typed[Self.form(mention.text)] else { continue }
                var replaced = mention
                replaced.value = known.value
                replaced.subtype = known.subtype
                replaced.entityClass = known.entityClass
                replaced.country = nil
                replaced.zone = nil
                replaced.placeCandidates = []
                replaced.qualifiers.removeAll { $0 == "ambiguous" }
                replaced.rule = "\(known.rule), as the document types “\(known.text)” elsewhere"
                copy.mentions[m] = replaced
            }
            return copy
        }
    }

    /// A written form for comparing names: lower case, a possessive `'s` dropped.
    private static func form(_ text: String) -> String {
        var lower = text.lowercased()
        for suffix in ["'s", "’s"] where lower.hasSuffix(suffix) { lower.removeLast(suffix.count) }
        return lower
    }

    /// Places with several candidates, chosen by the country the document names most.
    private func choosePlaces(_ sentences: [ExtractedSentence]) -> [ExtractedSentence] {
        var weight: [String: Int] = [:]
        for sentence in sentences {
            for mention in sentence.mentions where mention.type == .entity && mention.placeCandidates.isEmpty {
                guard let country = mention.country, mention.subtype == "place" || mention.subtype == "country" else { continue }
                weight[country, default: 0] += 1
            }
        }
        guard !weight.isEmpty else { return sentences }
        return sentences.map { sentence in
            var copy = sentence
            for m in copy.mentions.indices where !copy.mentions[m].placeCandidates.isEmpty {
                let candidates = copy.mentions[m].placeCandidates.map { index.place($0) }
                // Candidates are most populous first: the first of the best-weighted country.
                guard let first = candidates.enumerated().max(by: { lhs, rhs in
                    let (l, r) = (weight[lhs.element.country] ?? 0, weight[rhs.element.country] ?? 0)
                    return l != r ? l < r : lhs.offset > rhs.offset
                })?.element, (weight[first.country] ?? 0) > 0 else {
                    copy.mentions[m].placeCandidates = []
                    continue
                }
                let best = PlaceChoice.cityOverDivision(first, among: candidates)
                var mention = copy.mentions[m]
                mention.value = best.value
                mention.country = best.country
                mention.zone = best.zone.isEmpty ? nil : best.zone
                mention.entityClass = best.className
                mention.qualifiers.removeAll { $0 == "ambiguous" }
                mention.rule = "places.index: \(best.summary), in the country the document names"
                mention.placeCandidates = []
                copy.mentions[m] = mention
            }
            return copy
        }
    }
}
