import Foundation

/// One case's `gold.json` (format in ../shared/corpora/README.md): the findings a careful
/// fact-checker lists, the facts the sources agree on, and the traps a tool must not flag.
struct AccuracyGold: Decodable {
    /// One source of the case, as gold describes it.
    struct Source: Decodable {
        /// Outlet name.
        var outlet: String?
        /// Publication time as written in gold (ISO 8601), or nil.
        var published: String?
        /// Main language (`en`, `ru`).
        var language: String?
    }

    /// A gold finding: a conflict, update or variant (with `values`), or an omission (with
    /// `value`, `presentIn`, `missingFrom`).
    struct Finding: Decodable {
        /// `conflict`, `update`, `omission` or `variant`.
        var kind: String
        /// The slot (`weapon`, `killed`, `incident`, `damage`…).
        var slot: String
        /// ISO date of the event at the precision gold knows, or nil for story-wide variants.
        var eventDate: String?
        /// Source file name → value as that source writes it (conflict, update, variant).
        var values: [String: String]?
        /// The omitted value (omission).
        var value: String?
        /// Sources that state it (omission).
        var presentIn: [String]?
        /// Sources of the event that leave it out (omission).
        var missingFrom: [String]?
        /// Why a fact-checker cares.
        var note: String?
    }

    /// A fact that several sources state with the same value.
    struct Agreement: Decodable {
        /// The slot.
        var slot: String
        /// ISO date of the event, or nil when the agreement is story-wide.
        var eventDate: String?
        /// The value, as one of the sources writes it.
        var value: String
        /// Source file names that state it.
        var sources: [String]
        /// Remarks.
        var note: String?
    }

    /// Something a tool must not report: a finding kind, optionally a slot and the values
    /// involved. With no slot and no values it means "any finding of this kind at all".
    struct Trap: Decodable {
        /// The kind that would be wrong (`conflict`, `update`).
        var kind: String
        /// The slot, when the trap is about one slot.
        var slot: String?
        /// Source file name → value, when the trap is about particular values.
        var values: [String: String]?
        /// Why flagging it would be wrong.
        var why: String?
    }

    /// Short case name (the folder name).
    var name: String
    /// One line: what happened.
    var event: String?
    /// Source file name → description.
    var sources: [String: Source]
    /// Gold findings.
    var findings: [Finding]
    /// Gold agreements.
    var agreements: [Agreement]
    /// Things not to flag.
    var mustNotFlag: [Trap]

    /// JSON keys (`case` is a Swift keyword).
    enum CodingKeys: String, CodingKey {
        /// The keys of gold.json.
        case name = "case", event, sources, findings, agreements, mustNotFlag
    }

    /// Decodes, treating absent lists as empty.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        event = try container.decodeIfPresent(String.self, forKey: .event)
        sources = try container.decodeIfPresent([String: Source].self, forKey: .sources) ?? [:]
        findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        agreements = try container.decodeIfPresent([Agreement].self, forKey: .agreements) ?? []
        mustNotFlag = try container.decodeIfPresent([Trap].self, forKey: .mustNotFlag) ?? []
    }

    /// Reads `<folder>/gold.json`.
    static func load(folder: URL) throws -> AccuracyGold {
        let data = try Data(contentsOf: folder.appendingPathComponent("gold.json"))
        return try JSONDecoder().decode(AccuracyGold.self, from: data)
    }
}

/// Helpers for reports.
extension AccuracyGold.Finding {
    /// Every value the finding names (the omitted value, or each source's value).
    var allValues: [String] {
        if let value { return [value] }
        return (values ?? [:]).keys.sorted().compactMap { values?[$0] }
    }

    /// One line for lists of misses: kind, slot, event date and values.
    var summary: String {
        let date = eventDate ?? "story-wide"
        if let value {
            return "\(kind) \(slot) @\(date): \"\(value)\" in [\((presentIn ?? []).joined(separator: ", "))]"
                + " missing from [\((missingFrom ?? []).joined(separator: ", "))]"
        }
        let pairs = (values ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }
        return "\(kind) \(slot) @\(date): " + pairs.joined(separator: ", ")
    }
}

/// Helpers for reports.
extension AccuracyGold.Agreement {
    /// One line for lists of misses.
    var summary: String {
        "agreement \(slot) @\(eventDate ?? "story-wide"): \"\(value)\" in [\(sources.joined(separator: ", "))]"
    }
}

/// Helpers for reports.
extension AccuracyGold.Trap {
    /// One line for lists of traps hit.
    var summary: String {
        let pairs = (values ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }
        return "\(kind) \(slot ?? "(any slot)")" + (pairs.isEmpty ? "" : ": " + pairs.joined(separator: ", "))
    }
}
