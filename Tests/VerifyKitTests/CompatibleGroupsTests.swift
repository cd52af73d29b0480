import Testing
@testable import VerifyKit

/// Conflict groups are the maximal sets of mutually compatible values, whatever the order
/// of the sources.
@Suite struct CompatibleGroupsTests {
    /// Counts as intervals: "at least 6" is [6, ∞), "7" is [7, 7], "8" is [8, 8], "about 10" [9, 11].
    static let values: [(String, ClosedRange<Double>)] = [
        ("at least 6", 6...1_000), ("7", 7...7), ("8", 8...8), ("about 10", 9...11), ("10", 10...10),
    ]

    /// The groups of `order` (indices into ``values``) as sets of value names.
    static func groups(_ order: [Int]) -> Set<Set<String>> {
        let items = order.map { Self.values[$0] }
        let groups = CompatibleGroups.maximal(count: items.count) { items[$0].1.overlaps(items[$1].1) }
        return Set(groups.map { Set($0.map { items[$0].0 }) })
    }

    @Test func theGroupsAreMaximalSetsOfCompatibleValues() {
        #expect(Self.groups([0, 1, 2, 3, 4]) == [["at least 6", "7"], ["at least 6", "8"], ["at least 6", "about 10", "10"]])
    }

    @Test func theGroupsDoNotDependOnTheOrderOfSources() {
        let expected = Self.groups([0, 1, 2, 3, 4])
        // Every order of the five values.
        func permutations(_ items: [Int]) -> [[Int]] {
            guard items.count > 1 else { return [items] }
            return items.indices.flatMap { i -> [[Int]] in
                var rest = items
                let first = rest.remove(at: i)
                return permutations(rest).map { [first] + $0 }
            }
        }
        for order in permutations([0, 1, 2, 3, 4]) {
            #expect(Self.groups(order) == expected, "order \(order)")
        }
    }

    @Test func allCompatibleIsOneGroupAndNoneIsEach() {
        #expect(CompatibleGroups.maximal(count: 3) { _, _ in true } == [[0, 1, 2]])
        #expect(CompatibleGroups.maximal(count: 3) { _, _ in false } == [[0], [1], [2]])
        #expect(CompatibleGroups.maximal(count: 0) { _, _ in true } == [])
    }

    @Test func repeatedStatementsAreGroupedAsOne() {
        // Forty copies of each of the five values: the same groups, each with every copy of
        // its values (the search runs over one statement per class of identical ones).
        let order = (0..<200).map { $0 % 5 }
        let items = order.map { Self.values[$0] }
        let groups = CompatibleGroups.maximal(count: items.count) { items[$0].1.overlaps(items[$1].1) }
        #expect(Set(groups.map { Set($0.map { items[$0].0 }) }) == Self.groups([0, 1, 2, 3, 4]))
        #expect(groups.map(\.count).sorted() == [80, 80, 120])
        #expect(groups.allSatisfy { $0 == $0.sorted() })
    }
}
