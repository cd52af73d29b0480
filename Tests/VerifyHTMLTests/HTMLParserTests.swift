import Testing
@testable import VerifyHTML

/// The parser layer behaves as the WHATWG HTML standard says (tree construction,
/// tokenizer states, character references) and keeps source positions.
@Suite("HTML parser")
struct HTMLParserTests {
    private func render(_ html: String) -> String { TreeRendering.render(html) }

    /// The adoption agency algorithm: misnested formatting elements are split, not dropped.
    @Test func adoptionAgency() {
        #expect(render("<b>1<p>2</b>3</p>") == "<b>1</b><p><b>2</b>3</p>")
        #expect(render("<a href=x>1<div>2</a>3</div>") == "<a href=x>1</a><div><a href=x>2</a>3</div>")
        #expect(render("<p>1<b>2<i>3</b>4</i>5</p>") == "<p>1<b>2<i>3</i></b><i>4</i>5</p>")
        let tree = HTMLParser.parse(Array("<b>1<p>2</b>3</p>".utf8))
        let bold = tree.nodes.filter { $0.isHTML("b") }
        #expect(bold.count == 2)
        #expect(bold.contains { !$0.flags.isDisjoint(with: [.adoptionCloned, .reconstructed, .adoptionMoved]) })
    }

    /// Foster parenting: text and elements misplaced in a table go before the table.
    @Test func fosterParenting() {
        #expect(render("<table><tr><td>a</td></tr>X</table>") == "X<table><tbody><tr><td>a</td></tr></tbody></table>")
        #expect(render("<table><b>bold</b><tr><td>c</td></tr></table>")
            == "<b>bold</b><table><tbody><tr><td>c</td></tr></tbody></table>")
        // The moved node keeps its own source position, after the table's start tag.
        let tree = HTMLParser.parse(Array("<table><div>moved</div><tr><td>c</td></tr></table>".utf8))
        let div = tree.nodes.firstIndex { $0.isHTML("div") }, table = tree.nodes.firstIndex { $0.isHTML("table") }
        #expect(div != nil && table != nil && div! < table!)
        #expect(tree.nodes[div!].sourceRange == 7..<12)
        #expect(tree.nodes[table!].sourceRange == 0..<7)
    }

    /// Implied elements and implied end tags (p, li, dd/dt, table sections, head/body).
    @Test func impliedElements() {
        #expect(render("<p>one<p>two<ul><li>a<li>b</ul>") == "<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul>")
        #expect(render("<dl><dt>t<dd>d<dt>u</dl>") == "<dl><dt>t</dt><dd>d</dd><dt>u</dt></dl>")
        #expect(TreeRendering.render("<title>T</title>text", body: false)
            == "<html><head><title>T</title></head><body>text</body></html>")
        let tree = HTMLParser.parse(Array("text".utf8))
        #expect(tree.nodes.first { $0.isHTML("body") }?.flags.contains(.implied) == true)
    }

    /// Named references from the whole table of the standard (not only the common ones),
    /// two-code-point references, legacy names without `;`, numeric references with the
    /// Windows-1252 fix-ups and replacement of invalid code points.
    @Test func characterReferences() {
        #expect(render("&amp;&lt;&gt;&quot;&apos;&nbsp;&mdash;&hellip;&euro;") == "&<>\"'\u{A0}—…€")
        #expect(render("&Afr;&zwnj;&NotEqualTilde;&bne;&DoubleLongLeftRightArrow;&CounterClockwiseContourIntegral;")
            == "\u{1D504}\u{200C}\u{2242}\u{338}=\u{20E5}⟺∳")
        #expect(render("&copy 2024 &notit; &notin; &ampx") == "© 2024 ¬it; ∉ &x")
        #expect(render("&#8212;&#x2014;&#X2014&#128;&#x9F;&#0;&#xD800;&#99999999;") == "——\u{2014}€Ÿ\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(render("&bogus; & &; &#; &#x;") == "&bogus; & &; &#; &#x;")
    }

    /// Attributes: names folded, the first of duplicates kept, values decoded; in an
    /// attribute a legacy reference followed by `=` or a letter is not decoded.
    @Test func attributes() {
        #expect(render(#"<A HREF="x.html" title='it&apos;s' data-n=5 hidden CLASS = "a b"></a>"#)
            == "<a href=x.html title=it's data-n=5 hidden= class=a b></a>")
        #expect(render(#"<p id="1" id="2"></p>"#) == "<p id=1></p>")
        #expect(render("<a href=?a=1&copy=2&amp;b title=&copy;x></a>") == "<a href=?a=1&copy=2&b title=©x></a>")
    }

    /// `<noscript>` with scripting enabled, as in a browser that runs scripts: its content
    /// is raw text, in the body and in the head. (Gumbo alone parses with scripting
    /// disabled, and text in a head `<noscript>` then leaks into the body; the parser
    /// layer closes that gap, see ``HTMLParser``.)
    @Test func noscript() {
        #expect(render("<body><noscript><p>x</p></noscript>") == "<noscript><p>x</p></noscript>")
        let tree = HTMLParser.parse(Array("<body><NoScript ><p>x</p></noscript>".utf8))
        let noscript = tree.nodes.firstIndex { $0.isHTML("noscript") }
        #expect(noscript.map { tree.children(of: $0).map { tree.nodes[$0].kind } } == [.text])
        #expect(noscript.map { tree.textContent(of: $0) } == "<p>x</p>")
        let head = "<html><head><noscript>Please enable JavaScript</noscript></head><body><p>Text</p>"
        #expect(render(head) == "<p>Text</p>")
        #expect(TreeRendering.render(head, body: false).contains("<head><noscript>Please enable JavaScript</noscript></head>"))
    }

    /// `<template>` contents are parsed as a fragment, kept apart from the document.
    @Test func template() {
        let tree = HTMLParser.parse(Array("<template><tr><td>cell</td></tr></template><p>after</p>".utf8))
        let template = tree.nodes.firstIndex { $0.kind == .template }
        #expect(template != nil)
        #expect(template.map { TreeRendering.render(tree, $0) } == "<template><tr><td>cell</td></tr></template>")
        #expect(tree.nodes.filter { $0.isHTML("table") }.isEmpty)
    }

    /// CDATA sections exist only in foreign content; in HTML they are bogus comments.
    @Test func cdata() {
        #expect(render("<svg><![CDATA[a<b]]></svg>") == "<svg:svg><![CDATA[a<b]]></svg:svg>")
        #expect(render("<div><![CDATA[x]]></div>") == "<div><!--[CDATA[x]]--></div>")
        #expect(render("<math><mi>x</mi></math>") == "<math:math><math:mi>x</math:mi></math:math>")
    }

    /// Raw text and RCDATA: script and style content is not markup; title decodes references only.
    @Test func rawText() {
        #expect(render(#"<body><script>var s = "</p><b>"; a<b;</script><p>x</p>"#) == #"<script>var s = "</p><b>"; a<b;</script><p>x</p>"#)
        #expect(render("<textarea>A &amp; <b>B</b></textarea>") == "<textarea>A & <b>B</b></textarea>")
        #expect(render("<svg><title>t</title><style>a<g>b</g></style></svg>")
            == "<svg:svg><svg:title>t</svg:title><svg:style>a<svg:g>b</svg:g></svg:style></svg:svg>")
        // An HTML element such as <i> breaks out of foreign content.
        #expect(render("<svg><style>a<i>b</i></style></svg>") == "<svg:svg><svg:style>a</svg:style></svg:svg><i>b</i>")
    }

    /// Comments, doctype, processing instructions, stray `<` and truncated tags.
    @Test func tolerance() {
        #expect(render("<body><!-- c <p> --><p>x</p>") == "<!-- c <p> --><p>x</p>")
        #expect(TreeRendering.render("<?xml version=\"1.0\"?>x", body: false) == "<!--?xml version=\"1.0\"?--><html><head></head><body>x</body></html>")
        #expect(render("a < b <3 <<p>c</p>") == "a < b <3 <<p>c</p>")
        #expect(render("x <p class=\"unterminated") == "x ")
        #expect(render("<body></ 1>x") == "<!-- 1-->x")
    }

    /// Every element knows its start and end tag bytes; text nodes know theirs.
    @Test func sourcePositions() {
        let html = "<!DOCTYPE html>\n<p class=a>x &amp; y</p><div>z"
        let bytes = Array(html.utf8)
        let tree = HTMLParser.parse(bytes)
        func source(_ range: Range<Int>?) -> String? { range.map { String(decoding: bytes[$0], as: UTF8.self) } }
        let paragraph = tree.nodes.first { $0.isHTML("p") }
        #expect(source(paragraph?.sourceRange) == "<p class=a>")
        #expect(source(paragraph?.endTagRange) == "</p>")
        let texts = tree.nodes.filter { $0.kind == .text }
        #expect(texts.map(\.text) == ["x & y", "z"])
        #expect(texts.map { source($0.sourceRange) } == ["x &amp; y", "z"])
        let div = tree.nodes.first { $0.isHTML("div") }
        #expect(div?.endTagRange == nil)
        #expect(tree.nodes.first { $0.isHTML("body") }?.sourceRange == nil)
    }

    /// Reference candidates are resolved as the parser reads them in text.
    @Test func referenceResolution() {
        let resolved = HTMLCharacterReference.resolve(["&amp;", "&notit;", "&copy", "&bogus;", "&#59;", "&NotEqualTilde;", "&ampamp"])
        #expect(resolved["&amp;"] == HTMLCharacterReference(length: 5, decoded: "&"))
        #expect(resolved["&notit;"] == HTMLCharacterReference(length: 4, decoded: "¬"))
        #expect(resolved["&copy"] == HTMLCharacterReference(length: 5, decoded: "©"))
        #expect(resolved["&bogus;"] == nil)
        #expect(resolved["&#59;"] == HTMLCharacterReference(length: 5, decoded: ";"))
        #expect(resolved["&NotEqualTilde;"] == HTMLCharacterReference(length: 15, decoded: "\u{2242}\u{338}"))
        #expect(resolved["&ampamp"] == HTMLCharacterReference(length: 4, decoded: "&"))
        #expect(HTMLCharacterReference.decodeAll(in: "R&amp;D &lt;b&gt; <i> &quot;x&quot;") == "R&D <b> <i> \"x\"")
    }

    /// Hostile input: very deep nesting and empty input give a tree, not a crash.
    @Test func hostileInput() {
        let deep = String(repeating: "<div>", count: 100_000) + "x"
        let tree = HTMLParser.parse(Array(deep.utf8))
        #expect(tree.nodes.contains { $0.kind == .text && $0.text == "x" })
        #expect(HTMLParser.parse([]).nodes.count >= 1)
        #expect(HTMLParser.parse([0xFF, 0xFE, 0x3C]).nodes.count >= 1)
    }
}

/// The depth guard leaves ordinary pages byte for byte as they are and flattens only what
/// nests deeper than browsers would build.
@Suite("HTML depth guard")
struct HTMLDepthGuardTests {
    @Test func ordinaryPagesUntouched() {
        let page = "<!DOCTYPE html><html><head><script>if (a<b) { x = '<div>'; }</script></head><body>"
            + String(repeating: "<div class=row><p>text<p>more<ul><li>a<li>b</ul><br><img src=x></div>", count: 2000)
            + "<!-- <div><div> --><textarea><div><div></textarea></body></html>"
        let bytes = Array(page.utf8)
        #expect(HTMLDepthGuard.bounded(bytes) == bytes)
    }

    @Test func deepNestingIsCut() {
        let bytes = Array((String(repeating: "<div>", count: 3000) + "x").utf8)
        let bounded = HTMLDepthGuard.bounded(bytes)
        #expect(bounded.count == bytes.count)
        #expect(String(decoding: bounded, as: UTF8.self).components(separatedBy: "<div>").count - 1 == HTMLDepthGuard.maximumDepth)
        let tree = HTMLParser.parse(bytes)
        #expect(tree.nodes.filter { $0.isHTML("div") }.count == HTMLDepthGuard.maximumDepth)
    }
}
