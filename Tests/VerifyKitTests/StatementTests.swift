import Testing
@testable import VerifyKit

/// Whether two sources' statements of a fact are compatible: counts and quantities by
/// interval, times in UTC (ten minutes apart at most, 15 for an hour alone, 45 when approximate), dates when one
/// is a prefix of the other, names when equal. Two exact minutes agree only when equal.
@Suite struct StatementTests {
    static func statement(_ type: Mention.Kind, _ value: String, text: String? = nil, qualifiers: [String] = [], offset: Int? = nil) -> Statement {
        var mention = Mention(type: type, range: 0..<1, text: text ?? value, value: value, qualifiers: qualifiers.map(Qualifier.init(rawValue:)), rule: "test")
        if type == .quantity { mention.measure = TestRules.shipped.units.measure(of: value) }   // as the extractor sets it
        let record = ClaimRecord(document: 0, sentence: 0, mention: mention, eventDate: "2025-11-14", slot: "x", key: nil, offset: offset)
        return Statement(records: [record], lead: record, time: .unknown, source: "s")
    }

    static func agree(_ a: Statement, _ b: Statement) -> Bool {
        let forward = a.agrees(with: b), backward = b.agrees(with: a)
        #expect(forward == backward, "compatibility is symmetric")
        return forward
    }

    @Test func minutesAfterMidnightUTC() {
        func minutes(_ value: String, offset: Int?) -> Int? {
            Statement.minutesUTC(Mention(type: .time, range: 0..<1, text: value, value: value, rule: "test"), offset: offset)
        }
        #expect(minutes("22:11Z", offset: 3600) == 22 * 60 + 11)
        #expect(minutes("01:00+02:00", offset: nil) == 23 * 60)
        #expect(minutes("23:30-01:00", offset: nil) == 30)
        #expect(minutes("01:00", offset: 7200) == 23 * 60)
        #expect(minutes("01:00", offset: nil) == 60)
        #expect(minutes("1am", offset: nil) == nil)
    }

    @Test func times() {
        // "2211 GMT" and "23:11" local in Morocco (UTC+1) are one moment.
        #expect(Self.agree(Self.statement(.time, "22:11Z"), Self.statement(.time, "23:11", offset: 3600)))
        #expect(!Self.agree(Self.statement(.time, "22:11Z"), Self.statement(.time, "23:11", offset: 7200)))
        // Two local times compare as wall clocks, offsets aside.
        #expect(Self.agree(Self.statement(.time, "01:00", offset: 0), Self.statement(.time, "01:10", offset: 7200)))
        #expect(!Self.agree(Self.statement(.time, "01:00"), Self.statement(.time, "01:20")))
        #expect(Self.agree(Self.statement(.time, "01:00", qualifiers: ["about"]), Self.statement(.time, "01:40")))
        #expect(!Self.agree(Self.statement(.time, "01:00", qualifiers: ["about"]), Self.statement(.time, "01:50")))
        #expect(Self.agree(Self.statement(.time, "23:55"), Self.statement(.time, "00:05")))
        // Two exact minutes (neither approximate nor rounded to five) name one instant only when equal.
        #expect(!Self.agree(Self.statement(.time, "23:58"), Self.statement(.time, "00:03")))
        #expect(!Self.agree(Self.statement(.time, "01:27"), Self.statement(.time, "01:28")))
        #expect(Self.agree(Self.statement(.time, "01:27"), Self.statement(.time, "01:30")))
        #expect(Self.agree(Self.statement(.time, "01:27"), Self.statement(.time, "01:30", qualifiers: ["about"])))
        // An hour written alone ("8 p.m.") is rounded: a quarter of an hour either side.
        #expect(Self.agree(Self.statement(.time, "20:00", text: "8 p.m."), Self.statement(.time, "20:11")))
        #expect(!Self.agree(Self.statement(.time, "20:00", text: "8 p.m."), Self.statement(.time, "20:25")))
        #expect(!Self.agree(Self.statement(.time, "20:00", text: "20:00"), Self.statement(.time, "20:11")))
        // "after X" reaches up to two hours later, "before X" as far earlier.
        #expect(Self.agree(Self.statement(.time, "00:00", qualifiers: ["after"]), Self.statement(.time, "01:40")))
        #expect(!Self.agree(Self.statement(.time, "00:00", qualifiers: ["after"]), Self.statement(.time, "23:30")))
        #expect(Self.agree(Self.statement(.time, "12:00", qualifiers: ["before"]), Self.statement(.time, "10:30")))
    }

    @Test func countsQuantitiesDatesAndNames() {
        #expect(Self.agree(Self.statement(.count, "29"), Self.statement(.count, "24", qualifiers: ["at least"])))
        #expect(!Self.agree(Self.statement(.count, "38"), Self.statement(.count, "40")))
        #expect(Self.agree(Self.statement(.quantity, "44 mi"), Self.statement(.quantity, "71 km")))
        #expect(!Self.agree(Self.statement(.quantity, "35 m"), Self.statement(.quantity, "35 steps")))
        #expect(Self.agree(Self.statement(.date, "2025-08"), Self.statement(.date, "2025-08-28")))
        #expect(!Self.agree(Self.statement(.date, "2025-08-08"), Self.statement(.date, "2025-08-28")))
        #expect(Self.agree(Self.statement(.entity, "weapon:iskander"), Self.statement(.entity, "weapon:iskander")))
        #expect(!Self.agree(Self.statement(.entity, "weapon:iskander"), Self.statement(.entity, "weapon:kinzhal")))
    }
}
