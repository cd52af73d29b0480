import Foundation

/// Every rule of a run, compiled once and passed down the pipeline: the shipped defaults,
/// then each user folder in order (`--rules DIR`, then `.verify/` at the corpus root).
/// Immutable and `Sendable`: one value serves every worker.
public struct RuleSet: Sendable {
    /// Dateline reading (ingestion), zone abbreviations and calendar names.
    let datelines: DatelineParser
    /// Language guessing per block.
    let languages: LanguageGuesser
    /// Page clutter and header rules.
    let classifier: BlockClassifier
    /// Weapons, places, organisations, people, countries, roles and inflections.
    let gazetteer: Gazetteer
    /// Designations no entry lists (`gazetteer-weapons.yaml: designations`).
    let designations: DesignationRules
    /// Units of measure.
    let units: UnitCatalog
    /// Qualifier phrases and range words.
    let qualifiers: QualifierRules
    /// People-count rules.
    let counts: CountRules
    /// Event cues.
    let events: EventCueFinder
    /// Hedges and attributions.
    let hedges: HedgeFinder
    /// Speakers of attributions (`hedges.yaml`).
    let speakers: SpeakerFinder
    /// Ages of named people (`roles.yaml`: `ages`).
    let ages: AgeFinder
    /// Agents of a happening and their denials (`causes.yaml`).
    let causes: CauseFinder
    /// States of things: status, condition, damage (`states.yaml`).
    let states: StateFinder
    /// Relative date phrases and date words.
    let dates: DateRules
    /// Time-of-day words.
    let times: TimeExtractor.Rules
    /// Proper names that no gazetteer lists (`names.yaml`).
    let names: NameRules
    /// What alignment needs of the rules.
    let alignment: AlignmentRules

    /// Every rule file that went in, shipped ones first, as paths.
    public let files: [String]
    /// The user folders merged in, in order.
    public let userFolders: [String]

    /// The rule folder that a corpus root may carry.
    public static let corpusFolderName = ".verify"

    /// Loads the shipped rules, then merges each folder of `additions` in order.
    /// - Throws: ``RuleError`` naming the file, line and field of a rule that does not
    ///   parse or contradicts the schema.
    public static func load(additions: [URL] = []) throws(RuleError) -> RuleSet {
        var documents = try RuleDocuments(shipped: ResourceLocator.shippedRules())
        for folder in additions { try documents.add(folder: folder) }
        return try RuleSet(documents, userFolders: additions.map(\.path))
    }

    /// The user folders for a run over `paths`: `--rules` folders, then the `.verify/`
    /// folder of each corpus folder given, when present.
    public static func userFolders(rules: [String], corpusPaths: [String]) -> [URL] {
        var folders = rules.map { URL(fileURLWithPath: $0) }
        for path in corpusPaths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let root = isDirectory.boolValue ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path).deletingLastPathComponent()
            let folder = root.appendingPathComponent(corpusFolderName)
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
               !folders.contains(where: { $0.standardizedFileURL == folder.standardizedFileURL }) {
                folders.append(folder)
            }
        }
        return folders
    }

    private init(_ documents: RuleDocuments, userFolders: [String]) throws(RuleError) {
        // The gazetteer is the costliest part to compile: it is built on a second core
        // while the other rules are decoded (start-up time), with the same result.
        nonisolated(unsafe) let shared = documents
        let parts = ParallelMap.map([0, 1], makeState: { () }) { _, part -> Compiled in
            do throws(RuleError) {
                return part == 0 ? .gazetteer(try Self.gazetteer(shared)) : .rest(try Self.others(shared))
            } catch {
                return .failed(error)
            }
        }
        var gazetteer: (Gazetteer, Set<String>, DesignationRules)?
        var rest: Others?
        for part in parts {
            switch part {
            case let .gazetteer(value): gazetteer = value
            case let .rest(value): rest = value
            case let .failed(error): throw error
            }
        }
        guard let (compiled, designators, designations) = gazetteer, let rest else {
            throw RuleError(path: "rules", problem: "could not be compiled")
        }
        datelines = rest.datelines
        languages = rest.languages
        classifier = rest.classifier
        self.gazetteer = compiled
        self.designations = designations
        units = rest.units
        qualifiers = rest.qualifiers
        counts = rest.counts
        events = rest.events
        hedges = rest.hedges
        speakers = rest.speakers
        ages = rest.ages
        causes = rest.causes
        states = rest.states
        dates = rest.dates
        times = rest.times
        names = rest.names
        alignment = AlignmentRules(countryZones: rest.datelines.rules.countryZones, designators: designators,
                                   fixedCounts: rest.counts.fixedThings, stateSlots: rest.states.dimensions,
                                   developingStates: rest.states.developing, risingCounts: rest.counts.onlyRise,
                                   anchoredDays: Self.anchoredDays(rest.dates),
                                   readingSlots: Set(rest.units.authorityReadings))
        files = documents.files
        self.userFolders = userFolders
    }

    /// The day offsets of the anchored relative phrases of `dates`.
    static func anchoredDays(_ dates: DateRules) -> [String: Int] {
        var days: [String: Int] = [:]
        for language in dates.relative.keys.sorted() {
            for phrase in dates.relative[language]! where phrase.anchored == true {
                if let day = phrase.day, days[phrase.phrase.lowercased()] == nil { days[phrase.phrase.lowercased()] = day }
            }
        }
        return days
    }

    /// One half of the compiled rules, or why it failed.
    private enum Compiled: Sendable {
        case gazetteer((Gazetteer, Set<String>, DesignationRules))
        case rest(Others)
        case failed(RuleError)
    }

    /// Every rule but the gazetteer.
    private struct Others: Sendable {
        var datelines: DatelineParser
        var languages: LanguageGuesser
        var classifier: BlockClassifier
        var units: UnitCatalog
        var qualifiers: QualifierRules
        var counts: CountRules
        var events: EventCueFinder
        var hedges: HedgeFinder
        var speakers: SpeakerFinder
        var ages: AgeFinder
        var causes: CauseFinder
        var states: StateFinder
        var dates: DateRules
        var times: TimeExtractor.Rules
        var names: NameRules
    }

    /// The gazetteers, roles and inflections, the place designators of the gazetteer files
    /// and the designation rules of the weapons file.
    private static func gazetteer(_ documents: RuleDocuments) throws(RuleError) -> (Gazetteer, Set<String>, DesignationRules) {
        var gazetteers: [(String, GazetteerFile)] = []
        for kind in ["gazetteer-weapons", "gazetteer-places", "gazetteer-organisations", "gazetteer-people"] {
            gazetteers.append((kind, try documents.decode(GazetteerFile.self, kind: kind)))
        }
        let gazetteer = Gazetteer(files: gazetteers, inflections: try documents.decode(InflectionFile.self, kind: "inflections"),
                                  roles: try documents.decode(RoleFile.self, kind: "roles"), icuCountries: true,
                                  places: try documents.placeIndex())
        let designations = gazetteers.first { $0.0 == "gazetteer-weapons" }?.1.designations ?? .none
        return (gazetteer, Set(gazetteers.flatMap { $0.1.nameDesignators ?? [] }), designations)
    }

    private static func others(_ documents: RuleDocuments) throws(RuleError) -> Others {
        let datelines = DatelineParser(rules: try documents.decode(DatelineParser.Rules.self, kind: "datelines"))
        let languages = LanguageGuesser(rules: try documents.decode(LanguageGuesser.Rules.self, kind: "languages"))
        let hedgeRules = try documents.decode(HedgeFinder.Rules.self, kind: "hedges")
        return Others(
            datelines: datelines, languages: languages,
            classifier: BlockClassifier(rules: try documents.decode(BlockClassifier.Rules.self, kind: "boilerplate"),
                                        datelines: datelines, languages: languages),
            units: UnitCatalog(rules: try documents.decode(UnitRules.self, kind: "units")),
            qualifiers: QualifierRules(file: try documents.decode(QualifierRules.File.self, kind: "qualifiers")),
            counts: CountRules(file: try documents.decode(CountRules.File.self, kind: "counts")),
            events: EventCueFinder(rules: try documents.decode(EventCueFinder.Rules.self, kind: "events")),
            hedges: HedgeFinder(rules: hedgeRules),
            speakers: SpeakerFinder(rules: hedgeRules),
            ages: AgeFinder(forms: try documents.decode(RoleFile.self, kind: "roles").ages),
            causes: CauseFinder(rules: try documents.decode(CauseFinder.Rules.self, kind: "causes")),
            states: StateFinder(rules: try documents.decode(StateFinder.Rules.self, kind: "states")),
            dates: try documents.decode(DateRules.self, kind: "dates"),
            times: try documents.decode(TimeExtractor.Rules.self, kind: "times"),
            names: try NameRules(try documents.decode(NameRuleFile.self, kind: "names"),
                                 calendarLocales: datelines.rules.calendarLocales))
    }
}

/// The little of the rules that alignment uses: everything else it needs travels in the
/// extracted mentions (a quantity's measure in base units, an entity's class and country).
struct AlignmentRules: Sendable {
    /// ISO country code → IANA zone, for times written as local at an event's place.
    var countryZones: [String: String]
    /// Words that name a kind of place (`region`, `province`): not spellings.
    var designators: Set<String>
    /// Counted things whose number does not develop as news comes in (`counts.yaml`
    /// `fixedThings`: a ship's crew): two figures are a conflict, never an update.
    var fixedCounts: Set<String> = []
    /// Slots of the states of things (`states.yaml` dimensions: status, condition, damage).
    var stateSlots: Set<String> = []
    /// Those whose state develops as news comes in (a later state is an update).
    var developingStates: Set<String> = []
    /// Counts that can only rise as news comes in (`counts.yaml` `onlyRise`: the dead): a
    /// later, lower firm figure is a conflict beside the update (``FallingCount``).
    var risingCounts: Set<String> = []
    /// Anchored relative phrases of days ("the following day": 1), any language, lower-cased:
    /// what a day left unresolved counts from its anchor (``DeclarationDisputes``).
    var anchoredDays: [String: Int] = [:]
    /// Measured slots whose readings are compared per authority (`units.yaml`
    /// `authorityReadings`, ``AuthorityReadings``).
    var readingSlots: Set<String> = []
}
