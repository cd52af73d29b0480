/// The text of one generated report in English, Spanish or Russian: Markdown with front
/// matter (title, outlet, published, language), then paragraphs that state the story's
/// facts as outlets do, with a few sentences of colour drawn at random.
struct ReportText {
    var story: StoryPlan
    var report: ReportPlan

    static let buildings = [
        (en: "residential building", es: "un edificio residencial", ruAcc: "жилой дом", ruPrep: "жилом доме"),
        (en: "school", es: "una escuela", ruAcc: "школу", ruPrep: "школе"),
        (en: "hospital", es: "un hospital", ruAcc: "больницу", ruPrep: "больнице"),
        (en: "shopping centre", es: "un centro comercial", ruAcc: "торговый центр", ruPrep: "торговом центре"),
        (en: "warehouse", es: "un almacén", ruAcc: "склад", ruPrep: "складе"),
    ]

    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]
    static let monthsES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                           "octubre", "noviembre", "diciembre"]
    static let monthsRU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                           "октября", "ноября", "декабря"]

    static let colourEN = [
        "Emergency services cordoned off the area and warned residents to stay away from the windows.",
        "Photographs from the scene showed a blackened facade and shattered glass across the street.",
        "Residents were moved to a nearby shelter while engineers inspected the damage.",
        "Air-raid sirens sounded across the region for several hours.",
        "Volunteers brought water and blankets to families waiting outside.",
        "The regional administration declared a day of mourning.",
        "Power was cut to several neighbouring streets while crews worked.",
        "Police opened an investigation into the circumstances.",
    ]
    static let colourES = [
        "Los servicios de emergencia acordonaron la zona.",
        "Los vecinos fueron trasladados a un refugio cercano.",
        "Las sirenas antiaéreas sonaron durante varias horas en toda la región.",
        "La administración regional declaró una jornada de luto.",
    ]
    static let colourRU = [
        "Экстренные службы оцепили район.",
        "Жителей эвакуировали в ближайшее укрытие.",
        "В регионе несколько часов звучала воздушная тревога.",
        "Областная администрация объявила день траура.",
    ]

    /// The whole file.
    func render(random: inout SeededGenerator) -> String {
        let (year, month, day) = CivilDate.from(days: story.day)
        let published = story.day * 24 + report.publishedHour
        let (py, pm, pd) = CivilDate.from(days: published / 24)
        let stamp = "\(py)-\(two(pm))-\(two(pd))T\(two(published % 24)):\(two(random.int(in: 0...59))):00+02:00"
        let body: [String]
        let title: String
        switch report.language {
        case "es": (title, body) = spanish(year, month, day, &random)
        case "ru": (title, body) = russian(year, month, day, &random)
        default: (title, body) = english(year, month, day, &random)
        }
        let header = ["---", "title: \"\(title)\"", "outlet: \"\(report.outlet)\"", "published: \(stamp)",
                      "language: \(report.language)", "---", ""]
        return (header + body.flatMap { [$0, ""] }).joined(separator: "\n")
    }

    private var clock: String { "\(two(report.minute / 60)):\(two(report.minute % 60))" }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private func english(_ y: Int, _ m: Int, _ d: Int, _ random: inout SeededGenerator) -> (String, [String]) {
        let city = report.olderSpelling ? (story.city.older ?? story.city.en) : story.city.en
        let date = "\(d) \(Self.monthsEN[m - 1]) \(y)"
        let building = Self.buildings[story.building].en
        let what: String
        switch story.kind {
        case .strike: what = report.omitsDetails ? "A missile struck a \(building)" : "A \(story.weapon!.en) missile struck a \(building)"
        case .attack: what = report.omitsDetails ? "A drone hit a \(building)" : "A \(story.weapon!.en) drone hit a \(building)"
        case .explosion: what = "An explosion tore through a \(building)"
        case .fire: what = "A fire swept through a \(building)"
        }
        let official = "\(story.official.first.en) \(story.official.last.en)"
        var body = ["\(what) in \(city) on \(date), killing \(report.killed) people and injuring \(story.injured), officials said."]
        if report.killed != story.killed {
            body.append("The death toll rose to \(report.killed) as rescuers searched the rubble overnight.")
        }
        body.append(report.omitsDetails
                    ? "It happened at \(clock) local time."
                    : "It happened at \(clock) local time, according to the head of the city administration, \(official).")
        if !report.omitsDetails { body.append("\(story.official.last.en) said \(story.rescuers) rescuers were working at the site.") }
        body += Array(random.shuffled(Self.colourEN).prefix(2))
        let noun = story.kind == .fire ? "Fire" : story.kind == .explosion ? "Explosion" : "Strike"
        return ("\(noun) on \(building) in \(city) kills \(report.killed)", body)
    }

    private func spanish(_ y: Int, _ m: Int, _ d: Int, _ random: inout SeededGenerator) -> (String, [String]) {
        let city = story.city.es
        let date = "\(d) de \(Self.monthsES[m - 1]) de \(y)"
        let building = Self.buildings[story.building].es
        let what: String
        switch story.kind {
        case .strike: what = report.omitsDetails ? "Un misil impactó contra \(building)" : "Un misil \(story.weapon!.en) impactó contra \(building)"
        case .attack: what = report.omitsDetails ? "Un dron atacó \(building)" : "Un dron \(story.weapon!.en) atacó \(building)"
        case .explosion: what = "Una explosión sacudió \(building)"
        case .fire: what = "Un incendio arrasó \(building)"
        }
        let official = "\(story.official.first.en) \(story.official.last.en)"
        var body = ["\(what) en \(city) el \(date), con un saldo de \(report.killed) muertos y \(story.injured) heridos, informaron las autoridades."]
        body.append(report.omitsDetails
                    ? "Ocurrió a las \(clock) hora local."
                    : "Ocurrió a las \(clock) hora local, según el jefe de la administración municipal, \(official).")
        body += Array(random.shuffled(Self.colourES).prefix(1))
        return ("\(report.killed) muertos en \(city)", body)
    }

    private func russian(_ y: Int, _ m: Int, _ d: Int, _ random: inout SeededGenerator) -> (String, [String]) {
        let city = story.city.ru
        let date = "\(d) \(Self.monthsRU[m - 1]) \(y) года"
        let building = Self.buildings[story.building]
        let what: String
        switch story.kind {
        case .strike: what = report.omitsDetails ? "ракета попала в \(building.ruAcc)" : "ракета «\(story.weapon!.ru)» попала в \(building.ruAcc)"
        case .attack: what = report.omitsDetails ? "беспилотник атаковал \(building.ruAcc)" : "беспилотник «\(story.weapon!.ru)» атаковал \(building.ruAcc)"
        case .explosion: what = "произошёл взрыв в \(building.ruPrep)"
        case .fire: what = "вспыхнул пожар в \(building.ruPrep)"
        }
        let official = "\(story.official.first.ru) \(story.official.last.ru)"
        var body = ["\(date) в городе \(city) \(what); погибли \(report.killed) человек, ещё \(story.injured) ранены, сообщили власти."]
        body.append(report.omitsDetails
                    ? "Это произошло в \(clock) по местному времени."
                    : "Это произошло в \(clock) по местному времени, сообщил глава городской администрации \(official).")
        body += Array(random.shuffled(Self.colourRU).prefix(1))
        return ("В городе \(city) погибли \(report.killed) человек", body)
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
enum CivilDate {
    static func from(days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `2025-01-14`.
    static func iso(days: Int) -> String {
        let (y, m, d) = from(days: days)
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}
