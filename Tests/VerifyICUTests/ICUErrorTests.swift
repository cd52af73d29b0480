import Testing
@testable import VerifyICU

@Suite struct ICUErrorTests {
    @Test func descriptionNamesTheOperationAndTheICUError() {
        let e = ICUError(operation: "ucnv_open(x)", code: 1)
        #expect(e.name == "U_ILLEGAL_ARGUMENT_ERROR")
        #expect(e.description == "ucnv_open(x) failed: U_ILLEGAL_ARGUMENT_ERROR (1)")
    }

    @Test func failuresAreThrownAndWarningsAreNot() throws {
        #expect(throws: ICUError.self) { try ICUError.check(9, "parse") }
        try ICUError.check(-128, "warning")  // U_USING_FALLBACK_WARNING
        try ICUError.check(0, "ok")
    }
}
