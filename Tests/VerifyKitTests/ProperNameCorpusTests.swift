import Foundation
import Testing
@testable import VerifyKit

/// Measures the names found (gazetteers, people and the proper-name finder together) against
/// hand-checked lists of every proper name in three shared cases
/// (`Fixtures/names/<case>.json`): precision and recall per case and kind, printed; the
/// precision bar of issue 9 asserted. Country adjectives ("Russian") are mentions of a
/// country, not names, and are left out; so are weapons and mentions written without a
/// capital (vessel classes such as "container ship"), which are types of things, not names. Skips when ../shared/corpora is absent.
@Suite struct ProperNameCorpusTests {
    /// The hand-checked list of one case.
    struct HandList: Decodable {
        /// One name as written and its kind.
        struct Entry: Decodable {
            var name: String
            var kind: String
        }
        var files: [String: [Entry]]
    }

    /// The three cases measured.
    static let cases = ["key-bridge-2024", "valencia-dana-2024", "crocus-2024"]
    /// `Tests/VerifyKitTests/Fixtures/names`.
    static let fixtures = TestPaths.repositoryRoot.appendingPathComponent("Tests/VerifyKitTests/Fixtures/names")

    /// Matching words of a name: keys of its letters-and-digits words, Cyrillic romanised.
    static func words(_ text: String, keys: TokenKeyMaker) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }).map { piece in
            let key = keys.key(String(piece))
            let roman = key.script == .cyrillic ? Romanizer.romanize(key.key) : key.key
            return String(roman.unicodeScalars.filter { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }.map(Character.init))
        }.filter { !$0.isEmpty && $0 != "the" }
    }

    /// Whether `part` is a contiguous run of `whole`.
    static func isRun(_ part: [String], of whole: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { Array(whole[$0..<($0 + part.count)]) == part }
    }

    /// Counts for one case.
    struct Tally {
        var found = 0, exact = 0, partial = 0, typedRight = 0, untyped = 0
        var listed = 0, recalled = 0
        var foundByKind: [String: (found: Int, right: Int)] = [:]
        var listedByKind: [String: (listed: Int, recalled: Int)] = [:]
        var wrong: [String] = []
        var precision: Double { found == 0 ? 1 : Double(exact + partial) / Double(found) }
        var recall: Double { listed == 0 ? 1 : Double(recalled) / Double(listed) }
    }

    @Test func precisionAndRecallOnHandLists() throws {
        guard let corpora = TestPaths.corpora else { return }
        let extractor = FactExtractor()
        let keys = TokenKeyMaker()
        for name in Self.cases {
            let folder = corpora.appendingPathComponent(name)
            guard TestPaths.isDirectory(folder) else { continue }
            let list = try JSONDecoder().decode(HandList.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent(name + ".json")))
            let corpus = try CorpusLoader.load(paths: [folder.path])
            var tally = Tally()
            for document in corpus.documents {
                let file = try #require(list.files.keys.first { ($0 as NSString).deletingPathExtension == (document.id as NSString).lastPathComponent },
                                        "\(name): \(document.id) has no hand list")
                let entries = list.files[file]!.map { (words: Self.words($0.name, keys: keys), kind: $0.kind) }
                let mentions = extractor.extract(document).flatMap(\.mentions)
                    .filter { $0.type == .entity && $0.subtype != "weapon" && $0.subtype != "cause" && !$0.qualifiers.contains(.adjective)
                             && $0.text.contains(where: \.isUppercase) }
                var seen = Set<String>()
                for mention in mentions {
                    let kind = mention.subtype == "country" ? "place" : mention.subtype ?? "name"
                    let found = Self.words(mention.text, keys: keys)
                    tally.found += 1
                    var slot = tally.foundByKind[kind] ?? (0, 0)
                    slot.found += 1
                    if let hit = entries.first(where: { $0.words == found }) {
                        tally.exact += 1
                        slot.right += 1
                        if kind == "name" { tally.untyped += 1 } else if kind == hit.kind { tally.typedRight += 1 }
                        seen.insert(hit.words.joined(separator: " "))
                    } else if entries.contains(where: { Self.isRun(found, of: $0.words) }) {
                        tally.partial += 1
                        slot.right += 1
                    } else {
                        tally.wrong.append("\(file): \(mention.value) '\(mention.text)'")
                    }
                    tally.foundByKind[kind] = slot
                }
                var distinct = Set<String>()
                for entry in entries where distinct.insert(entry.words.joined(separator: " ")).inserted {
                    tally.listed += 1
                    var slot = tally.listedByKind[entry.kind] ?? (0, 0)
                    slot.listed += 1
                    if seen.contains(entry.words.joined(separator: " ")) {
                        tally.recalled += 1
                        slot.recalled += 1
                    }
                    tally.listedByKind[entry.kind] = slot
                }
            }
            let percent = { (value: Double) in String(format: "%.2f", value) }
            print("names \(name): precision \(percent(tally.precision)) (\(tally.exact) exact + \(tally.partial) part of a listed name of \(tally.found) found), recall \(percent(tally.recall)) (\(tally.recalled)/\(tally.listed)); exact hits typed right \(tally.typedRight), untyped \(tally.untyped)")
            for (kind, slot) in tally.foundByKind.sorted(by: { $0.key < $1.key }) {
                let recall = tally.listedByKind[kind].map { " recall \(percent(Double($0.recalled) / Double(max($0.listed, 1)))) (\($0.recalled)/\($0.listed))" } ?? ""
                print("  \(kind): precision \(percent(Double(slot.right) / Double(max(slot.found, 1)))) (\(slot.right)/\(slot.found))\(recall)")
            }
            for (kind, slot) in tally.listedByKind.sorted(by: { $0.key < $1.key }) where tally.foundByKind[kind] == nil {
                print("  \(kind): none found, recall 0 (0/\(slot.listed))")
            }
            for line in tally.wrong { print("  not a listed name: \(line)") }
            #expect(tally.found > 0, "\(name): nothing found")
            #expect(tally.precision >= 0.9, "\(name): name precision \(tally.precision) is under the bar of 0.9")
        }
    }
}
