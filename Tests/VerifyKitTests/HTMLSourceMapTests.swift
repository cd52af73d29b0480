import Foundation
import Testing
@testable import VerifyKit
import VerifyHTML

/// Shared helpers for the HTML tests: fixtures, corpora, and an independent rendering of a
/// source slice (tags stripped, references decoded, white space folded).
enum HTMLTestSupport {
    /// `Tests/VerifyKitTests/Fixtures/html`.
    static let fixturesDirectory = TestPaths.repositoryRoot.appendingPathComponent("Tests/VerifyKitTests/Fixtures/html")

    /// The bytes of fixture `name`.
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent(name)))
    }

    /// Every fixture, by file name.
    static func fixtures() throws -> [(String, [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixturesDirectory.path).filter { $0.hasSuffix(".html") }.sorted()
        return try names.map { ($0, try fixture($0)) }
    }

    /// Every `.html` file under the corpora folder (empty when it is absent).
    static func corpusPages() -> [(String, [UInt8])] {
        guard let corporaDirectory = TestPaths.corpora,
              let folders = try? FileManager.default.contentsOfDirectory(atPath: corporaDirectory.path) else { return [] }
        var pages: [(String, [UInt8])] = []
        for folder in folders.sorted() {
            let folderURL = corporaDirectory.appendingPathComponent(folder)
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: folderURL.path)) ?? []).sorted() where file.hasSuffix(".html") {
                if let data = try? Data(contentsOf: folderURL.appendingPathComponent(file)) {
                    pages.append(("\(folder)/\(file)", Array(data)))
                }
            }
        }
        return pages
    }

    /// The text of `slice` as a reader sees it, from a fresh parse of the slice alone:
    /// tags and comments removed, content of dropped elements removed, `<br>` as a space,
    /// references decoded, white space folded.
    static func visibleText(_ slice: [UInt8]) -> String {
        let tree = HTMLParser.parse(slice)
        var output = ""
        var droppedUntil = 0
        for (index, node) in tree.nodes.enumerated() where index >= droppedUntil {
            switch node.kind {
            case .element, .template:
                if node.namespace != .html || HTMLElements.dropped.contains(node.name) {
                    droppedUntil = node.subtreeEnd
                } else if node.name == "br" {
                    output += " "
                }
            case .text, .whitespace:
                output += node.text
            default:
                break
            }
        }
        return HTMLExtractor.folded(output)
    }

    /// The text of `block` in `content`.
    static func text(of block: TextBlock, in content: ExtractedText) -> String {
        String(decoding: Array(content.text.utf8)[block.range], as: UTF8.self)
    }

    /// Failures of the round-trip property for `page` read from `bytes`: each block's
    /// source span, rendered, must equal the block's text.
    static func roundTripFailures(_ bytes: [UInt8], page: HTMLPage) -> [String] {
        var failures: [String] = []
        let content = page.content
        let textCount = content.text.utf8.count
        var previousEnd = 0
        for block in content.blocks {
            guard block.range.lowerBound >= previousEnd, block.range.upperBound <= textCount, !block.range.isEmpty else {
                failures.append("bad block range \(block.range)")
                continue
            }
            previousEnd = block.range.upperBound
            let start = content.map.sourceOffset(ofStart: block.range.lowerBound)
            let end = content.map.sourceOffset(ofEnd: block.range.upperBound)
            guard 0 <= start, start <= end, end <= bytes.count else {
                failures.append("bad source range \(start)..<\(end)")
                continue
            }
            let expected = visibleText(Array(bytes[start..<end]))
            let actual = text(of: block, in: content)
            if expected != actual { failures.append("block \(actual.debugDescription) ≠ source \(expected.debugDescription)") }
        }
        return failures
    }
}

/// A small deterministic random number generator (SplitMix64) for the fuzz tests.
struct HTMLTestRandom: RandomNumberGenerator {
    /// The state.
    var state: UInt64
    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The map property: every block's source span, stripped of markup, is the block's text.
@Suite("HTML source map")
struct HTMLSourceMapTests {
    /// Every block of every fixture maps back to source bytes that render to its text.
    @Test func fixturesRoundTrip() throws {
        let fixtures = try HTMLTestSupport.fixtures()
        #expect(fixtures.count >= 4)
        for (name, bytes) in fixtures {
            let page = HTMLReader.read(bytes)
            #expect(!page.content.blocks.isEmpty, "\(name)")
            let failures = HTMLTestSupport.roundTripFailures(bytes, page: page)
            #expect(failures.isEmpty, "\(name): \(failures.joined(separator: "\n"))")
        }
    }

    /// The same for every saved page of the shared corpora (skipped when absent).
    @Test(.enabled(if: TestPaths.corpora != nil, "../shared/corpora is absent"))
    func corporaRoundTrip() {
        let pages = HTMLTestSupport.corpusPages()
        #expect(!pages.isEmpty, "the corpora hold saved pages")
        for (name, bytes) in pages {
            let page = HTMLReader.read(bytes)
            #expect(!page.content.blocks.isEmpty, "\(name)")
            let failures = HTMLTestSupport.roundTripFailures(bytes, page: page)
            #expect(failures.isEmpty, "\(name): \(failures.joined(separator: "\n"))")
        }
    }

    /// CRLF line ends fold like LF and map back exactly.
    @Test func crlf() {
        let bytes = Array("<p>One\r\ntwo&amp;\r\n three</p>\r\n<p>Four</p>".utf8)
        let page = HTMLReader.read(bytes)
        #expect(page.content.text == "One two& three\n\nFour\n\n")
        #expect(HTMLTestSupport.roundTripFailures(bytes, page: page).isEmpty)
    }

    /// Random markup soup (valid UTF-8): never traps, and the property still holds.
    @Test func fuzzMarkupSoup() {
        var random = HTMLTestRandom(state: 42)
        let pieces = ["<p>", "</p>", "<div class=menu>", "</div>", "<li>", "<ul>", "</ul>", "<a href=x>", "</a>",
                      "<article>", "</article>", "<nav>", "<script>", "</script>", "<!--", "-->", "&amp;", "&nbsp;",
                      "&#x41;", "&", "<", ">", " ", "\n", "\r\n", "word", "é", "—", "<br>", "<h2>", "</h2>", "\"", "'",
                      "=", "<b>", "</b>", "<title>", "</title>", "<svg>", "</svg>", "<![CDATA[", "]]>", "<!DOCTYPE",
                      "<textarea>", "<table><td>", "<select><option>", "<footer>", "&copy", "<main>", "<head>", "/>",
                      "<h1>", "</li>", "<aside>", "</aside>", "<header>", "</header>", "<section>", "<tr>", "</td>",
                      "<body>", "<html lang=x>", "<span class=share>", "</span>", "&#10;", "<p class=byline>",
                      "<ol>", "</ol>", "<dl><dt>", "<dd>", "<pre>", "</pre>", "<i>", "</i>", "<math>", "</math>",
                      "<noscript>", "</noscript>", "<button>", "</button>", "<hr>", "<img alt=x>", "\u{A0}", "\t"]
        for round in 0..<600 {
            var html = ""
            for _ in 0..<Int.random(in: 1...60, using: &random) { html += pieces.randomElement(using: &random)! }
            let bytes = Array(html.utf8)
            let page = HTMLReader.read(bytes)
            let failures = HTMLTestSupport.roundTripFailures(bytes, page: page)
            #expect(failures.isEmpty, "round \(round): \(html.debugDescription)\n\(failures.joined(separator: "\n"))")
        }
    }

    /// Random bytes and truncations of fixtures: never traps, offsets stay in bounds.
    @Test func fuzzBytesAndTruncations() throws {
        var random = HTMLTestRandom(state: 7)
        var inputs: [[UInt8]] = []
        for _ in 0..<200 {
            inputs.append((0..<Int.random(in: 0...300, using: &random)).map { _ in
                Bool.random(using: &random) ? UInt8.random(in: 0...255, using: &random) : Array("<>&;#x/!-='\"ap".utf8).randomElement(using: &random)!
            })
        }
        for (_, bytes) in try HTMLTestSupport.fixtures() {
            for _ in 0..<20 { inputs.append(Array(bytes[0..<Int.random(in: 0...bytes.count, using: &random)])) }
        }
        for bytes in inputs {
            let page = HTMLReader.read(bytes)
            let textCount = page.content.text.utf8.count
            for block in page.content.blocks {
                #expect(block.range.upperBound <= textCount)
                let start = page.content.map.sourceOffset(ofStart: block.range.lowerBound)
                let end = page.content.map.sourceOffset(ofEnd: block.range.upperBound)
                #expect(0 <= start && start <= end && end <= bytes.count)
            }
            if String(validating: bytes, as: UTF8.self) != nil {
                #expect(HTMLTestSupport.roundTripFailures(bytes, page: page).isEmpty)
            }
        }
    }
}
