/// Units of measure, measure cues and number conventions from `units.yaml`, as lookup
/// tables built once. Also what the alignment stage needs to compare quantities written
/// in different units: ``siFactor(_:)``, ``dimension(_:)``, ``toBase(_:unit:)``.
public struct UnitCatalog: Sendable {
    /// A unit as the extractor and alignment see it.
    public struct UnitInfo: Sendable, Hashable {
        /// Rule name (`metre`).
        public var id: String
        /// Canonical symbol (`m`).
        public var symbol: String
        /// Dimension (`length`).
        public var dimension: String
        /// Factor to the dimension's base unit.
        public var factor: Double
        /// Offset added after the factor (temperatures).
        public var offset: Double
        /// Whether an article stands for one of it ("a kilogram").
        var article = false
        /// Whether only numbers written in digits take it ("45 degrees").
        var digitsOnly = false
    }

    /// What a measure cue says.
    struct MeasureCue: Sendable {
        /// Subtype it gives.
        var subtype: String
        /// Dimensions it applies to.
        var dimensions: Set<String>
    }

    /// Units by canonical symbol.
    public let units: [String: UnitInfo]
    /// Unit aliases written after the number (payload: symbol).
    let after: PhraseTable<String>
    /// Unit aliases written before the number (payload: symbol).
    let before: PhraseTable<String>
    /// Single-word aliases, for units glued to digits (`75km`).
    let glued: [String: String]
    /// The rest of multi-word aliases whose first word is glued to digits (`10km/hr`:
    /// `/ hr` after `km`), by that first word.
    let gluedTails: [String: PhraseTable<String>]
    /// Phrases after a duration that make it a time offset ("later", "after").
    let offsetsAfter: PhraseTable<Bool>
    /// Phrases before a duration that make it a time offset ("hace", "vor").
    let offsetsBefore: PhraseTable<Bool>
    /// Words between a scale word and its unit, by language ("millones de euros").
    let scaleLinks: [String: Set<String>]
    /// Cue phrases before the number.
    let measuresBefore: PhraseTable<MeasureCue>
    /// Cue phrases after the unit.
    let measuresAfter: PhraseTable<MeasureCue>
    /// How far cues may be from the quantity, in tokens.
    let window: Int
    /// Subtype by dimension when no cue applies (a unit's own ``unitSubtypes`` first).
    let defaultSubtypes: [String: String]
    /// Subtype by unit symbol when no cue applies (`l/m²`: rainfall).
    let unitSubtypes: [String: String]
    /// Number conventions.
    let numbers: UnitRules.Numbers
    /// Aliases matched only as written (`g`), lower-cased as the tables hold them.
    let caseSensitive: Set<String>
    /// Single-word aliases written before the number that may be glued to its digits
    /// (`USD3.14`, `Rs20`), by alias.
    let gluedBefore: [String: String]
    /// Articles standing for one before a unit ("a kilogram"), by language.
    let articles: [String: Set<String>]
    /// Phrases after a temperature or degree that make it negative, all languages.
    let belowZero: PhraseTable<Bool>
    /// Minor units of currencies ("cents"), all languages.
    let minorUnits: Set<String>
    /// Signs of minor units glued to their digits ("43c", "43ц"), all languages.
    let minorSigns: Set<String>
    /// Aliases taken only at the end of a clause (`in`: "5 in", not "5 in a row").
    let clauseEnd: Set<String>
    /// The things sizes are of (`measuredThings`).
    let measuredThings: MeasuredThings?
    /// Measured slots compared per authority (`authorityReadings`).
    let authorityReadings: [String]

    /// Builds the tables from decoded rules.
    init(rules: UnitRules) {
        var units: [String: UnitInfo] = [:]
        var after = PhraseTable<String>()
        var before = PhraseTable<String>()
        var glued: [String: String] = [:]
        for unit in rules.units {
            units[unit.symbol] = UnitInfo(id: unit.id, symbol: unit.symbol, dimension: unit.dimension,
                                          factor: unit.factor, offset: unit.offset ?? 0,
                                          article: unit.article ?? false, digitsOnly: unit.digitsOnly ?? false)
            for alias in unit.aliases.keys.sorted().flatMap({ unit.aliases[$0] ?? [] }) {
                after.add(alias, unit.symbol)
                let words = RuleWords.split(alias)
                if words.count == 1 { glued[words[0]] = unit.symbol }
            }
            for alias in (unit.before ?? [:]).keys.sorted().flatMap({ unit.before?[$0] ?? [] }) {
                before.add(alias, unit.symbol)
            }
        }
        var gluedTails: [String: PhraseTable<String>] = [:]
        for unit in rules.units {
            for alias in unit.aliases.keys.sorted().flatMap({ unit.aliases[$0] ?? [] }) {
                let words = RuleWords.split(alias)
                guard words.count > 1, glued[words[0]] != nil else { continue }
                gluedTails[words[0], default: PhraseTable()].add(words.dropFirst().joined(separator: " "), unit.symbol)
            }
        }
        var measuresBefore = PhraseTable<MeasureCue>()
        var measuresAfter = PhraseTable<MeasureCue>()
        for measure in rules.measures {
            let cue = MeasureCue(subtype: measure.subtype, dimensions: Set(measure.dimensions))
            for phrase in (measure.before ?? [:]).keys.sorted().flatMap({ measure.before?[$0] ?? [] }) { measuresBefore.add(phrase, cue) }
            for phrase in (measure.after ?? [:]).keys.sorted().flatMap({ measure.after?[$0] ?? [] }) { measuresAfter.add(phrase, cue) }
        }
        self.units = units
        self.after = after
        self.before = before
        self.glued = glued
        self.gluedTails = gluedTails
        self.measuresBefore = measuresBefore
        self.measuresAfter = measuresAfter
        window = rules.window
        defaultSubtypes = rules.defaultSubtypes
        measuredThings = rules.measuredThings.map(MeasuredThings.init(rules:))
        authorityReadings = rules.authorityReadings ?? []
        unitSubtypes = Dictionary(rules.units.compactMap { unit in unit.subtype.map { (unit.symbol, $0) } }, uniquingKeysWith: { first, _ in first })
        numbers = rules.numbers
        var offsetsAfter = PhraseTable<Bool>()
        var offsetsBefore = PhraseTable<Bool>()
        for phrases in (rules.timeOffsets?.after ?? [:]).values { phrases.forEach { offsetsAfter.add($0, true) } }
        for phrases in (rules.timeOffsets?.before ?? [:]).values { phrases.forEach { offsetsBefore.add($0, true) } }
        self.offsetsAfter = offsetsAfter
        self.offsetsBefore = offsetsBefore
        scaleLinks = (rules.numbers.scaleLinks ?? [:]).mapValues { Set($0.flatMap(RuleWords.split)) }
        caseSensitive = Set(rules.units.flatMap { $0.caseSensitive ?? [] })
        var gluedBefore: [String: String] = [:]
        for unit in rules.units {
            for alias in (unit.before ?? [:]).values.joined() where alias.allSatisfy(\.isLetter) {
                gluedBefore[alias.lowercased()] = unit.symbol
            }
        }
        self.gluedBefore = gluedBefore
        articles = (rules.numbers.articles ?? [:]).mapValues(Set.init)
        var belowZero = PhraseTable<Bool>()
        for phrases in (rules.numbers.belowZero ?? [:]).values { phrases.forEach { belowZero.add($0, true) } }
        self.belowZero = belowZero
        minorUnits = Set((rules.numbers.minorUnits ?? [:]).values.joined())
        minorSigns = Set((rules.numbers.minorSigns ?? [:]).values.joined())
        clauseEnd = Set(rules.units.flatMap { $0.clauseEnd ?? [] })
    }

    /// Factor from `unit` (a canonical symbol such as `mi`) to its dimension's base unit
    /// (m, kg, s…), or nil for an unknown unit.
    public func siFactor(_ unit: String) -> Double? { units[unit]?.factor }

    /// Dimension of `unit` (`length`, `steps`, `magnitude`…), or nil for an unknown unit.
    public func dimension(_ unit: String) -> String? { units[unit]?.dimension }

    /// A quantity value (`3 m`, `100-300 m`, `6.8 magnitude`) in its dimension's base unit,
    /// or nil for an unknown unit. Magnitudes stay on their own (logarithmic) scale.
    func measure(of value: String) -> Measure? {
        if let single = QuantityValue.parse(value), dimension(single.unit) == "magnitude" {
            return Measure(dimension: "magnitude", low: single.number, high: single.number)
        }
        if let range = QuantityValue.parseRange(value), let dimension = dimension(range.unit),
           let low = toBase(range.low, unit: range.unit), let high = toBase(range.high, unit: range.unit) {
            return Measure(dimension: dimension, low: low, high: high)
        }
        guard let single = QuantityValue.parse(value), let dimension = dimension(single.unit),
              let base = toBase(single.number, unit: single.unit) else { return nil }
        return Measure(dimension: dimension, low: base, high: base)
    }

    /// `value` in `unit` converted to its dimension's base unit (44 mi → 70811.1 m;
    /// 20 °C → 293.15 K), or nil for an unknown unit.
    public func toBase(_ value: Double, unit: String) -> Double? {
        guard let info = units[unit] else { return nil }
        return value * info.factor + info.offset
    }
}
