/// B-cubed precision, recall and F1 of a clustering against gold (Bagga and Baldwin 1998):
/// for each item, the share of its predicted cluster that is in its gold cluster
/// (precision) and the share of its gold cluster that is in its predicted cluster
/// (recall), averaged over the items.
package struct BCubed: Sendable, Equatable {
    package var precision: Double
    package var recall: Double

    /// The harmonic mean of precision and recall.
    package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Scores `predicted` (item → cluster) against `gold` (item → cluster) over the items of `gold`;
    /// an item missing from `predicted` is a cluster of its own.
    package init(predicted: [String: String], gold: [String: String]) {
        var predictedMembers: [String: Set<String>] = [:]
        var goldMembers: [String: Set<String>] = [:]
        for (item, cluster) in gold {
            goldMembers[cluster, default: []].insert(item)
            predictedMembers[predicted[item] ?? "alone:" + item, default: []].insert(item)
        }
        var p = 0.0, r = 0.0
        for (item, cluster) in gold {
            let mine = predictedMembers[predicted[item] ?? "alone:" + item]!
            let truth = goldMembers[cluster]!
            let both = Double(mine.intersection(truth).count)
            p += both / Double(mine.count)
            r += both / Double(truth.count)
        }
        let n = Double(max(gold.count, 1))
        precision = p / n
        recall = r / n
    }
}
