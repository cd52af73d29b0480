import Foundation
import Yams

/// Domain knowledge shipped as YAML in the library's resources, decoded once.
/// Users extend it by editing these files (see docs/rules.md).
enum RuleData {
    /// Reads `name.yaml` from the bundle and decodes it.
    static func load<T: Decodable>(_ type: T.Type, named name: String) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "yaml") else {
            fatalError("resource \(name).yaml is missing from the VerifyKit bundle (a packaging error)")
        }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return try YAMLDecoder().decode(T.self, from: text)
        } catch {
            fatalError("resource \(name).yaml does not decode: \(error)")
        }
    }
}
