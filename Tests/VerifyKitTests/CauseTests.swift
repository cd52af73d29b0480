import Testing
@testable import VerifyKit

/// Who a report says caused a happening, and the dispute when reports name different agents.
@Suite struct CauseTests {
    /// The cause mentions of a text, as "value" or "not value".
    static func causes(_ text: String, language: String = "en") -> [String] {
        FactExtractor().extract(text: text, context: ExtractionContext(published: nil, language: language)).mentions
            .filter { $0.subtype == "cause" }
            .map { ($0.qualifiers.contains(.negated) ? "not " : "") + $0.value }
    }

    @Test func agentsBesideTheirCues() {
        #expect(Self.causes("On Friday the Islamic State group claimed responsibility for the attack.") == ["organisation:islamic-state"])
        #expect(Self.causes("Officials said the missile was most likely fired by Ukraine's air defences.") == ["country:ua"])
        #expect(Self.causes("Kremlin officials have repeatedly blamed Ukraine for the attack.") == ["country:ua"])
        #expect(Self.causes("Officials said there were signs of a Ukrainian link to the gunmen.") == ["country:ua"])
        #expect(Self.causes("Officials said it was most likely a Ukrainian air defense missile that fell on the farm.") == ["country:ua"])
    }

    @Test func whoAllegesALinkIsItsClaimant() {
        let mentions = FactExtractor().extract(text: "Investigators were pursuing a Georgian link to the arsonists.",
                                               context: ExtractionContext(published: nil, language: "en")).mentions
        #expect(mentions.first { $0.subtype == "cause" }?.qualifiers.contains(.speaker("Investigators")) == true)
    }

    @Test func denialsAreKeptAsTheSpeakersPosition() {
        #expect(Self.causes("Ukraine has denied any involvement in the attack.") == ["not country:ua"])
        #expect(Self.causes("Budanov called the claims of Ukrainian involvement nonsense.") == ["not country:ua"])
    }

    @Test func noAgentWithoutACueOrAcrossAClause() {
        #expect(Self.causes("Ukraine said on Friday that 12 people were killed in the attack.").isEmpty)
        // Air defences that shoot down the missiles are not an agent of the strike; the
        // missiles' adjective is (``CauseFinder``, `weapons`), a maker's ("-made") is not.
        #expect(Self.causes("Russian missiles struck Kyiv overnight, and Ukrainian air defences shot down 18 of them.") == ["country:ru"])
        #expect(Self.causes("Ukrainian air defences shot down 18 drones overnight.").isEmpty)
        #expect(Self.causes("A Russian-made missile landed on a farm.").isEmpty)
        // A weapon that reports speak of, or that is defended against, names nobody.
        #expect(Self.causes("The ministry called reports of Russian missiles hitting the port a provocation.").isEmpty)
        #expect(Self.causes("Investigators think the army shot down a Russian missile over the farm.").isEmpty)
        // The agent of "claimed responsibility" is the subject right before it, not a name across a comma.
        #expect(Self.causes("Police in Russia, citing witnesses, claimed responsibility was unclear.").isEmpty)
    }

    @Test func reportsNamingDifferentAgentsAreADisputeShowingEachSide() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2024-03-23T10:00:00Z",
                  "Gunmen attacked a concert hall near Moscow on Friday. The Islamic State group claimed responsibility for the attack."),
            .init("b.md", published: "2024-03-23T11:00:00Z",
                  "Gunmen attacked a concert hall near Moscow on Friday. Kremlin officials blamed Ukraine for the attack, officials said."),
            .init("c.md", published: "2024-03-23T12:00:00Z",
                  "Gunmen attacked a concert hall near Moscow on Friday. Ukraine has denied any involvement in the attack."),
        ])
        let result = Verifier.verify(tiny.corpus, referenceDate: nil)
        let dispute = try #require(result.findings.first { $0.slot == "cause" && $0.kind == .conflict }, "\(result.findings.map(\.message))")
        #expect(dispute.severity == .warning)
        #expect(dispute.message.contains("is disputed"))
        #expect(dispute.groups == [["b"], ["a"], ["c"]], "\(dispute.groups)")
        #expect(dispute.message.contains("denied by"))
        // Whom each side has it from: the group itself for its claim, the subject of "blamed", the denier.
        let speakers = dispute.claims.map { claim in claim.qualifiers.compactMap { Qualifier(rawValue: $0).speaker }.first ?? "-" }
        #expect(speakers == ["officials", "Islamic State", "Ukraine"],
                "\(speakers)")
        // The first screen shows every side with whom it cites.
        let line = MarkdownSummary.conflictSides(dispute).joined(separator: " vs ")
        #expect(line.contains("(b, according to") && line.contains("denied: “Ukraine has denied” (c, according to Ukraine)"), "\(line)")
        // Sources naming one agent agree on that agent's fact: no variant of wording, no conflict of its own.
        #expect(!result.findings.contains { $0.slot == "cause" && $0.kind == .variant })
        #expect(result.findings.filter { $0.slot == "cause" && $0.kind == .conflict }.count == 1)
    }

    @Test func oneAgentNamedByEverySourceIsNoDispute() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2024-03-23T10:00:00Z", "The Islamic State group claimed responsibility for the attack on Friday."),
            .init("b.md", published: "2024-03-23T11:00:00Z", "On Friday, the Islamic State group claimed responsibility for the attack."),
        ])
        let result = Verifier.verify(tiny.corpus, referenceDate: nil)
        #expect(!result.findings.contains { $0.slot == "cause" && $0.kind == .conflict })
    }
}
