import Foundation
import Testing
@testable import VerifyKit

/// Extractor cases: what becomes a block, of what kind, and what is dropped.
@Suite("HTML reader")
struct HTMLReaderTests {
    /// The blocks of `page` as `(kind, reason, text)`.
    static func blocks(_ page: HTMLPage) -> [(kind: BlockKind, reason: String?, text: String)] {
        page.content.blocks.map { ($0.kind, $0.reason, HTMLTestSupport.text(of: $0, in: page.content)) }
    }

    /// The texts of the blocks of `page` facts may come from.
    static func bodyTexts(_ page: HTMLPage) -> [String] {
        blocks(page).filter { $0.kind == .heading || $0.kind == .paragraph || $0.kind == .listItem }.map(\.text)
    }

    /// Title, language and meta of the basic fixture.
    @Test func headData() throws {
        let page = HTMLReader.read(try HTMLTestSupport.fixture("article-basic.html"))
        #expect(page.title == "Storm & floods: what we know — Example News")
        #expect(page.language == "fr")
        #expect(page.meta["author"] == "Jane Doe")
        #expect(page.meta["og:title"] == "Storm & floods")
        #expect(page.meta["dateprofile"] == nil)
        #expect(page.meta["datepublished"] == "2024-03-01")
        #expect(page.meta["content-language"] == "fr")
        #expect(page.meta["charset"] == nil)
    }

    /// Body blocks, their kinds, folding, entities, and what is dropped or clutter.
    @Test func articleBlocks() throws {
        let page = HTMLReader.read(try HTMLTestSupport.fixture("article-basic.html"))
        let all = Self.blocks(page)
        #expect(Self.bodyTexts(page) == [
            "Storm & floods: what we know",
            "The storm hit the coast at 3 a.m. on Friday, flooding more than 1,200 homes. Officials said “the worst” is over.",
            "Rain fell for 12 hours in the region — a record — and “more” is expected. A&B &unknown; © 2024.",
            "Damage",
            "Two bridges collapsed.",
            "Power was cut to 40,000 people.",
            "Read more",
        ])
        #expect(all.first { $0.text == "Storm & floods: what we know" }?.kind == .heading)
        #expect(all.first { $0.text == "Two bridges collapsed." }?.kind == .listItem)
        #expect(all.first { $0.text.hasPrefix("By Jane Doe") }.map { ($0.kind, $0.reason) }! == (.metadata, "class \"byline\""))
        let reasons = Dictionary(all.map { ($0.text, $0.reason ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["Skip to content"] == "class \"skip-link\"")
        #expect(reasons["Home"] == "navigation (<nav>)")
        #expect(reasons["Share: X Facebook"] == "class \"share-bar\"")
        #expect(reasons["Earlier storms this year"] == "link list")
        #expect(reasons["Related"] == "aside (<aside>)")
        #expect(reasons["© 2024 Example News"] == "footer (<footer>)")
        for text in ["not text", "ghost", "Print", "var s", "a comment"] {
            #expect(!page.content.text.contains(text), "\(text)")
        }
        #expect(page.content.text.hasSuffix("\n\n"))
    }

    /// Without `<article>`/`<main>`: div text between blocks, implicit closes, tables, class cues.
    @Test func implicitStructure() throws {
        let page = HTMLReader.read(try HTMLTestSupport.fixture("no-article.html"))
        let all = Self.blocks(page)
        #expect(Self.bodyTexts(page) == [
            "Intro text directly in a div.", "Nested div text.", "Text after the nested div.",
            "A paragraph", "Another paragraph, unclosed", "Heading", "Sub heading",
            "one", "two", "three", "Term", "Definition", "Cell A", "Cell B", "Head C",
            "Quoted words", "pre formatted text",
        ])
        #expect(all.filter { $0.kind == .heading }.map(\.text) == ["Heading", "Sub heading"])
        #expect(all.filter { $0.kind == .listItem }.map(\.text) == ["one", "two", "three"])
        let clutter = all.filter { $0.kind == .clutter }
        #expect(clutter.map(\.reason) == ["id \"menu\"", "class \"breadcrumbs\"", "class \"social-links\"",
                                          "class \"newsletter-signup\"", "class \"sidebar\"", "class \"footer-links\""])
        #expect(clutter[1].text == "Home » News")
        #expect(page.title == "Plain page")
        #expect(page.language == nil)
    }

    /// Upper case, unquoted attributes, stray `<`, mismatched and missing end tags, dropped elements.
    @Test func tolerance() throws {
        let page = HTMLReader.read(try HTMLTestSupport.fixture("messy.html"))
        #expect(page.language == "de")
        #expect(Self.bodyTexts(page) == [
            "Upper case tags & unquoted attrs and a stray < sign, 3 < 4 and 5 > 2.",
            "Unclosed bold italic",
            "after",
            "Mismatched end tag and",
            "extra closes.",
            "Attributes done AB\u{FFFD} \u{FFFD} \u{FFFD} – &",
            "Lone ampersand & text &; &#; &#x; end",
            "Script inside paragraph.",
            "SVG after svg.",
            "Select after select.",
            "Trailing text without close",
        ])
    }

    /// A class cue on an element that wraps most of the page is a layout class, not clutter.
    @Test func wrapperIsNotClutter() throws {
        let page = HTMLReader.read(try HTMLTestSupport.fixture("wrapper.html"))
        let all = Self.blocks(page)
        #expect(all.filter { $0.kind == .paragraph }.count == 3)
        #expect(all.last.map { ($0.kind, $0.reason, $0.text) }! == (.clutter, "class \"sidebar\"", "Sidebar note."))
    }

    /// Teaser `<article>`s holding little text do not make the real text "outside <article>".
    @Test func teaserArticlesDoNotWin() {
        let html = """
        <body><div class="story"><p>The real story text is here and it is quite a lot longer than the teasers.</p>
        <p>More of the real story, with its facts and figures: 12 people, 3 towns.</p></div>
        <section class="more"><article><p>Teaser one.</p></article></section></body>
        """
        let page = HTMLReader.read(Array(html.utf8))
        #expect(Self.blocks(page).filter { $0.kind == .paragraph }.count == 3)
    }

    /// Inline clutter inside a paragraph splits it, and both halves stay traceable.
    @Test func inlineClutterSplitsBlock() {
        let bytes = Array(#"<p>Before <span class="social-icons">Tweet this</span> after.</p>"#.utf8)
        let page = HTMLReader.read(bytes)
        #expect(Self.blocks(page).map(\.text) == ["Before", "Tweet this", "after."])
        #expect(Self.blocks(page).map(\.kind) == [.paragraph, .clutter, .paragraph])
    }

    /// Offsets point at the exact bytes, through multi-byte characters and entities.
    @Test func exactOffsets() {
        let html = "<p>Zürich &ndash; 5&nbsp;km</p>"
        let bytes = Array(html.utf8)
        let page = HTMLReader.read(bytes)
        let content = page.content
        #expect(content.text == "Zürich – 5 km\n\n")
        let dash = Array(content.text.utf8).firstIndex(of: 0xE2)!
        let start = content.map.sourceOffset(ofStart: dash)
        let end = content.map.sourceOffset(ofEnd: dash + 3)
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == "&ndash;")
        let zStart = content.map.sourceOffset(ofStart: 0)
        #expect(String(decoding: bytes[zStart..<content.map.sourceOffset(ofEnd: 7)], as: UTF8.self) == "Zürich")
    }

    /// The charter97 page: article paragraphs, menus kept out of the body, title and meta.
    @Test func charter97() throws {
        guard let (_, bytes) = HTMLTestSupport.corpusPages().first(where: { $0.0.hasSuffix("charter97.html") }) else { return }
        let page = HTMLReader.read(bytes)
        #expect(page.title == "Baku protests to Moscow: Iskander destroys embassy fence in Kyiv | Charter97.org")
        #expect(page.language == "en")
        #expect(page.meta["article:published_time"] == "2025-11-14T16:54:00+03:00")
        #expect(page.meta["og:site_name"] == "Charter97.org")
        #expect(page.meta["description"] == "Azerbaijan summoned the Russian ambassador after a missile hit its embassy in Kyiv.")
        let all = Self.blocks(page)
        let iskander = all.filter { $0.text.contains("Iskander-type missiles") }
        #expect(iskander.count == 1)
        #expect(iskander.first?.kind == .paragraph)
        #expect(all.filter { $0.kind == .paragraph }.count == 5)
        #expect(all.first { $0.text.hasPrefix("Baku protests") }?.kind == .heading)
        for menuItem in ["Politics", "Economy", "Related news", "Weather forecast for the weekend", "About us"] {
            #expect(!Self.bodyTexts(page).contains { $0.contains(menuItem) }, "\(menuItem)")
            #expect(all.contains { $0.kind == .clutter && $0.text.contains(menuItem) }, "\(menuItem)")
        }
        #expect(all.first { $0.text == "Politics" }?.reason == "navigation (<nav>)")
        #expect(all.first { $0.text.hasPrefix("Home") }?.reason == "class \"breadcrumbs\"")
        #expect(all.first { $0.text.hasPrefix("Share:") }?.kind == .clutter)
        #expect(all.first { $0.text.hasPrefix("Tags:") }?.kind == .clutter)
        #expect(all.first { $0.text.hasPrefix("14.11.2025") }?.kind == .metadata)
    }

    /// The other saved pages: their article text is body, their chrome is not.
    @Test func otherCorpusPages() {
        let pages = HTMLTestSupport.corpusPages()
        if let (_, bytes) = pages.first(where: { $0.0.hasSuffix("aljazeera.html") }) {
            let page = HTMLReader.read(bytes)
            let body = Self.bodyTexts(page)
            #expect(body.first == "Morocco earthquake: What we know so far")
            #expect(body.contains { $0.hasPrefix("The quake hit shortly after 11pm") })
            #expect(body.contains("How many people have died?"))
            for chrome in ["Middle East", "Skip to Content", "Live: follow", "Photos: Morocco", "Explained: why", "Cookie Policy", "Earthquakes"] {
                #expect(!body.contains { $0.contains(chrome) }, "\(chrome)")
            }
        }
        if let (_, bytes) = pages.first(where: { $0.0.hasSuffix("pravda-ru.html") }) {
            let page = HTMLReader.read(bytes)
            let body = Self.bodyTexts(page)
            #expect(page.meta["author"] == "Petr Yermilin")
            #expect(body.filter { !$0.hasPrefix("Russian Defence Ministry") }.count == 4)
            for chrome in ["Incidents", "Subscribe", "Home", "Poland Ukraine", "More world news", "Comments are closed", "All rights"] {
                #expect(!body.contains { $0.contains(chrome) }, "\(chrome)")
            }
        }
    }
}
