import ArgumentParser
import Foundation
import VerifyKit

/// `--rules DIR` (repeatable), shared by every subcommand: folders of rule files merged
/// after the shipped ones, before the `.verify/` folder of the corpus root.
struct RulesOption: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder of rule files (YAML, as in docs/rules.md) added to the shipped rules; repeatable.",
        discussion: "A .verify/ folder at the corpus root is added after them.", valueName: "dir"))
    var folders: [String] = []

    func validate() throws {
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--rules \(folder): no such folder")
            }
        }
    }

    /// The run's rules for `corpusPaths`; a bad rule file exits 2 with one line naming it.
    func load(corpusPaths: [String]) throws -> RuleSet {
        do {
            return try RuleSet.load(additions: RuleSet.userFolders(rules: folders, corpusPaths: corpusPaths))
        } catch {
            throw Terminal.fail(VerifyError(error.description))
        }
    }
}
