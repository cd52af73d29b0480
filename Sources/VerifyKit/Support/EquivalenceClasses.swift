/// Items grouped by a key, in order of first appearance: the classes of items that stand
/// for each other (copies of one report, sources repeating one figure), so that work done
/// per pair of items is done per pair of classes.
struct EquivalenceClasses {
    /// The class of each item (0, 1, … in order of first appearance).
    let classOf: [Int]
    /// The items of each class, in order.
    let members: [[Int]]

    /// The classes of `count` items under `key`.
    init<Key: Hashable>(count: Int, key: (Int) -> Key) {
        var index: [Key: Int] = [:]
        var members: [[Int]] = []
        classOf = (0..<count).map { item in
            let k = key(item)
            if let known = index[k] {
                members[known].append(item)
                return known
            }
            index[k] = members.count
            members.append([item])
            return members.count - 1
        }
        self.members = members
    }

    /// The first item of each class.
    var representatives: [Int] { members.map { $0[0] } }

    /// Groups of classes widened to their items, each sorted, largest first, then by first item.
    func widened(_ groups: [[Int]]) -> [[Int]] {
        groups.map { group in group.flatMap { members[$0] }.sorted() }
            .sorted { $0.count > $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1)) }
    }
}
