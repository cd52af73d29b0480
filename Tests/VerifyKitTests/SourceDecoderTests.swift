import Testing
@testable import VerifyKit

@Suite struct SourceDecoderTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try SourceDecoder.decode(Array("Київ, 14 листопада".utf8))
        #expect(plain.text == "Київ, 14 листопада")
        #expect(plain.encoding == "UTF-8")
        let bom = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Kyiv".utf8))
        #expect(bom.text == "Kyiv")
    }

    @Test func utf16BothByteOrders() throws {
        let text = "Одесса 3 m"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try SourceDecoder.decode(little).text == text)
        #expect(try SourceDecoder.decode(little).encoding == "UTF-16LE")
        #expect(try SourceDecoder.decode(big).text == text)
        #expect(try SourceDecoder.decode(big).encoding == "UTF-16BE")
    }

    @Test func windows1251IsDetected() throws {
        // "Посольство Азербайджана в Киеве повредила ракета. " in Windows-1251, a few times.
        let sentence: [UInt8] = [0xCF, 0xEE, 0xF1, 0xEE, 0xEB, 0xFC, 0xF1, 0xF2, 0xE2, 0xEE, 0x20,
                                 0xC0, 0xE7, 0xE5, 0xF0, 0xE1, 0xE0, 0xE9, 0xE4, 0xE6, 0xE0, 0xED, 0xE0, 0x20,
                                 0xE2, 0x20, 0xCA, 0xE8, 0xE5, 0xE2, 0xE5, 0x20,
                                 0xEF, 0xEE, 0xE2, 0xF0, 0xE5, 0xE4, 0xE8, 0xEB, 0xE0, 0x20,
                                 0xF0, 0xE0, 0xEA, 0xE5, 0xF2, 0xE0, 0x2E, 0x20]
        let decoded = try SourceDecoder.decode(Array(repeating: sentence, count: 6).flatMap { $0 })
        #expect(decoded.encoding.lowercased() == "windows-1251")
        #expect(decoded.text.hasPrefix("Посольство Азербайджана в Киеве повредила ракета."))
    }

    @Test func refusesEmptyBlankAndBinary() {
        #expect(throws: SourceDecoder.Failure.self) { try SourceDecoder.decode([]) }
        #expect(throws: SourceDecoder.Failure.self) { try SourceDecoder.decode(Array(" \n\r\n\t".utf8)) }
        #expect(throws: SourceDecoder.Failure.self) { try SourceDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) }
    }

    @Test func reportsWhereUTF8Breaks() {
        #expect(SourceDecoder.invalidUTF8Offset(Array("abc".utf8) + [0xFF] + Array("d".utf8)) == 3)
        #expect(SourceDecoder.invalidUTF8Offset(Array("é".utf8)) == 2)
    }
}
