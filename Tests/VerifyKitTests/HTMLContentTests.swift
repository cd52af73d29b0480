import Foundation
import Testing
@testable import VerifyKit

/// Main content by evidence: whole-word class/id cues, comment sections, teaser cards,
/// `itemprop="articleBody"`, link density.
@Suite("HTML main content")
struct HTMLContentTests {
    private static let story = "<p>The bridge collapsed at 01:30 after a container ship struck one of its piers, officials said.</p>"
        + "<p>Six workers filling potholes on the span are missing; two were pulled from the river.</p>"

    private func page(_ html: String) -> [(kind: BlockKind, reason: String?, text: String)] {
        HTMLReaderTests.blocks(HTMLReader.read(Array(html.utf8)))
    }

    private func bodyTexts(_ html: String) -> [String] {
        page(html).filter { $0.kind == .paragraph || $0.kind == .heading || $0.kind == .listItem }.map(\.text)
    }

    /// Cues match whole words of a class token or id (camelCase, `-`, `_`), never substrings.
    @Test func cuesMatchWholeWords() {
        let cues = HTMLClutterRules.clutterCues
        for token in ["nav", "main-nav", "mainNav", "site_navigation", "read-more", "readMore", "breadcrumbs",
                      "share-bar", "most-read", "comments", "comment-list", "sidebar", "side-bar"] {
            #expect(HTMLClutterRules.matches(token, cues: cues), "\(token)")
        }
        for token in ["NavzzU", "canvas", "language-js", "entry-content-read-more", "post-body-share", "paywall",
                      "sharing-with-a-single-developer", "adverb", "unavailable", "commentary-box"] {
            #expect(!HTMLClutterRules.matches(token, cues: cues), "\(token)")
        }
        #expect(HTMLClutterRules.words(of: "NavzzU") == ["navzz", "u"])
    }

    /// A body whose container's class holds a cue word after a body word is kept.
    @Test func bodyContainerWithCueWordIsKept() {
        let html = "<body><div class=\"entry-content-read-more\">\(Self.story)</div><div class=nav><a href=/>Home</a></div></body>"
        #expect(bodyTexts(html).count == 2)
        #expect(page(html).last.map { ($0.kind, $0.reason) }! == (.clutter, "class \"nav\""))
    }

    /// Reader comments are set aside even when they are longer than the article.
    @Test func longCommentsAreClutter() {
        let comment = "<p>I have lived near that bridge for thirty years and never thought something like this could happen to it.</p>"
        let html = "<body><div class=story>\(Self.story)</div><div id=comments>\(String(repeating: comment, count: 6))</div></body>"
        let blocks = page(html)
        #expect(blocks.filter { $0.kind == .paragraph }.count == 2)
        #expect(blocks.filter { $0.reason == "id \"comments\"" }.count == 6)
    }

    /// Teaser `<article>` cards around the story are set aside; the story's `<article>` wins.
    @Test func teaserCardsAroundTheStory() {
        let card = "<article class=item><h3><a href=/x>Another story headline here</a></h3><p>A teaser sentence for another story.</p></article>"
        let html = "<body><article class=story><h1>Bridge collapses</h1>\(Self.story)\(Self.story)</article>"
            + "<section>\(String(repeating: card, count: 5))</section></body>"
        let blocks = page(html)
        #expect(bodyTexts(html).count == 5)
        #expect(blocks.filter { $0.reason == "outside <article>" }.count == 10)
    }

    /// `itemprop="articleBody"` marks the text; what is outside it is set aside.
    @Test func articleBodyIsTheContainer() {
        let html = "<body><div><p>Breaking: markets fall sharply on Tuesday in early trading hours.</p></div>"
            + "<div itemprop=\"articleBody\">\(Self.story)</div><div><p>Sign up for our daily briefing, delivered to you.</p></div></body>"
        let blocks = page(html)
        #expect(bodyTexts(html).count == 2)
        #expect(blocks.filter { $0.reason == "outside itemprop=articleBody" }.count == 2)
    }

    /// A block mostly made of link text is set aside; a sentence with a link in it is not.
    @Test func linkDensity() {
        let html = "<body>\(Self.story)<p><a href=/a>Storm hits the coast</a> · <a href=/b>Elections in May</a> new</p>"
            + "<p>Officials said the <a href=/c>port</a> would stay closed until further notice, perhaps for weeks.</p></body>"
        let blocks = page(html)
        #expect(blocks.first { $0.text.hasPrefix("Storm") }.map { ($0.kind, $0.reason) }! == (.clutter, "mostly links"))
        #expect(blocks.first { $0.text.hasPrefix("Officials") }?.kind == .paragraph)
    }

    /// A page made only of links keeps its text.
    @Test func pageOfLinksKeepsItsText() {
        let html = "<body><a href=\"javascript:\"><p>Storm hits the coast</p><p>Elections in May</p></a></body>"
        #expect(bodyTexts(html) == ["Storm hits the coast", "Elections in May"])
    }
}

/// Publication time, title and outlet from JSON-LD when the page's `<meta>` lacks them.
@Suite("HTML structured data")
struct HTMLStructuredDataTests {
    @Test func jsonLDArticleFields() throws {
        let html = """
        <html><head><title>Bridge collapses | Site</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebPage","name":"Page"},
          {"@type":["NewsArticle"],"headline":"Key Bridge collapses after ship strike",
           "datePublished":"2024-03-26T09:15:00-04:00","publisher":{"@type":"Organization","name":"Example Times"}}]}</script>
        <script type="application/ld+json">{ broken</script>
        </head><body><p>The bridge collapsed at 01:30 after a container ship struck one of its piers, officials said.</p></body></html>
        """
        let page = HTMLReader.read(Array(html.utf8))
        #expect(page.meta["ld:headline"] == "Key Bridge collapses after ship strike")
        #expect(page.meta["ld:datepublished"] == "2024-03-26T09:15:00-04:00")
        #expect(page.meta["ld:publisher"] == "Example Times")
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(html.utf8).write(to: folder.appendingPathComponent("page.html"))
        let document = try #require(try CorpusLoader.load(paths: [folder.path]).documents.first)
        #expect(document.metadata.title == "Key Bridge collapses after ship strike")
        #expect(document.metadata.outlet == "Example Times")
        #expect(document.metadata.published?.iso8601 == "2024-03-26T09:15:00-04:00")
    }
}

/// The article around an `itemprop="articleBody"` keeps its headline and lead caption.
@Suite("HTML articleBody in an article")
struct HTMLArticleBodyTests {
    @Test func articleHeaderStays() {
        let story = "<p>The bridge collapsed at 01:30 after a container ship struck one of its piers, officials said.</p>"
        let html = "<body><div><p>Most read: markets fall sharply on Tuesday in early trading hours today.</p></div>"
            + "<article><h1>Bridge collapses</h1><figure><figcaption>The ship and the bridge on Tuesday.</figcaption></figure>"
            + "<div itemprop=articleBody>\(story)\(story)</div></article></body>"
        let blocks = HTMLReaderTests.blocks(HTMLReader.read(Array(html.utf8)))
        #expect(blocks.first { $0.text == "Bridge collapses" }?.kind == .heading)
        #expect(blocks.first { $0.text.hasPrefix("The ship") }?.kind == .paragraph)
        #expect(blocks.first { $0.text.hasPrefix("Most read") }?.reason == "outside itemprop=articleBody")
    }
}

/// Without article, main or articleBody: the innermost element holding most of the prose
/// is the main text; widgets and tickers beside it are set aside, the headline stays.
@Suite("HTML prose container")
struct HTMLProseContainerTests {
    @Test func proseDecides() {
        let sentence = "<p>The bridge collapsed at 01:30 after a container ship struck one of its piers, officials said on Tuesday.</p>"
        let html = "<body><div class=top><h1>Bridge collapses in Baltimore</h1></div>"
            + "<div class=wrap><div class=text>\(String(repeating: sentence, count: 5))</div>"
            + "<div class=box><p>Weather: 12°C, light rain, wind 20 km/h from the north-west</p><p>Markets: Dow 39,282 (+0.4%)</p></div></div></body>"
        let blocks = HTMLReaderTests.blocks(HTMLReader.read(Array(html.utf8)))
        #expect(blocks.first { $0.text.hasPrefix("Bridge collapses") }?.kind == .heading)
        #expect(blocks.filter { $0.kind == .paragraph }.count == 5)
        #expect(blocks.filter { $0.reason == "outside the main text" }.map(\.text).first?.hasPrefix("Weather") == true)
    }

    /// A page whose prose is all in one wrapper gives no container: nothing is set aside by it.
    @Test func singleWrapperIsNoEvidence() {
        let sentence = "<p>The bridge collapsed at 01:30 after a container ship struck one of its piers, officials said on Tuesday.</p>"
        let html = "<body><div class=page>\(String(repeating: sentence, count: 3))<p>Short note</p></div></body>"
        let blocks = HTMLReaderTests.blocks(HTMLReader.read(Array(html.utf8)))
        #expect(blocks.allSatisfy { $0.kind == .paragraph })
    }
}
