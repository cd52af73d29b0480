/// Stable ids for findings: a hash of what the finding is about (kind, event, slot and the
/// normalised values), never of where it was found, so baselines survive edits.
enum Fingerprint {
    static func make(kind: Finding.Kind, event: String, slot: String, key: String?, values: [String]) -> String {
        let text = [kind.rawValue, event, slot, key ?? "", values.sorted().joined(separator: ",")].joined(separator: "|")
        return String(SHA256.hex(Array(text.utf8)).prefix(16))
    }
}
