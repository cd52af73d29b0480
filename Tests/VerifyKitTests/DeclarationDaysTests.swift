import Testing
@testable import VerifyKit

/// The day people were declared dead (``DeclarationDays``, ``DeclarationDisputes``): two
/// reports giving it different days conflict; a day left unresolved counts from the story's
/// event when its paragraph retells it; a toll given on two days is no such dispute.
@Suite struct DeclarationDaysTests {
    @Test func twoDaysOfOneDeclarationConflict() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-02-12T09:00:00Z",
                  "A mine shaft collapsed in Kolvany on 10 February 2025. The four miners were presumed dead later that day, officials said."),
            .init("b.md", published: "2025-02-20T09:00:00Z",
                  "Rescuers ended the search in Kolvany.\n\nFour miners fell into the flooded shaft when it collapsed and were presumed dead the following day."),
            .init("c.md", published: "2025-02-11T09:00:00Z",
                  "A mine shaft collapsed in Kolvany on Monday, 10 February 2025, trapping four miners, who were declared dead on 10 February."),
        ])
        let result = tiny.verify()
        let disputes = result.findings.filter { $0.kind == .conflict && $0.slot == "date" && $0.message.contains("presumed dead") }
        #expect(disputes.count == 1, "\(result.findings.map(\.message))")
        #expect(disputes.first?.groups == [["a", "c"], ["b"]])
        #expect(disputes.first?.message.contains("counted from the event") == true)
    }

    @Test func aTollOnTwoDaysIsNoDeclaration() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-02-11T09:00:00Z", "A mine shaft collapsed in Kolvany on 10 February 2025; four miners died on 10 February."),
            .init("b.md", published: "2025-02-12T09:00:00Z", "A mine shaft collapsed in Kolvany on 10 February 2025; a fifth miner died on 11 February."),
        ])
        #expect(!tiny.verify().findings.contains { $0.kind == .conflict && $0.slot == "date" && $0.message.contains("declared") })
    }
}
