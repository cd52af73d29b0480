/// `## Stories`: when a run holds more than a report can show in detail, one row
/// per story (its label, sources and findings by kind), and which stories the rest of the
/// report details; the JSON has every story in full.
struct MarkdownStoriesSection {
    /// The whole result.
    var result: VerificationResult
    /// The stories the rest of the report details.
    var detailed: [Story]

    /// The section, empty when every story is detailed.
    func render() -> String {
        guard detailed.count < result.stories.count else { return "" }
        var byStory: [String: [Finding.Kind: Int]] = [:]
        let storyOfEvent = Dictionary(result.events.map { ($0.id, $0.story) }, uniquingKeysWith: { first, _ in first })
        for finding in result.findings {
            let story = storyOfEvent[finding.event] ?? finding.event.split(separator: "/").first.map(String.init) ?? finding.event
            byStory[story, default: [:]][finding.kind, default: 0] += 1
        }
        var lines = ["## Stories", "",
                     "\(result.stories.count) stories; \(detailed.count) of the largest are detailed below, "
                     + "every story is in full in the JSON (`verify --format json`).", "",
                     "| story | label | sources | conflicts | updates | omissions | variants |",
                     "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
        for story in result.stories {
            let counts = byStory[story.id] ?? [:]
            let cells = [MarkdownEscaping.text(story.id), MarkdownEscaping.text(story.label), "\(story.sources.count)"]
                + Finding.Kind.allCases.map { "\(counts[$0] ?? 0)" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The stories a report details: all of them when they are at most `limit` stories of
    /// at most `sourceBudget` sources together; else the largest first (ties by id), at most
    /// `limit` of them and as many as fit in `sourceBudget` sources (always at least one).
    static func detailed(_ stories: [Story], limit: Int, sourceBudget: Int) -> [Story] {
        guard stories.count > limit || stories.reduce(0, { $0 + $1.sources.count }) > sourceBudget else { return stories }
        var chosen: [Story] = []
        var sources = 0
        for story in stories.sorted(by: { ($0.sources.count, $1.id) > ($1.sources.count, $0.id) }) {
            guard chosen.count < limit, chosen.isEmpty || sources + story.sources.count <= sourceBudget else { continue }
            chosen.append(story)
            sources += story.sources.count
        }
        return chosen
    }
}

extension VerificationResult {
    /// The part of the result about `stories`: their sources, events, facts, findings and
    /// scores (the verdict figures stay those of the whole result).
    func restricted(to stories: [Story]) -> VerificationResult {
        let ids = Set(stories.map(\.id))
        let sourceIDs = Set(stories.flatMap(\.sources))
        var part = self
        part.stories = self.stories.filter { ids.contains($0.id) }
        part.sources = sources.filter { sourceIDs.contains($0.id) }
        part.events = events.filter { ids.contains($0.story) }
        let eventIDs = Set(part.events.map(\.id))
        let inPart = { (event: String) in eventIDs.contains(event) || ids.contains(event) }
        part.facts = facts.filter { inPart($0.event) }
        part.findings = findings.filter { inPart($0.event) }
        part.uncompared = uncompared.filter { sourceIDs.contains($0.source) }
        part.scores.sources = scores.sources.filter { sourceIDs.contains($0.key) }
        part.scores.matrix = scores.matrix.filter { sourceIDs.contains($0.key) }
            .mapValues { $0.filter { sourceIDs.contains($0.key) } }
        return part
    }
}
