import Testing
import VerifyICU

@Suite struct SpoofCheckerTests {
    let mixed = "K\u{0443}iv"  // Cyrillic у

    @Test func confusablesShareASkeleton() throws {
        let checker = try SpoofChecker()
        #expect(try checker.skeleton(mixed) == checker.skeleton("Kyiv"))
        #expect(try checker.skeleton("Kiev") != checker.skeleton("Kyiv"))
    }

    @Test func mixedScriptIsSuspicious() throws {
        let checker = try SpoofChecker()
        #expect(checker.isSuspicious(mixed))
        #expect(!checker.isSuspicious("Kyiv"))
        #expect(!checker.isSuspicious("Киев"))
    }
}
