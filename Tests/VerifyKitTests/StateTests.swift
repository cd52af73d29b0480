import Testing
@testable import VerifyKit

/// States of things: a service operating or suspended, damage and its extent, a survivor's
/// condition, each read only with a subject of its kind and compared per kind.
@Suite struct StateTests {
    /// The states of a text, as "value@subject kind".
    static func states(_ text: String, language: String = "en") -> [String] {
        FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
            .filter { $0.subtype == "state" }.map { "\($0.value)@\($0.entityClass ?? "-")" }
    }

    @Test func statesWithTheirSubjects() {
        #expect(Self.states("A ministry spokesperson said the embassy was continuing to operate.") == ["status:operating@mission"])
        #expect(Self.states("Diplomatic staff were relocated to Lviv as a precaution.") == ["status:suspended@mission"])
        #expect(Self.states("The blast destroyed part of the embassy's perimeter wall.") == ["damage:damaged@mission", "damage:damaged@mission part:wall"])
        #expect(Self.states("The strike left the mission in ruins.") == ["damage:destroyed@mission"])
        // "Complete destruction of part of" a fence is partial damage: the longer cue wins.
        #expect(Self.states("It caused the complete destruction of part of the embassy's perimeter fence.") == ["damage:damaged@mission", "damage:damaged@mission part:fence"])
        #expect(Self.states("One was taken to hospital and has since been discharged.") == ["condition:discharged@survivors"])
        #expect(Self.states("Dos personas permanecen hospitalizadas en estado de gravedad.", language: "es") == ["condition:serious@survivors"])
    }

    @Test func aDamagedPartIsAStateOfItsOwn() {
        // The part's damage beside the subject's, and a part named apart from its subject.
        #expect(Set(Self.states("The blast destroyed part of the embassy's perimeter fence."))
            == ["damage:damaged@mission", "damage:damaged@mission part:fence"])
        #expect(Self.states("Near the consulate, the visa office and the consul's residence were damaged.")
            == ["damage:damaged@mission part:residence"])
        #expect(Set(Self.states("The storm damaged the roof of the school.")) == ["damage:damaged@school", "damage:damaged@school part:roof"])
        // A list after the cue, up to the next cue, whose parts are its own.
        #expect(Set(Self.states("The blast caused damage to the embassy's windows, official vehicles and the roof, and completely destroyed its fence."))
            == ["damage:damaged@mission", "damage:damaged@mission part:windows", "damage:damaged@mission part:vehicles",
                "damage:damaged@mission part:roof", "damage:destroyed@mission part:fence"])
    }

    @Test func aDistressCallIsAStateOfItsOwn() {
        #expect(Self.states("The tanker lost power and its captain sent a mayday call.") == ["alert:distress@craft alert:distress"])
        // No craft named: a distress call is a craft's all the same.
        #expect(Self.states("A distress call was picked up at dawn.") == ["alert:distress@craft alert:distress"])
    }

    @Test func noStateWithoutASubjectOfItsKind() {
        #expect(Self.states("Roads were closed to traffic after the storm.").isEmpty)
        #expect(Self.states("Talks collapsed on Friday.").isEmpty)
        // Across a clause boundary the subject does not reach the cue.
        #expect(Self.states("The embassy issued a statement; the talks were closed.").isEmpty)
    }

    @Test func operatingAgainstRelocatedIsAConflictAndAConditionDevelops() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-11-14T10:00:00Z", "A missile hit Kyiv on Friday. The embassy was continuing to operate, officials said."),
            .init("b.md", published: "2025-11-14T10:30:00Z", "A missile hit Kyiv on Friday. Diplomatic staff were relocated to Lviv."),
        ])
        let result = Verifier.verify(tiny.corpus)
        #expect(result.findings.contains { $0.kind == .conflict && $0.slot == "status" }, "\(result.findings.map(\.message))")
        #expect(!result.findings.contains { $0.kind == .variant && $0.slot == "status" })

        let later = try TinyReports([
            .init("a.md", published: "2024-03-26T10:00:00Z", "The bridge collapsed on Tuesday. One survivor was taken to hospital in serious condition."),
            .init("b.md", published: "2024-03-27T10:00:00Z", "The bridge collapsed on Tuesday. One survivor was taken to hospital and has since been discharged."),
        ])
        let developing = Verifier.verify(later.corpus)
        #expect(developing.findings.contains { $0.kind == .update && $0.slot == "condition" }, "\(developing.findings.map(\.message))")
    }
}
