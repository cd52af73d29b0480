import Foundation
import Testing
@testable import VerifyKit

/// A time on a named place's clock carries that place's offset; a time without one stays a
/// wall clock of the event's place.
@Suite struct PlaceClockTimesTests {
    static func times(_ body: String, published: String = "2024-03-27T10:00:00Z") throws -> [String] {
        let reports = try TinyReports([.init("a.md", published: published, body)])
        return reports.extracted[0].sentences.flatMap(\.mentions).filter { $0.type == .time }.map(\.value)
    }

    @Test func aCountrysSingleZoneFromCLDR() throws {
        // Japan is a country of one zone in ICU's data (UTC+9), named here as a country.
        #expect(try Self.times("The summit opened at around 10am (5pm Japan time).") == ["10:00", "17:00+09:00"])
    }

    @Test func aPlacesZoneAtTheReportsDate() throws {
        // Moscow keeps UTC+3 all year; Paris is UTC+1 in January and UTC+2 in July.
        #expect(try Self.times("The talks began at 8:30 Moscow time.") == ["08:30+03:00"])
        #expect(try Self.times("Le sommet s'est ouvert à 14 h heure de Paris.", published: "2024-07-01T10:00:00Z") == ["14:00+02:00"])
        #expect(try Self.times("Le sommet s'est ouvert à 14 h heure de Paris.", published: "2024-01-15T10:00:00Z") == ["14:00+01:00"])
    }

    @Test func aPlaceAfterATimeIsNotItsClockWithoutTheWords() throws {
        #expect(try Self.times("The train left at 8:30 Moscow-bound, and reached Moscow at 14:00.") == ["08:30", "14:00"])
        // A country of several offsets gives none.
        #expect(try Self.times("The launch is at 9:00 United States time.") == ["09:00"])
    }
}
