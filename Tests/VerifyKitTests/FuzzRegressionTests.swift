import Foundation
import Testing
@testable import VerifyKit

/// Every input that ever broke a fuzz target (Fixtures/fuzz/<target>/, see `make fuzz`)
/// and a set of hostile shapes go through every target without a crash.
@Suite struct FuzzRegressionTests {
    /// Inputs kept under Fixtures/fuzz/<target>/.
    static func savedInputs(_ target: String) -> [[UInt8]] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("fuzz/\(target)"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted().compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map { [UInt8]($0) } }
    }

    /// Shapes that stress readers: empty, NUL, lone UTF-8 lead bytes, BOMs, unclosed front
    /// matter, deep HTML, a long number run, mixed scripts and bidirectional controls.
    static let hostile: [[UInt8]] = [
        [], [0], [0xFF], [0xC3], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF, 0x00], [0xFF, 0xFE, 0x41],
        Array("---\n".utf8), Array("---\na: [\n---\n".utf8), Array("---\n&a a: *a\n---\nx".utf8),
        Array((String(repeating: "<div><p>", count: 3000) + "x").utf8),
        Array(("<meta charset=\"" + String(repeating: "x", count: 5000) + "\">").utf8),
        Array((String(repeating: "9", count: 4000) + " km").utf8),
        Array("Kуiv Iskandеr \u{202E}0021 killed\u{202C} 1,5 млн 23h45 Feb 30 -0 1e309".utf8),
        Array(String(repeating: "1 ", count: 3000).utf8),
        Array("{\"schemaVersion\": 1, \"findings\": [{\"id\": 5}]}".utf8),
    ]

    @Test(arguments: FuzzEntry.targets) func noInputCrashesTheTarget(target: String) {
        for input in Self.hostile + Self.savedInputs(target) {
            #expect(FuzzEntry.run(target, input))
        }
    }
}
