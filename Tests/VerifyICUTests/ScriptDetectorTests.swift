import Testing
import VerifyICU

@Suite struct ScriptDetectorTests {
    @Test func countsLettersPerScript() {
        #expect(ScriptDetector.scripts(of: "Киев Kyiv") == ["Cyrl": 4, "Latn": 4])
        #expect(ScriptDetector.scripts(of: "Баку, 2024!") == ["Cyrl": 4])
        #expect(ScriptDetector.scripts(of: "سلام abc") == ["Arab": 4, "Latn": 3])
    }

    @Test func dominantScript() {
        #expect(ScriptDetector.dominantScript(of: "Посольство in Kyiv") == "Cyrl")
        #expect(ScriptDetector.dominantScript(of: "Azərbaycan") == "Latn")
        #expect(ScriptDetector.dominantScript(of: "東京 は") == "Hani")
        #expect(ScriptDetector.dominantScript(of: "123 ...") == nil)
    }
}
