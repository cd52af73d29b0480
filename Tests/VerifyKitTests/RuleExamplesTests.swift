import Testing
@testable import VerifyKit

/// Every data file carries examples that must and must not trigger its rules; one generic
/// test runs them all, so extending the data extends the tests.
@Suite struct RuleExamplesTests {
    @Test func boilerplateExamples() {
        let classifier = BlockClassifier.shared
        #expect(!classifier.rules.examples.clutter.isEmpty && !classifier.rules.examples.body.isEmpty,
                "boilerplate.yaml carries examples of both kinds")
        for line in classifier.rules.examples.clutter {
            let hit = classifier.clutterCue(line) != nil || classifier.isTagCloud(line) || classifier.isNavigation(line)
            #expect(hit, "expected clutter: \(line)")
        }
        for line in classifier.rules.examples.body {
            let hit = classifier.clutterCue(line) != nil || classifier.isTagCloud(line) || classifier.isNavigation(line)
            #expect(!hit, "expected body text: \(line)")
        }
    }

    @Test func languageExamples() {
        let guesser = LanguageGuesser.shared
        #expect(Set(guesser.rules.examples.map(\.language)).count > 1, "languages.yaml carries examples of several languages")
        for example in guesser.rules.examples {
            #expect(guesser.guess(example.text)?.language == example.language, "\(example.text)")
        }
    }

    @Test func everyCalendarLocaleGivesMonthNames() {
        let parser = DatelineParser.shared
        #expect(parser.months["november"] == 11)
        #expect(parser.months["ноября"] == 11)
        #expect(parser.months["sept"] == 9)
        #expect(parser.months["listopada"] == 11)
        #expect(parser.months.count > 200)
    }
}
