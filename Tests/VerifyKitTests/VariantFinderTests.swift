import Testing
@testable import VerifyKit

/// Variants: the same value written differently by different sources. Names and dates are
/// compared across the whole story by canonical value; measurements and times within each
/// group of agreeing sources of a fact; counts never. A form whose words stand in one run
/// of another form ("Odesa" in "Odesa region") is no variant of it; place designators
/// ("province", "county") are not spellings.
@Suite struct VariantFinderTests {
    /// A claim of `document` written `text`, at `offset` in its text.
    static func record(_ document: Int, _ text: String, value: String = "place:x", offset: Int = 0) -> ClaimRecord {
        let mention = Mention(type: .entity, range: offset..<offset + 1, text: text, value: value, subtype: "place", rule: "test")
        return ClaimRecord(document: document, sentence: 0, mention: mention, eventDate: "2025-11-14", slot: "place", key: value, offset: nil)
    }

    static func forms(_ texts: [(Int, String)]) -> [String] {
        VariantFinder.distinctForms(texts.enumerated().map { index, pair in record(pair.0, pair.1, offset: index) },
                                    designators: TestRules.shipped.alignment.designators).map(\.form)
    }

    @Test func formsAreFoldedForCaseQuotesAndPossessives() {
        #expect(VariantFinder.fold("Kyiv's") == "kyiv")
        #expect(VariantFinder.fold("Kyiv’s") == "kyiv")
        #expect(VariantFinder.fold("“Odesa”") == "odesa")
        #expect(VariantFinder.fold("'Kinzhal',") == "kinzhal")
        #expect(VariantFinder.fold("ODESA REGION") == "odesa region")
        #expect(Self.forms([(0, "Kyiv"), (1, "KYIV"), (1, "Kyiv's")]) == ["kyiv"])
    }

    @Test func aFormInsideAnotherIsNoSpelling() {
        #expect(Self.forms([(0, "Odesa"), (1, "Odesa region")]) == ["odesa region"])
        #expect(Self.forms([(0, "Aliyev"), (1, "Ilham Aliyev")]) == ["ilham aliyev"])
        #expect(Self.forms([(0, "Odessa region"), (1, "Odesa region")]) == ["odessa region", "odesa region"])
        // A designator is not a spelling, but a hyphen or another designator is.
        #expect(Self.forms([(0, "al-Haouz province"), (1, "Al Haouz")]) == ["al-haouz province", "al haouz"])
        #expect(Self.forms([(0, "Hrubieszów district"), (1, "Hrubieszów county")]) == ["hrubieszów district", "hrubieszów county"])
        #expect(Self.forms([(0, "Hrubieszów"), (1, "Hrubieszów county")]) == ["hrubieszów county"])
        // Words put between a shorter form's make another form: a rewritten name, not a fuller one.
        #expect(Self.forms([(0, "Radio Zorya"), (1, "radio station Zorya")]) == ["radio zorya", "radio station zorya"])
        #expect(Self.forms([(0, "Radio Zorya"), (1, "Radio Zorya Lviv")]) == ["radio zorya lviv"])
    }

    @Test func aPersonsNameOfTwoWordsInsideALongerOneIsAForm() {
        func person(_ document: Int, _ text: String, _ offset: Int) -> ClaimRecord {
            var copy = Self.record(document, text, value: "person:x", offset: offset)
            copy.slot = "person"
            return copy
        }
        let records = [person(0, "Maynor Suazo Sandoval", 0), person(1, "Maynor Suazo", 1), person(1, "Suazo", 2),
                       person(2, "Maynor Yasir Suazo-Sandoval", 3)]
        #expect(VariantFinder.distinctForms(records, designators: []).map(\.form)
                == ["maynor suazo sandoval", "maynor suazo", "maynor yasir suazo-sandoval"])
    }

    /// Variants found among `records` of tiny reports, all in one story.
    static func variants(_ tiny: TinyReports, _ records: [ClaimRecord], storyOf: [Int]? = nil) -> [Finding] {
        let context = tiny.context(records: records, storyOf: storyOf, storyMain: ["2025-11-14", "2025-11-14"])
        return VariantFinder(context: context).findings(factGroups: FactBuilder(context: context).build().groups)
    }

    @Test func aNameSpelledDifferentlyAcrossTheStory() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "A missile hit Kiev."),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kyiv."),
        ])
        // In different events of the story, still one name.
        let records = tiny.records(.entity, in: 0, eventDate: "2024-01-02") + tiny.records(.entity, in: 1)
        let found = Self.variants(tiny, records)
        let variant = try #require(found.first)
        #expect(found.count == 1)
        #expect(variant.kind == .variant && variant.severity == .note && variant.event == "s0" && variant.slot == "place")
        #expect(variant.message == "The same place (place:kyiv) is written differently: “Kiev” (a), “Kyiv” (b).")
        #expect(variant.claims.map(\.source) == ["a", "b"] && variant.claims.map(\.value) == ["Kiev", "Kyiv"])
        #expect(variant.id == Fingerprint.make(kind: .variant, event: "s0", slot: "place", key: "place:kyiv", values: ["kiev", "kyiv"]))
        // Not across stories, and not when every source writes it the same.
        #expect(Self.variants(tiny, records, storyOf: [0, 1]).isEmpty)
        #expect(Self.variants(tiny, tiny.records(.entity, in: 1)).isEmpty)
    }

    @Test func oneSourceWritingTwoFormsIsNoVariant() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "A missile hit Kiev. Kyiv was calm later."),
            .init("b.md", published: "2025-11-14T11:00:00Z", "A missile hit Kharkiv."),
        ])
        #expect(Self.variants(tiny, tiny.records(.entity, in: 0) + tiny.records(.entity, in: 1)).isEmpty)
    }

    @Test func theOutcomeDoesNotDependOnTheSourcesNames() throws {
        // One source writes "Kiev" and "Kyiv", the other only "Kyiv": the same reports under
        // swapped file names must give the same finding.
        func found(first: String, second: String) throws -> [String] {
            let tiny = try TinyReports([
                .init(first, published: "2025-11-14T10:00:00Z", "A missile hit Kiev at night. Later Kyiv was calm."),
                .init(second, published: "2025-11-14T11:00:00Z", "A missile hit Kyiv at night."),
            ])
            return Self.variants(tiny, tiny.records(.entity, in: 0) + tiny.records(.entity, in: 1)).map(\.slot)
        }
        let kievFirst = try found(first: "a.md", second: "b.md")
        let kyivFirst = try found(first: "b.md", second: "a.md")
        #expect(kyivFirst == ["place"])
        withKnownIssue("""
            VariantFinder.distinctForms keeps the first record of each form in source-id order, and a variant \
            needs those first records to come from two sources: when the source that also writes "Kiev" sorts \
            first, both forms are credited to it and the other source's "Kyiv" is not counted, so the variant \
            between them is found or lost depending on the file names.
            """) {
            #expect(kievFirst == kyivFirst)
        }
    }

    @Test func measurementsVaryWithinAgreeingSourcesButCountsNever() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "The village lies 44 miles from Kyiv, and 38 people were killed at 01:00."),
            .init("b.md", published: "2025-11-14T10:20:00Z",
                  "The village lies 71 kilometres from Kyiv, and thirty-eight people were killed around 1:00 a.m."),
            .init("c.md", published: "2025-11-14T10:30:00Z", "The village lies 90 kilometres from Kyiv; people were killed at 03:00."),
        ])
        let records = (0..<2).flatMap { tiny.records(.quantity, in: $0) + tiny.records(.count, in: $0) + tiny.records(.time, in: $0) }
        let found = Self.variants(tiny, records)
        #expect(found.map(\.slot) == ["distance", "time"], "\(found.map(\.message))")
        #expect(found.map(\.event) == ["s0/2025-11-14", "s0/2025-11-14"])
        #expect(found.first?.message == "The same distance (44 mi) is written differently: “44 miles” (a), “71 kilometres” (b).")
        #expect(found.first?.id == Fingerprint.make(kind: .variant, event: "s0/2025-11-14", slot: "distance", key: "place:kyiv",
                                                    values: ["44 miles", "71 kilometres"]))
        #expect(found.last?.message == "The same time (01:00) is written differently: “01:00” (a), “around 1:00 a.m.” (b).")
        // Values in conflict are not variants of each other.
        let conflicting = Self.variants(tiny, tiny.records(.quantity, in: 0) + tiny.records(.quantity, in: 2)
                                            + tiny.records(.time, in: 0) + tiny.records(.time, in: 2))
        #expect(conflicting.isEmpty, "\(conflicting.map(\.message))")
    }
}
