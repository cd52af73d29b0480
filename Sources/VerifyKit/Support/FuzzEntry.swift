import Foundation
import VerifyICU

/// One entry per fuzz target (`make fuzz`, Sources/verify-fuzz): each feeds arbitrary bytes
/// to one stage that reads untrusted input, and must return without crashing, hanging or
/// reading out of bounds whatever the bytes.
package enum FuzzEntry {
    /// The targets, by name.
    package static let targets = ["decode", "front-matter", "html", "document", "sentence", "align", "baseline", "icu"]

    /// The shipped rules, loaded once.
    private static let rules: RuleSet = {
        do { return try RuleSet.load() } catch { fatalError("fuzz: the shipped rules do not load: \(error)") }
    }()

    /// Languages a sentence is read in, chosen by the input's first byte.
    private static let languages = ["en", "es", "fr", "de", "pl", "it", "pt", "ru", "uk", "az"]

    /// Runs target `name` on `bytes`; false when there is no such target.
    package static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
        switch name {
        case "decode":
            _ = try? SourceDecoder.decode(bytes, html: false)
            _ = try? SourceDecoder.decode(bytes, html: true)
        case "front-matter":
            _ = try? FrontMatter.read(bytes)
        case "html":
            _ = HTMLReader.read(bytes)
        case "document":
            let format: SourceFormat = switch bytes.first.map({ $0 % 3 }) {
            case 0: .text
            case 1: .markdown
            default: .html
            }
            _ = DocumentReader(rules: rules).read(bytes: Array(bytes.dropFirst()), id: "fuzz", path: "fuzz", format: format)
        case "sentence":
            let language = languages[Int(bytes.first ?? 0) % languages.count]
            let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
            let published = PublishedTime(year: 2025, month: 11, day: 14, hour: 16, minute: 38, utcOffset: 14_400, origin: "fuzz")
            _ = FactExtractor(rules: rules).extract(text: text, context: ExtractionContext(published: published, language: language))
        case "align":
            // Two reports (the input split at its first NUL, else in half), read, extracted and
            // aligned: copies, spoofs, time moments, stories and findings.
            let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
            let parts = [Array(bytes[..<cut]), Array(bytes[min(bytes.count, cut + 1)...])]
            let reader = DocumentReader(rules: rules)
            let documents = parts.enumerated().compactMap { index, part in
                reader.read(bytes: part, id: "fuzz\(index)", path: "fuzz\(index).md", format: .markdown).0
            }
            let extractor = FactExtractor(rules: rules)
            _ = Verifier.align(documents.map { extractor.extractDocument($0) }, rules: rules)
        case "baseline":
            _ = try? Baseline.read(Data(bytes), path: "fuzz")
        case "icu":
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? Transliterator().toLatinASCII(text)
            _ = try? SpoofChecker().skeleton(text)
            _ = try? SentenceSegmenter().sentences(in: text)
            _ = try? SpelloutParser(locale: languages[Int(bytes.first ?? 0) % languages.count]).parse(text)
            _ = try? CharsetDetector.detect(bytes)
        default:
            return false
        }
        return true
    }
}
