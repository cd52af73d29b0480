import Foundation
import Testing
@testable import VerifyKit

/// Pages in legacy encodings decode as a browser decodes them: BOM, then `<meta>`, then
/// detection on the text without markup. Fixtures are built from known strings and
/// encoded with Foundation, never typed as bytes.
@Suite("Page encoding")
struct PageEncodingTests {
    static let russian = "Посольство Азербайджана в Киеве повреждено в результате ночной атаки. "
        + "Министерство иностранных дел вручило ноту протеста послу России. "
    static let french = "Le café coûte 3 € à Paris — « très cher », dit-il. Größe, Übermaß, naïve façade. "
        + "L’été dernier, l’œuvre a été vendue 12 000 €. "
    static let japanese = "東京で震度五弱の地震がありました。気象庁によりますと、津波の心配はありません。"
        + "政府は被害の状況を確認しています。"

    /// A page around `body`, with a head heavy in ASCII markup (scripts, styles, classes),
    /// and `meta` (e.g. `<meta charset="windows-1251">`) when given.
    static func page(_ body: String, meta: String?) -> String {
        let script = "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} "
            + String(repeating: "var analyticsConfiguration = {track: true, anonymize: false, cookieDomain: 'auto'}; ", count: 30)
            + "</script>"
        let style = "<style>" + String(repeating: ".article-body p { margin: 0 0 1em; font-family: Georgia, serif; } ", count: 30) + "</style>"
        let navigation = "<nav class=\"main-navigation site-header\"><ul>" + String(repeating: "<li class=\"menu-item\"><a href=\"/section/news\">News</a></li>", count: 20) + "</ul></nav>"
        return "<!DOCTYPE html><html><head>\(meta ?? "")<title>Page</title>\(script)\(style)</head><body>\(navigation)"
            + "<article><p>\(body)</p><p>\(body)</p></article></body></html>"
    }

    static func encode(_ text: String, _ encoding: String.Encoding) throws -> [UInt8] {
        Array(try #require(text.data(using: encoding, allowLossyConversion: false)))
    }

    static let cases: [(name: String, text: String, encoding: String.Encoding, label: String, expected: String)] = [
        ("windows-1251", russian, .windowsCP1251, "windows-1251", "windows-1251"),
        ("windows-1252", french, .windowsCP1252, "windows-1252", "windows-1252"),
        ("Shift_JIS", japanese, .shiftJIS, "shift_jis", "Shift_JIS"),
    ]

    /// With `<meta charset>`: the declaration decides, and says so.
    @Test(arguments: 0..<3) func withMetaCharset(_ index: Int) throws {
        let item = Self.cases[index]
        let html = Self.page(item.text, meta: "<meta charset=\"\(item.label)\">")
        let decoded = try SourceDecoder.decode(try Self.encode(html, item.encoding), html: true)
        #expect(decoded.text == html, "\(item.name)")
        #expect(decoded.encoding == item.expected)
        #expect(decoded.origin == .meta)
    }

    /// With the older `<meta http-equiv="Content-Type" content="text/html; charset=...">`.
    @Test(arguments: 0..<3) func withMetaHTTPEquiv(_ index: Int) throws {
        let item = Self.cases[index]
        let meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(item.label.uppercased())\">"
        let html = Self.page(item.text, meta: meta)
        let decoded = try SourceDecoder.decode(try Self.encode(html, item.encoding), html: true)
        #expect(decoded.text == html, "\(item.name)")
        #expect(decoded.encoding == item.expected)
        #expect(decoded.origin == .meta)
    }

    /// Without any declaration: detection on the text without markup finds it.
    @Test(arguments: 0..<3) func withoutMeta(_ index: Int) throws {
        let item = Self.cases[index]
        let html = Self.page(item.text, meta: nil)
        let decoded = try SourceDecoder.decode(try Self.encode(html, item.encoding), html: true)
        #expect(decoded.text == html, "\(item.name): decoded as \(decoded.encoding)")
        #expect(decoded.origin == .detected)
    }

    /// A page re-saved as UTF-8 with its old `<meta charset>` left in is UTF-8, with a remark.
    @Test func staleMetaOnUTF8Page() throws {
        let html = Self.page(Self.russian, meta: "<meta charset=\"windows-1251\">")
        let decoded = try SourceDecoder.decode(Array(html.utf8), html: true)
        #expect(decoded.text == html)
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.remark?.contains("windows-1251") == true)
    }

    /// A byte-order mark wins over `<meta>`.
    @Test func bomWinsOverMeta() throws {
        let html = Self.page(Self.french, meta: "<meta charset=\"windows-1251\">")
        let decoded = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array(html.utf8), html: true)
        #expect(decoded.text == html)
        #expect(decoded.origin == .bom)
    }

    /// The prescan as WHATWG words it: comments and other tags' attribute values are not
    /// declarations; only the first 1,024 bytes count; labels are the standard's; UTF-16 means UTF-8.
    @Test func prescan() {
        func scan(_ html: String) -> String? { MetaCharsetPrescan.encoding(in: Array(html.utf8)) }
        #expect(scan("<meta charset=cp1251>") == "windows-1251")
        #expect(scan("<META CHARSET='Latin1'>") == "windows-1252")
        #expect(scan("<meta content=\"text/html; charset=sjis\" http-equiv=content-type>") == "Shift_JIS")
        #expect(scan("<meta content=\"text/html; charset=sjis\">") == nil)            // no http-equiv pragma
        #expect(scan("<!-- <meta charset=koi8-r> --><meta charset=utf-8>") == "UTF-8")
        #expect(scan("<div title=\"<meta charset=koi8-r>\"><meta charset=gbk>") == "GBK")
        #expect(scan("<meta charset=utf-16le>") == "UTF-8")
        #expect(scan("<meta charset=bogus-label>") == nil)
        #expect(scan("<meta charset=x-user-defined>") == "windows-1252")
        #expect(scan(String(repeating: " ", count: 1100) + "<meta charset=koi8-r>") == nil)
        #expect(scan("<meta name=x content=y><meta charset=\"koi8-r\">") == "KOI8-R")
    }

    /// Detection ignores markup: tags, scripts and styles are removed first.
    @Test func strippedText() {
        let stripped = MarkupStripper.text(of: Array("<p class=x>a<script>b<c</script>d<!-- e -->f<STYLE>g</style>h</p>".utf8))
        #expect(String(decoding: stripped, as: UTF8.self) == " a d f h ")
    }

    /// The decision reaches the document and the JSON summary.
    @Test func originReachesTheSummary() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = Self.page(Self.russian, meta: "<meta charset=\"windows-1251\">")
        try Data(try Self.encode(html, .windowsCP1251)).write(to: folder.appendingPathComponent("page.html"))
        let corpus = try CorpusLoader.load(paths: [folder.path])
        let document = try #require(corpus.documents.first)
        #expect(document.encoding == "windows-1251")
        #expect(SourceSummary(document).encodingFrom == "meta")
        #expect(corpus.diagnostics.contains { $0.message.contains("decoded as windows-1251 (from meta)") })
        #expect(document.text.contains("Посольство Азербайджана"))
    }
}
