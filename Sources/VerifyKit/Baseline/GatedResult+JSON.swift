import Foundation

extension GatedResult {
    /// What the baseline did, as `--format json` writes it under `"baseline"`.
    struct BaselineSection: Encodable {
        var file: String?
        var accepted: [String]
        var stale: [String]
    }

    /// The JSON document of DESIGN.md; with a baseline in use it also holds
    /// `"baseline": {"accepted": [ids], "file": path, "stale": [ids]}`. Without one it is
    /// byte-identical to ``VerificationResult/json()``.
    public func json() -> String {
        let plain = result.json()
        guard baseline != nil else { return plain }
        guard case .object(var members)? = try? JSONDecoder().decode(JSONValue.self, from: Data(plain.utf8)),
              let section = try? JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(
                  BaselineSection(file: baselinePath, accepted: accepted, stale: stale.map(\.id)))) else { return plain }
        members["baseline"] = section
        return JSONOutput.encode(JSONValue.object(members))
    }
}
