import Foundation
import Testing
@testable import VerifyKit

/// Per-type recall of the values named in every gold.json of ../shared/corpora: for each
/// source and value a gold finding or agreement names, is there a mention of the right type
/// in that source with the same normalised value (or containing the value as written)?
/// Prints figures and misses; it asserts nothing about the figures themselves.
@Suite(.enabled(if: TestPaths.corpora != nil, "../shared/corpora is absent"))
struct GoldRecallTests {
    /// Gold slot → mention type; slots outside this map (damage, incident, status…) are
    /// descriptions, not mentions, and are counted apart.
    static let slotTypes: [String: Mention.Kind] = [
        "date": .date, "time": .time,
        "distance": .quantity, "depth": .quantity, "diameter": .quantity, "magnitude": .quantity, "duration": .quantity,
        "killed": .count, "injured": .count, "critical": .count, "casualties": .count,
        "weapon": .entity, "place": .entity, "person": .entity, "organisation": .entity, "organization": .entity,
    ]

    struct Item: Hashable {
        var source: String
        var slot: String
        var value: String
    }

    @Test func recallPerType() throws {
        var totals: [String: (hit: Int, all: Int)] = [:]
        var misses: [String] = []
        let extractor = FactExtractor()
        for folder in TestPaths.cases {
            let corpus = try CorpusLoader.load(paths: [folder.path])
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("gold.json"))) as! [String: Any]
            var mentions: [String: [Mention]] = [:]
            var contexts: [String: ExtractionContext] = [:]
            for document in corpus.documents {
                mentions[document.id] = extractor.extract(document).flatMap(\.mentions)
                contexts[document.id] = ExtractionContext(published: document.metadata.published, language: document.metadata.languages.first ?? "en")
            }
            var caseTotals: [String: (hit: Int, all: Int)] = [:]
            for item in items(gold) {
                let id = (item.source as NSString).deletingPathExtension
                guard let type = Self.slotTypes[item.slot], let found = mentions[id], let context = contexts[id] else { continue }
                let expected = extractor.extract(text: item.value, context: context).mentions.filter { $0.type == type }.map(\.value)
                let hit = found.contains { mention in
                    mention.type == type && (expected.contains(mention.value) || Self.fold(mention.text).contains(Self.fold(item.value))
                        || (!mention.text.isEmpty && Self.fold(item.value).contains(Self.fold(mention.text)) && type != .count))
                }
                let key = type.rawValue
                caseTotals[key, default: (0, 0)].all += 1
                totals[key, default: (0, 0)].all += 1
                if hit {
                    caseTotals[key]!.hit += 1
                    totals[key]!.hit += 1
                } else {
                    misses.append("\(folder.lastPathComponent)/\(item.source) \(item.slot): \(item.value)")
                }
            }
            print("recall \(folder.lastPathComponent): " + Self.format(caseTotals))
        }
        print("recall all cases: " + Self.format(totals))
        print("misses (\(misses.count)):\n  " + misses.sorted().joined(separator: "\n  "))
        #expect(totals.values.reduce(0) { $0 + $1.all } > 50)
    }

    /// Every (source, slot, value) a gold file names in findings and agreements.
    func items(_ gold: [String: Any]) -> Set<Item> {
        var result = Set<Item>()
        for finding in gold["findings"] as? [[String: Any]] ?? [] {
            let slot = finding["slot"] as? String ?? ""
            if let values = finding["values"] as? [String: String] {
                for (source, value) in values { result.insert(Item(source: source, slot: slot, value: value)) }
            }
            if let value = finding["value"] as? String {
                for source in finding["presentIn"] as? [String] ?? [] { result.insert(Item(source: source, slot: slot, value: value)) }
            }
        }
        for agreement in gold["agreements"] as? [[String: Any]] ?? [] {
            let slot = agreement["slot"] as? String ?? ""
            guard let value = agreement["value"] as? String else { continue }
            for source in agreement["sources"] as? [String] ?? [] { result.insert(Item(source: source, slot: slot, value: value)) }
        }
        return result
    }

    /// Lower case, accents removed, anything but letters and digits folded to one space.
    static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return plain.map { $0.isLetter || $0.isNumber ? String($0) : " " }.joined()
            .split(separator: " ").joined(separator: " ")
    }

    static func format(_ totals: [String: (hit: Int, all: Int)]) -> String {
        totals.sorted { $0.key < $1.key }.map { key, value in
            String(format: "%@ %d/%d (%.2f)", key, value.hit, value.all, value.all == 0 ? 0 : Double(value.hit) / Double(value.all))
        }.joined(separator: ", ")
    }
}
