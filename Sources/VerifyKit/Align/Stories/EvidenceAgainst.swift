/// What in two documents' ``EventSignature``s weighs against their being one story,
/// whatever wording they share, as a factor on their similarity.
///
/// Days are firm evidence: a lead that writes out a calendar date states when its
/// happening took place, and a follow-up that leads with a later day recalls the
/// happening's day, so two leads stating different days, the later not writing the
/// earlier's, report two happenings (two strikes on one city in one week). Places are
/// soft evidence: the places of the lead that the other report never names are often a
/// town of the same region (Paiporta, Chiva and Valencia in one flood) or a spelling the
/// gazetteer does not know, so they only halve the similarity: reports of one story share
/// enough else to stay together, while most reports of two cities that share a day and
/// little else fall apart.
struct EvidenceAgainst: Sendable, Hashable {
    /// Leads that state different days, the later not recalling the earlier's, keep a pair apart.
    var days = true
    /// The factor on a pair whose leads name places the other document never names (1: none).
    var placeFactor = 0.5

    /// The shipped rule: days keep pairs apart, places halve them.
    static let shipped = EvidenceAgainst()
    /// Nothing against any pair (for measurements).
    static let none = EvidenceAgainst(days: false, placeFactor: 1)

    /// The factor on the similarity of `a` and `b`: 0 when they state two happenings' days.
    func factor(_ a: EventSignature, _ b: EventSignature) -> Double {
        if days, !a.sameTime(b) { return 0 }
        return placeFactor < 1 && !a.samePlace(b) ? placeFactor : 1
    }
}
