/// Groups the distinct values of one story and slot into things (``NameIdentity``) and
/// names each group by one canonical value.
///
/// Values are taken in a fixed order: listed values first, then the most written, then in
/// alphabetical order. Each joins the one group all of whose values it is the same thing as
/// (complete link: no chains from Gaddafi to a different Gadda); one that fits no group, or
/// several, starts its own. A group's canonical value is its first: the listed one, else the
/// most written, else the first alphabetically. Nothing depends on the order of documents.
///
/// - Complexity: O(*n*²) comparisons of keys for *n* distinct values in the worst case;
///   only values of one ``NameIdentity/block(_:)`` are compared.
enum NameClusters {
    /// The canonical value of each candidate's value.
    static func canonical(_ candidates: [NameCandidate]) -> [String: String] {
        let ordered = candidates.sorted {
            ($0.listed ? 0 : 1, -$0.count, $0.value) < ($1.listed ? 0 : 1, -$1.count, $1.value)
        }
        var groups: [[NameCandidate]] = []
        var blocks: [String: [Int]] = [:]   // NameIdentity.block → groups
        for candidate in ordered {
            let block = NameIdentity.block(candidate)
            let fitting = (blocks[block] ?? []).filter { g in groups[g].allSatisfy { NameIdentity.same(candidate, $0) } }
            if fitting.count == 1 {
                groups[fitting[0]].append(candidate)
            } else {
                blocks[block, default: []].append(groups.count)
                groups.append([candidate])
            }
        }
        var result: [String: String] = [:]
        for group in groups {
            for member in group { result[member.value] = group[0].value }
        }
        return result
    }
}
