import Testing
@testable import VerifyKit

/// Text from a hostile source stays inert text in the report.
@Suite struct MarkdownEscapingTests {
    @Test func htmlIsEntityEscaped() {
        #expect(MarkdownEscaping.text("<script>alert(1)</script> & more")
                == "&lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; more")
    }

    @Test func bidirectionalControlsAreShownNotObeyed() {
        #expect(MarkdownEscaping.text("killed \u{202E}21\u{202C} people") == "killed ⟦U+202E⟧21⟦U+202C⟧ people")
        #expect(MarkdownEscaping.text("a\u{2067}b\u{2069}\u{200F}") == "a⟦U+2067⟧b⟦U+2069⟧⟦U+200F⟧")
        // Letters of right-to-left scripts are text, not controls.
        #expect(MarkdownEscaping.text("قتل ١٢") == "قتل ١٢")
    }

    @Test func linksAndImagesAreInert() {
        #expect(MarkdownEscaping.text("[x](javascript:alert(1))") == "\\[x\\]\\(javascript:alert\\(1\\)\\)")
        #expect(MarkdownEscaping.text("![img](http://evil.example/p.png)")
                == "\\!\\[img\\]\\(http\\://evil.example/p.png\\)")
        #expect(MarkdownEscaping.text("see www.evil.example") == "see www\\.evil.example")
        #expect(MarkdownEscaping.text("mail a@b.example") == "mail a\\@b.example")
    }

    @Test func tablesHeadingsCodeAndListsCannotBreakOut() {
        #expect(MarkdownEscaping.text("| col | col |") == "\\| col \\| col \\|")
        #expect(MarkdownEscaping.text("# heading") == "\\# heading")
        #expect(MarkdownEscaping.text("```swift\ncode\n```") == "\\`\\`\\`swift code \\`\\`\\`")
        #expect(MarkdownEscaping.text("- item") == "\\- item")
        #expect(MarkdownEscaping.text("+ item") == "\\+ item")
        #expect(MarkdownEscaping.text("12. item") == "12\\. item")
        #expect(MarkdownEscaping.text("3) item") == "3\\) item")
        #expect(MarkdownEscaping.text("*a* _b_ ~c~ $x$ \\") == "\\*a\\* \\_b\\_ \\~c\\~ \\$x\\$ \\\\")
        #expect(MarkdownEscaping.text("2024 was") == "2024 was")
    }

    @Test func newlinesBecomeSpaces() {
        #expect(MarkdownEscaping.text("one\r\ntwo\rthree\nfour\u{2028}five\t six ") == "one two three four five six")
        #expect(MarkdownEscaping.text("a\n# heading") == "a \\# heading")
    }

    @Test func quoteHighlightsTheValue() {
        #expect(MarkdownEscaping.quote("It was an Iskander missile.", highlighting: "Iskander")
                == "It was an **Iskander** missile.")
        #expect(MarkdownEscaping.quote("ISKANDER hit", highlighting: "Iskander") == "**ISKANDER** hit")
        #expect(MarkdownEscaping.quote("No value here.", highlighting: "Kinzhal") == "No value here.")
        #expect(MarkdownEscaping.quote("a <b>|x|</b> [y](z)", highlighting: "|x|")
                == "a &lt;b&gt;**\\|x\\|**&lt;/b&gt; \\[y\\]\\(z\\)")
        #expect(MarkdownEscaping.quote("- 5 dead", highlighting: "5 dead") == "\\- **5 dead**")
    }

    @Test func linkTargetsArePercentEncoded() {
        #expect(MarkdownEscaping.linkTarget("../Corpus/a b (1).txt", fragment: "L3") == "../Corpus/a%20b%20%281%29.txt#L3")
        #expect(MarkdownEscaping.linkTarget("Корпус/x.txt") == "%D0%9A%D0%BE%D1%80%D0%BF%D1%83%D1%81/x.txt")
        #expect(MarkdownEscaping.link("x](javascript:1)", to: "a>b") == "[x\\]\\(javascript:1\\)](a%3Eb)")
    }

    @Test func relativePaths() {
        #expect(RelativePath.from("Reports", to: "Corpus/x.txt") == "../Corpus/x.txt")
        #expect(RelativePath.from(".", to: "Corpus/x.txt") == "Corpus/x.txt")
        #expect(RelativePath.from("", to: "./Corpus/x.txt") == "Corpus/x.txt")
        #expect(RelativePath.from("Reports/2025", to: "Corpus/x.txt") == "../../Corpus/x.txt")
        #expect(RelativePath.from("Corpus", to: "Corpus/x.txt") == "x.txt")
        #expect(RelativePath.from("Reports", to: "../shared/c/x.txt") == "../../shared/c/x.txt")
        #expect(RelativePath.from("/srv/reports", to: "/srv/corpus/x.txt") == "../corpus/x.txt")
    }

    @Test func mermaidLabelsLoseSyntax() {
        #expect(MermaidTimeline.escape("a: b; c # d %% e `f` <g>\nh") == "a꞉ b, c ＃ d ％％ e ’f’ ‹g› h")
    }
}
