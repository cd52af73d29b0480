@testable import VerifyKit

/// The shipped rule set, loaded once for the tests, and test-only conveniences that use
/// it (the library itself has no rule singletons: every stage takes a ``RuleSet``).
enum TestRules {
    /// The shipped rules, without user additions.
    static let shipped: RuleSet = {
        do { return try RuleSet.load() } catch { preconditionFailure("shipped rules do not load: \(error)") }
    }()

    /// The mentions of `text` read as one sentence of `language`, with the shipped rules.
    static func mentions(_ text: String, language: String = "en") -> [Mention] {
        FactExtractor(rules: shipped).extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
    }
}

extension CorpusLoader {
    /// Reads `paths` with the shipped rules.
    static func load(paths: [String], options: IngestOptions = IngestOptions()) throws(VerifyError) -> Corpus {
        try load(paths: paths, rules: TestRules.shipped, options: options)
    }
}

extension Verifier {
    /// Verifies `corpus` with the shipped rules.
    static func verify(_ corpus: Corpus, referenceDate: PublishedTime? = nil) -> VerificationResult {
        verify(corpus, rules: TestRules.shipped, referenceDate: referenceDate)
    }
}

extension FactExtractor {
    /// An extractor over the shipped rules.
    convenience init() { self.init(rules: TestRules.shipped) }
}

extension SentenceSplitter {
    /// A splitter over the shipped gazetteer.
    convenience init() { self.init(rules: TestRules.shipped) }
}

extension QuantityExtractor {
    /// An extractor over the shipped rules.
    init() { self.init(rules: TestRules.shipped) }
}

extension CountExtractor {
    /// An extractor over the shipped rules.
    init() { self.init(rules: TestRules.shipped) }
}

extension NumberReader {
    /// A reader over the shipped units and qualifiers.
    convenience init() { self.init(catalog: TestRules.shipped.units, qualifiers: TestRules.shipped.qualifiers) }
}

extension UnitCatalog { static var shared: UnitCatalog { TestRules.shipped.units } }
extension Gazetteer { static var shared: Gazetteer { TestRules.shipped.gazetteer } }
extension DatelineParser { static var shared: DatelineParser { TestRules.shipped.datelines } }
extension BlockClassifier { static var shared: BlockClassifier { TestRules.shipped.classifier } }
extension LanguageGuesser { static var shared: LanguageGuesser { TestRules.shipped.languages } }
