import Foundation

/// The `designations:` section of `gazetteer-weapons.yaml`: how letter–digit designations
/// that no gazetteer lists (Kh-29, Tu-214, Х-38) are recognised and typed.
///
/// ```yaml
/// designations:
///   window: 3
///   maxPrefix: 4
///   maxCuedPrefix: 10
///   cues:
///     - {kind: weapon, words: [missile, missiles, ракета]}
///     - {kind: vehicle, words: [aircraft, airliner, самолет]}
/// ```
struct DesignationRules: Decodable, Sendable {
    /// Words that type a designation next to them.
    struct Cue: Decodable, Sendable {
        /// The kind they give: `weapon` or `vehicle`.
        var kind: String
        /// Single words, in any script (Cyrillic case endings come from inflections.yaml).
        var words: [String]
    }

    /// Words looked at on each side of the designation, within its clause.
    var window: Int
    /// Most letters before the digits of an untyped designation (`MiG`, `Kh`, `MQ`).
    var maxPrefix: Int
    /// Most letters of a word prefix when a cue types it (`Mohajer-6 drone`).
    var maxCuedPrefix: Int
    /// Cue words by kind, in order of precedence when two are equally near.
    var cues: [Cue]

    /// Nothing recognised (rules without the section).
    static let none = DesignationRules(window: 0, maxPrefix: 0, maxCuedPrefix: 0, cues: [])

    /// The file layout: the section sits beside the weapons gazetteer's entries.
    private struct File: Decodable {
        var designations: DesignationRules?
    }

    /// The merged section of a rule set's weapon files (shipped, then its user folders).
    /// The rule set does not keep its documents, so the weapon files are read again,
    /// once per distinct set of user folders; a section that does not decode leaves the
    /// shipped one in force.
    static func of(_ rules: RuleSet) -> DesignationRules {
        Self.cache.value(for: rules.userFolders) {
            let shipped = try? RuleDocuments(shipped: ResourceLocator.shippedRules())
            guard var documents = shipped else { return .none }
            let base = (try? documents.decode(File.self, kind: "gazetteer-weapons"))?.designations ?? .none
            for folder in $0 {
                try? documents.add(folder: URL(fileURLWithPath: folder))
            }
            return (try? documents.decode(File.self, kind: "gazetteer-weapons"))?.designations ?? base
        }
    }

    private static let cache = DesignationCache()
}

/// Designation rules by user folders, compiled once per process.
private final class DesignationCache: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [[String]: DesignationRules] = [:]

    func value(for folders: [String], make: ([String]) -> DesignationRules) -> DesignationRules {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[folders] { return known }
        let made = make(folders)
        compiled[folders] = made
        return made
    }
}
