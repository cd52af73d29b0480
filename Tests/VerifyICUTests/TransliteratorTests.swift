import Testing
import VerifyICU

@Suite struct TransliteratorTests {
    @Test(arguments: [
        ("Искандер", "iskander"), ("Евдокимова", "evdokimova"), ("Azərbaycan", "azerbaycan"),
        ("ƏLİYEV", "eliyev"), ("Кинжал", "kinzal"), ("Одесса", "odessa"), ("Харьков", "har'kov"),
        ("Львів", "l'viv"),
    ])
    func romanizes(input: String, expected: String) throws {
        #expect(try Transliterator().toLatinASCII(input) == expected)
    }

    @Test func asciiIsOnlyLowercased() throws {
        #expect(try Transliterator().toLatinASCII("Kyiv-2024 OK") == "kyiv-2024 ok")
        #expect(try Transliterator().toLatinASCII("") == "")
    }

    @Test func growingOutputNeedsMoreRoomThanTheInput() throws {
        // Each "щ" becomes "sc" and "Ж" becomes "z" after Latin-ASCII; long input exercises
        // the in-place buffer growth path.
        let input = String(repeating: "Щука Жук ", count: 500)
        let out = try Transliterator().toLatinASCII(input)
        #expect(out == String(repeating: "suka zuk ", count: 500))
    }

    @Test func reusableAcrossCalls() throws {
        let t = try Transliterator()
        #expect(try t.toLatinASCII("Киев") == "kiev")
        #expect(try t.toLatinASCII("Баку") == "baku")
    }
}
