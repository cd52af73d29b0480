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
}
