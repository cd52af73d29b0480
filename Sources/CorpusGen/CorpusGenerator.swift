import Foundation

/// A generated archive of news reports with its gold: many stories of strikes, drone
/// attacks, explosions and fires in real cities, told by several outlets in English,
/// Spanish and Russian over a few days. Confusable stories are planted on purpose: the
/// same city and kind a few days apart, quoting the same head of the city administration
/// (one story per city and day). Each story may carry an update (a later toll),
/// a conflict (another time of day), an omission (a report without the weapon and the
/// official) and a variant (an older spelling of the city). Same seed, same bytes.
package enum CorpusGenerator {
    /// One generated file.
    package struct File: Sendable {
        package var name: String
        package var text: String
    }

    /// The reports and their gold.
    package struct Corpus: Sendable {
        package var files: [File]
        package var gold: GeneratedGold

        /// `gold.json`: keys sorted, pretty printed.
        package var goldJSON: String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(gold)) ?? Data(), as: UTF8.self) + "\n"
        }

        /// Writes every report and `gold.json` into `folder` (created if needed).
        package func write(to folder: URL) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name))
            }
            try Data(goldJSON.utf8).write(to: folder.appendingPathComponent("gold.json"))
        }
    }

    /// First day stories fall on (2025-01-06), days since 1970-01-01.
    static let firstDay = 20_094
    /// Days over which stories are spread.
    static let spanDays = 150

    /// `reports` reports from `seed`.
    package static func generate(reports: Int, seed: UInt64) -> Corpus {
        var random = SeededGenerator(seed: seed)
        // Each city has one head of administration, quoted by every story there.
        let officials = WorldData.cities.map { _ in (random.pick(WorldData.firstNames), random.pick(WorldData.surnames)) }
        var stories: [StoryPlan] = []
        var planned = 0
        // One story per city and day: two happenings in one city on one day are one story to most outlets.
        var taken = Set<Int>()
        while planned < reports {
            // A theme: one city and kind, told as 1 to 3 stories a few days apart.
            let cityIndex = random.int(in: 0...(WorldData.cities.count - 1))
            let kind = random.pick(StoryPlan.Kind.allCases)
            var day = firstDay + random.int(in: 0...spanDays)
            for _ in 0..<random.int(in: 1...3) where planned < reports {
                while taken.contains(day * WorldData.cities.count + cityIndex) { day += 1 }
                taken.insert(day * WorldData.cities.count + cityIndex)
                var story = plan(id: String(format: "story-%04d", stories.count + 1), kind: kind,
                                 city: WorldData.cities[cityIndex], day: day, official: officials[cityIndex], random: &random)
                story.reports = planReports(for: story, count: min(random.int(in: 2...7), reports - planned), random: &random)
                planned += story.reports.count
                stories.append(story)
                day += random.int(in: 1...6)
            }
        }
        // File names in a shuffled order, so that a story's files are not neighbours.
        let slots = stories.indices.flatMap { s in stories[s].reports.indices.map { (s, $0) } }
        for (number, (s, r)) in random.shuffled(slots).enumerated() {
            stories[s].reports[r].fileName = String(format: "r%05d-%@.md", number + 1, stories[s].reports[r].language)
        }
        var files: [File] = []
        var gold = GeneratedGold(seed: seed, reports: planned, stories: [:], findings: [])
        for story in stories {
            for report in story.reports {
                files.append(File(name: report.fileName, text: ReportText(story: story, report: report).render(random: &random)))
            }
            gold.stories[story.id] = story.reports.map(\.fileName).sorted()
            gold.findings += plantedFindings(story)
        }
        files.sort { $0.name < $1.name }
        return Corpus(files: files, gold: gold)
    }

    static func plan(id: String, kind: StoryPlan.Kind, city: WorldData.City, day: Int,
                     official: (first: WorldData.Name, last: WorldData.Name), random: inout SeededGenerator) -> StoryPlan {
        let weapon: WorldData.Weapon? = switch kind {
        case .strike: random.pick(WorldData.missiles)
        case .attack: random.pick(WorldData.drones)
        case .explosion, .fire: nil
        }
        return StoryPlan(id: id, kind: kind, city: city, day: day, weapon: weapon,
                         building: random.int(in: 0...(ReportText.buildings.count - 1)),
                         killed: random.int(in: 1...40), injured: random.int(in: 2...90),
                         minute: random.int(in: 1...20) * 60 + random.int(in: 0...11) * 5,
                         official: official,
                         rescuers: random.int(in: 2...30) * 10)
    }

    static func planReports(for story: StoryPlan, count: Int, random: inout SeededGenerator) -> [ReportPlan] {
        let start = story.minute / 60 + 1
        let hours = (0..<count).map { _ in random.int(in: start...(start + 54)) }.sorted()
        var reports = hours.map { hour -> ReportPlan in
            let language = random.chance(0.7) ? "en" : random.chance(0.5) ? "es" : "ru"
            return ReportPlan(language: language, outlet: random.pick(WorldData.outlets[language]!), publishedHour: hour,
                              killed: story.killed, minute: story.minute, omitsDetails: false, olderSpelling: false)
        }
        guard count >= 2 else { return reports }
        // Update: reports published 12 hours or more after the first give a higher toll.
        if random.chance(0.5), let later = reports.firstIndex(where: { $0.publishedHour >= hours[0] + 12 }) {
            let rise = random.int(in: 1...9)
            for i in later..<count { reports[i].killed = story.killed + rise }
        }
        // Conflict: one report other than the first gives another time of day.
        if random.chance(0.3) { reports[random.int(in: 1...(count - 1))].minute = story.minute + 90 }
        // Omission: one report leaves out the weapon and the official.
        if random.chance(0.4) { reports[random.int(in: 0...(count - 1))].omitsDetails = true }
        // Variant: one English report writes the older spelling of the city.
        if story.city.older != nil, random.chance(0.4), let english = reports.indices.filter({ reports[$0].language == "en" }).last {
            reports[english].olderSpelling = true
        }
        return reports
    }

    /// The findings a careful checker would list for `story`.
    static func plantedFindings(_ story: StoryPlan) -> [GeneratedGold.Finding] {
        let date = CivilDate.iso(days: story.day)
        let reports = story.reports
        var findings: [GeneratedGold.Finding] = []
        func finding(_ kind: String, _ slot: String) -> GeneratedGold.Finding {
            GeneratedGold.Finding(kind: kind, slot: slot, eventDate: date, story: story.id)
        }
        if let first = reports.first, let later = reports.first(where: { $0.killed != first.killed }) {
            var f = finding("update", "killed")
            f.values = [first.fileName: "\(first.killed)", later.fileName: "\(later.killed)"]
            findings.append(f)
        }
        if let odd = reports.first(where: { $0.minute != story.minute }), let usual = reports.first(where: { $0.minute == story.minute }) {
            func clock(_ m: Int) -> String { String(format: "%02d:%02d", m / 60, m % 60) }
            var f = finding("conflict", "time")
            f.values = [usual.fileName: clock(usual.minute), odd.fileName: clock(odd.minute)]
            findings.append(f)
        }
        let omitting = reports.filter(\.omitsDetails).map(\.fileName)
        let stating = reports.filter { !$0.omitsDetails }.map(\.fileName)
        if !omitting.isEmpty, !stating.isEmpty {
            var f = finding("omission", "person")
            f.value = "\(story.official.first.en) \(story.official.last.en)"
            f.presentIn = stating
            f.missingFrom = omitting
            findings.append(f)
            if let weapon = story.weapon {
                var w = finding("omission", "weapon")
                w.value = weapon.en
                w.presentIn = stating
                w.missingFrom = omitting
                findings.append(w)
            }
        }
        if let older = reports.first(where: \.olderSpelling), let usual = reports.first(where: { $0.language == "en" && !$0.olderSpelling }) {
            var f = finding("variant", "place")
            f.values = [usual.fileName: story.city.en, older.fileName: story.city.older!]
            findings.append(f)
        }
        return findings
    }
}
