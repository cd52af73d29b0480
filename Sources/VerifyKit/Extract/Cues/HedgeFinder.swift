/// Scaffold: replaced by the real hedge finder.
struct HedgeFinder {
    static let shared = HedgeFinder()
    func apply(to mentions: [Mention], in sentence: SentenceText) -> [Mention] { mentions }
}
