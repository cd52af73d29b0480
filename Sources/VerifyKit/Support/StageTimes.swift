import Foundation

/// Wall-clock seconds of a run's stages on standard error, one line each, when
/// `VERIFY_STAGE_TIMES` is set (`make bench` sets it for the cached runs); otherwise
/// nothing is measured or written. For finding where a run's time goes, never for output.
package enum StageTimes {
    /// Whether stage times are written.
    package static let enabled = ProcessInfo.processInfo.environment["VERIFY_STAGE_TIMES"].map { !$0.isEmpty } ?? false

    /// Runs `body` and, when enabled, writes `stage: <seconds> s`.
    @discardableResult
    package static func measure<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        FileHandle.standardError.write(Data(String(format: "verify: stage %@: %.3f s\n", stage, seconds).utf8))
        return value
    }
}
