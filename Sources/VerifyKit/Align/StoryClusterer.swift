/// Groups documents that cover the same story: two documents belong together when one of
/// their leading dates (the main one and the most written others) falls within a day of
/// the other's and they name at least two of the same things (places, people,
/// organisations, weapons). Stories are the connected groups.
///
/// - Complexity: O(n · k²) for n documents naming up to k things (k capped at
///   ``maximumEntities``), through a hash of (date, thing, thing) keys; no pairwise scan.
enum StoryClusterer {
    /// Named things per document taken into account, most mentioned first.
    static let maximumEntities = 24

    /// A story index for every document (0, 1, … in order of first document).
    /// `dates` lists each document's leading dates; `entities` its named things, most
    /// mentioned first.
    static func stories(dates: [[String]], entities: [[String]]) -> [Int] {
        var parent = Array(dates.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var firstWithKey: [String: Int] = [:]
        for (document, leading) in dates.enumerated() {
            let things = Array(entities[document].prefix(maximumEntities)).sorted()
            for day in Set(leading.flatMap(days(around:))).sorted() {
                for a in things.indices {
                    for b in things.indices where b > a {
                        let key = "\(day)|\(things[a])|\(things[b])"
                        if let other = firstWithKey[key] {
                            let (x, y) = (root(document), root(other))
                            parent[max(x, y)] = min(x, y)
                        } else {
                            firstWithKey[key] = document
                        }
                    }
                }
            }
        }
        var numbering: [Int: Int] = [:]
        return dates.indices.map { i in
            let r = root(i)
            if let number = numbering[r] { return number }
            numbering[r] = numbering.count
            return numbering[r]!
        }
    }

    /// The day itself and the next, so that main dates a day apart meet on one of them.
    private static func days(around iso: String) -> [String] {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CalendarDate.isValid(parts[0], parts[1], parts[2]) else { return [iso] }
        let (y, m, d) = CalendarDate.adding(days: 1, to: parts[0], parts[1], parts[2])
        return [iso, CalendarDate.iso(y, m, d)]
    }
}
