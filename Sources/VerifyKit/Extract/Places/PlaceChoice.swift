/// Which of several places of one name a mention means, once the country is chosen.
enum PlaceChoice {
    /// Cities of at least this population are read before a division of their name.
    static let largeCity = 100_000

    /// `chosen`, or a large city of its country among `candidates` when `chosen` is a
    /// division: "Napoli" is the province's own name and Naples' Italian one, and news means
    /// the city far more often.
    static func cityOverDivision(_ chosen: PlaceRecord, among candidates: [PlaceRecord]) -> PlaceRecord {
        guard chosen.kind != .city else { return chosen }
        return candidates.first { $0.kind == .city && $0.country == chosen.country && $0.population >= largeCity } ?? chosen
    }
}
