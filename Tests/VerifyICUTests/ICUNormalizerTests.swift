import Testing
import VerifyICU

@Suite struct ICUNormalizerTests {
    @Test(arguments: [("ﬁre", "fire"), ("１２３", "123"), ("Straße", "strasse"), ("BAKU", "baku"), ("", "")])
    func nfkcCasefold(input: String, expected: String) throws {
        #expect(try ICUNormalizer.nfkcCasefold(input) == expected)
    }

    @Test func nfcComposes() throws {
        let decomposed = "e\u{301}"  // e + combining acute
        let composed = try ICUNormalizer.nfc(decomposed)
        #expect(Array(composed.unicodeScalars) == ["\u{E9}"])
        #expect(composed.utf8.count == 2)
        // NFC keeps compatibility characters that NFKC would fold.
        #expect(try ICUNormalizer.nfc("ﬁ") == "ﬁ")
    }
}
