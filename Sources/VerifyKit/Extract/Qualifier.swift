/// What qualifies a mention's value: how exact it is (`about`, `at least`, `range`), how
/// it was read (`relative`, `inferred`, `negated`), a hedge or attribution of its sentence
/// (`hedge:allegedly`, `attributed:said`), a subgroup or role (`group:children`,
/// `role:mayor`). Written in reports and JSON as its ``rawValue``; qualifier names from
/// user rule files (`qualifiers.yaml`) are qualifiers too.
public struct Qualifier: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The written form (`about`, `hedge:allegedly`).
    public let rawValue: String

    /// Creates a qualifier from its written form.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a qualifier from a literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The written form.
    public var description: String { rawValue }

    // MARK: Precision of a figure

    /// `about`, `approximately`, `around`.
    public static let about: Qualifier = "about"
    /// `nearly`, `almost`: close to, and below.
    public static let nearly: Qualifier = "nearly"
    /// `at least`.
    public static let atLeast: Qualifier = "at least"
    /// `more than`.
    public static let moreThan: Qualifier = "more than"
    /// `up to`.
    public static let upTo: Qualifier = "up to"
    /// `less than`.
    public static let lessThan: Qualifier = "less than"
    /// A vague number (`dozens`, `several`).
    public static let vague: Qualifier = "vague"
    /// A range (`100-300`).
    public static let range: Qualifier = "range"
    /// A toll given as the items of a breakdown.
    public static let list: Qualifier = "list"

    // MARK: How it was read

    /// Resolved against the publication time (`last night`).
    public static let relative: Qualifier = "relative"
    /// A year completed from the publication date.
    public static let inferred: Qualifier = "inferred"
    /// A year taken from the text's latest full date.
    public static let yearFromText: Qualifier = "year from text"
    /// A negated count (`no one was hurt`).
    public static let negated: Qualifier = "negated"
    /// A time written as local.
    public static let local: Qualifier = "local"
    /// A time after which something happened.
    public static let after: Qualifier = "after"
    /// A time before which something happened.
    public static let before: Qualifier = "before"
    /// A time of a plan or forecast, from a sentence about the future ("will brief at 1 p.m.").
    public static let planned: Qualifier = "planned"
    /// The cut-off time of a report (`as of 2:00`).
    public static let asOf: Qualifier = "as of"
    /// A distance measured from the place where the event happened (``EventSiteDistances``).
    public static let eventSite: Qualifier = "from the event's site"
    /// A date an event cue of its sentence governs: the day the report says the event happened (``EventDays``).
    public static let eventDay: Qualifier = "day of the event"
    /// A date right after a verb of saying ("police said on Friday"): when the source spoke,
    /// not when the event happened (``HedgeFinder``).
    public static let saidOn: Qualifier = "day said"
    /// A weapon named with `-type`.
    public static let typeHedge: Qualifier = "-type"
    /// Fragments of a weapon.
    public static let fragments: Qualifier = "fragments"
    /// A person named by surname alone.
    public static let surnameOnly: Qualifier = "surname-only"
    /// A country adjective (`Russian`).
    public static let adjective: Qualifier = "adjective"
    /// A name written in mixed scripts.
    public static let mixedScript: Qualifier = "mixed-script"

    // MARK: With an argument

    /// A hedge cue of the sentence (`hedge:allegedly`).
    public static func hedge(_ cue: String) -> Qualifier { Qualifier(rawValue: "hedge:" + cue) }
    /// A date a declaration governs: the day people were `presumed dead` (``DeclarationDays``).
    public static func declared(_ name: String) -> Qualifier { Qualifier(rawValue: "day declared " + name) }
    /// Who the sentence attributes its facts to, as written (`by:the health ministry`).
    public static func speaker(_ text: String) -> Qualifier { Qualifier(rawValue: "by:" + text) }
    /// The speaker of a `by:` qualifier.
    public var speaker: String? { rawValue.hasPrefix("by:") ? String(rawValue.dropFirst(3)) : nil }
    /// An attribution cue of the sentence (`attributed:said`).
    public static func attributed(_ cue: String) -> Qualifier { Qualifier(rawValue: "attributed:" + cue) }
    /// A subgroup of people (`group:children`).
    public static func group(_ name: String) -> Qualifier { Qualifier(rawValue: "group:" + name) }
    /// A role beside a person's name (`role:mayor`).
    public static func role(_ name: String) -> Qualifier { Qualifier(rawValue: "role:" + name) }

    /// Whether it is a hedge cue.
    public var isHedge: Bool { rawValue.hasPrefix("hedge:") }
    /// Whether it is an attribution cue.
    public var isAttribution: Bool { rawValue.hasPrefix("attributed:") }
    /// Whether it names a subgroup.
    public var isGroup: Bool { rawValue.hasPrefix("group:") }
    /// What happened to counted things (`predicate:impact`: "two rockets fell").
    public static func predicate(_ name: String) -> Qualifier { Qualifier(rawValue: "predicate:" + name) }
    /// Whether this is a ``predicate(_:)``.
    public var isPredicate: Bool { rawValue.hasPrefix("predicate:") }
    /// Whether it names a role.
    public var isRole: Bool { rawValue.hasPrefix("role:") }
}

/// Written as its ``Qualifier/rawValue`` (a cached extraction stores mentions with it).
extension Qualifier: Codable {}
