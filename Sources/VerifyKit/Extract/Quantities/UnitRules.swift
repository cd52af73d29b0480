/// The shape of `units.yaml` as decoded; ``UnitCatalog`` turns it into lookup tables.
struct UnitRules: Decodable, Sendable {
    /// One unit of measure.
    struct Unit: Decodable, Sendable {
        /// Rule name, for explanations (`metre`).
        var id: String
        /// Canonical symbol used in values (`m`).
        var symbol: String
        /// Dimension (`length`, `mass`, `steps`…).
        var dimension: String
        /// Multiply by this to get the dimension's base unit.
        var factor: Double
        /// Added after the factor (temperatures to kelvin).
        var offset: Double?
        /// Ways of writing the unit after the number, by language.
        var aliases: [String: [String]]
        /// Ways of writing the unit before the number, by language.
        var before: [String: [String]]?
        /// What a quantity in this unit measures when no cue says otherwise (`l/m²`: rainfall).
        var subtype: String?
        /// Aliases matched only as written (`g`: a gram, while `5G` is a network).
        var caseSensitive: [String]?
        /// Whether an article stands for one of it ("a kilogram", "an ml").
        var article: Bool?
        /// Whether only numbers written in digits take it ("45 degrees", not "two degrees").
        var digitsOnly: Bool?
        /// Aliases taken only where no word follows (`in`: "5 in", not "5 in a row").
        var clauseEnd: [String]?
    }

    /// Cue words telling what a quantity measures.
    struct Measure: Decodable, Sendable {
        /// Subtype given to the quantity (`depth`).
        var subtype: String
        /// Dimensions the cue applies to.
        var dimensions: [String]
        /// Phrases ending shortly before the number, by language.
        var before: [String: [String]]?
        /// Phrases starting shortly after the unit, by language.
        var after: [String: [String]]?
    }

    /// Number words and digit conventions.
    struct Numbers: Decodable, Sendable {
        /// Whole-word numbers ICU misses.
        var words: [String: [String: Double]]
        /// Vague plurals and the least they imply.
        var vague: [String: [String: Double]]
        /// Multipliers after a number.
        var scales: [String: [String: Double]]
        /// How number words begin, by language (only these go to ICU).
        var stems: [String: [String]]
        /// Words joining number words.
        var connectors: [String: [String]]
        /// Words ICU parses that are not cardinals (`*` = suffix).
        var notNumbers: [String: [String]]
        /// Exceptions to ``notNumbers``.
        var cardinalExceptions: [String: [String]]
        /// Languages with a decimal comma.
        var decimalComma: [String]
        /// Multipliers glued to digits, case-sensitive (`1.8M`, `10K`, `2bn`), by language.
        var suffixes: [String: [String: Double]]?
        /// Multipliers after an amount of money only (`$5m`, `£2bn`), by language.
        var moneyScales: [String: [String: Double]]?
        /// Words between a scale word and its unit ("millones de euros"), by language.
        var scaleLinks: [String: [String]]?
        /// Fractions added to a whole number written before them (`and a half`), by language.
        var fractions: [String: [String: Double]]?
        /// Words that make the number after them negative (`minus 5`), by language.
        var negatives: [String: [String]]?
        /// Words after which a negative word is none ("au moins 5"), by language.
        var negativesNotAfter: [String: [String]]?
        /// Words that make a tens word before them an ordinal (`twenty second`), by language.
        var ordinals: [String: [String]]?
        /// Articles that stand for one before a unit marked `article` ("a kilogram"), by language.
        var articles: [String: [String]]?
        /// Words for the decimal mark between two numbers ("1 point 5"), by language.
        var decimalWords: [String: [String]]?
        /// Phrases ending in a decimal word that are no number ("at one point"), by language.
        var decimalIdioms: [String: [String]]?
        /// Phrases after a temperature that make it negative ("below zero"), by language.
        var belowZero: [String: [String]]?
        /// Minor units of currencies ("cents", "pence", "копеек"), by language.
        var minorUnits: [String: [String]]?
        /// Signs of minor units glued to digits after an amount ("43c"), by language.
        var minorSigns: [String: [String]]?
    }

    /// Words that make a duration a time offset ("two days later", "hace tres días").
    struct Offsets: Decodable, Sendable {
        /// Phrases right after the unit, by language.
        var after: [String: [String]]
        /// Phrases right before the number (or its qualifier), by language.
        var before: [String: [String]]
    }

    /// Every unit.
    var units: [Unit]
    /// Words that make a duration a time offset, not a quantity.
    var timeOffsets: Offsets?
    /// Token window for measure cues.
    var window: Int
    /// Measure cues.
    var measures: [Measure]
    /// Subtype by dimension when no cue applies.
    var defaultSubtypes: [String: String]
    /// The things sizes are of ("the 300-metre-long vessel").
    var measuredThings: MeasuredThings.Rules?
    /// Measured slots whose readings are compared per authority (``AuthorityReadings``).
    var authorityReadings: [String]?
    /// Number words and conventions.
    var numbers: Numbers
}
