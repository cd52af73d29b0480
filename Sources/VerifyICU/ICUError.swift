import CICUShim

/// An ICU call that failed. ICU reports failures as a `UErrorCode`: values greater than zero
/// are failures, zero is success and negative values are warnings (never thrown).
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// What was being attempted, e.g. `"ubrk_open(sentence, en)"`.
    public let operation: String
    /// The ICU `UErrorCode` value (always > 0 when thrown by this module).
    public let code: Int32

    /// Creates an error for a failed ICU operation.
    public init(operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    /// The ICU symbolic name of `code`, e.g. `"U_ILLEGAL_ARGUMENT_ERROR"`.
    public var name: String { String(cString: vf_error_name(code)) }

    /// `"<operation> failed: <ICU error name> (<code>)"`.
    public var description: String { "\(operation) failed: \(name) (\(code))" }

    /// Throws when `status` is an ICU failure (> 0); warnings (< 0) pass.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(operation: operation(), code: status) }
    }
}
