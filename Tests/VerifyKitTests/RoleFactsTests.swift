import Testing
@testable import VerifyKit

/// A person's role is a fact of that person, as each source words it: different words for
/// one job are a variant, never a conflict, and a role is missing only where the person is named.
@Suite struct RoleFactsTests {
    @Test func oneJobWordedTwiceIsAVariant() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-05-02T10:00:00Z",
                  "A blast hit a depot near Tarnow on Friday. Rescuers found the foreman of the depot, Jan K., 52, and the forklift driver, Ewa M., 40."),
            .init("b.md", published: "2025-05-02T12:00:00Z",
                  "A blast hit a depot near Tarnow on Friday. It killed depot manager Jan K. and the forklift driver, Ewa M."),
            .init("c.md", published: "2025-05-02T13:00:00Z", "A blast hit a depot near Tarnow on Friday, officials said."),
        ])
        let result = tiny.verify()
        let roles = result.facts(slot: "role")
        let jan = try #require(roles.first { $0.key == "person:jan-k" }, "\(roles.map { ($0.key, $0.claims.map(\.value)) })")
        #expect(jan.status == .variant)
        #expect(Set(jan.claims.map(\.value)) == ["foreman", "manager"])
        #expect(roles.first { $0.key == "person:ewa-m" }?.status == .agree)
        #expect(!result.findings.contains { $0.kind == .conflict && $0.slot == "role" })
        // c names neither person: no role is missing from it.
        #expect(!result.findings.contains { $0.kind == .omission && $0.slot == "role" && $0.missingFrom.contains("c") })
    }
}
