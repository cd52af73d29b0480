import Testing
@testable import VerifyKit

/// Tokenizer cases: tags and attributes, references, comments, raw text, tolerance.
@Suite("HTML tokenizer")
struct HTMLTokenizerTests {
    /// Tokens of `html`, rendered compactly for comparisons.
    static func describe(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        return HTMLTokenizer.tokenize(bytes).map { token in
            let source = String(decoding: bytes[token.range], as: UTF8.self)
            switch token.kind {
            case .startTag(let name, let attributes, let selfClosing):
                let rendered = attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
                return "<\(name)\(rendered.isEmpty ? "" : " " + rendered)\(selfClosing ? "/" : "")>"
            case .endTag(let name): return "</\(name)>"
            case .text: return "T(\(source))"
            case .characterReference(let text): return "R(\(source)=\(text))"
            case .rawText: return "RAW(\(source))"
            case .comment(let content): return "C(\(String(decoding: bytes[content], as: UTF8.self)))"
            case .doctype: return "DOCTYPE"
            case .cdata(let content): return "CDATA(\(String(decoding: bytes[content], as: UTF8.self)))"
            }
        }
    }

    /// Quoted, unquoted and bare attributes, case folding, self-closing, duplicates.
    @Test func attributes() {
        #expect(Self.describe(#"<A HREF="x.html" title='it&apos;s' data-n=5 hidden CLASS = "a b">"#)
            == ["<a href=x.html,title=it's,data-n=5,hidden=,class=a b>"])
        #expect(Self.describe("<br/><img src=a.png />") == ["<br/>", "<img src=a.png/>"])
        #expect(Self.describe(#"<p id="1" id="2">"#).count == 1)
        #expect(HTMLTokenizer.tokenize(Array(#"<p id="1" id="2">"#.utf8))[0].attributes.value(of: "id") == "1")
        #expect(Self.describe("<a href=?a=1&copy=2 title=&copy;x>") == ["<a href=?a=1&copy=2,title=©x>"])
    }

    /// Named, numeric and unknown references; legacy names without `;`.
    @Test func references() {
        #expect(Self.describe("a&amp;b") == ["T(a)", "R(&amp;=&)", "T(b)"])
        #expect(Self.describe("&mdash;&#8212;&#x2014;&#X2014") == ["R(&mdash;=—)", "R(&#8212;=—)", "R(&#x2014;=—)", "R(&#X2014=—)"])
        #expect(Self.describe("&nbsp;&laquo;&raquo;&hellip;&euro;&pound;&deg;&times;") ==
            ["R(&nbsp;=\u{A0})", "R(&laquo;=«)", "R(&raquo;=»)", "R(&hellip;=…)", "R(&euro;=€)", "R(&pound;=£)", "R(&deg;=°)", "R(&times;=×)"])
        #expect(Self.describe("&bogus; & &; &#; &#x;") == ["T(&bogus; & &; &#; &#x;)"])
        #expect(Self.describe("&copy 2024") == ["R(&copy=©)", "T( 2024)"])
        #expect(Self.describe("&#0;&#xD800;&#99999999;&#150;") == ["R(&#0;=\u{FFFD})", "R(&#xD800;=\u{FFFD})", "R(&#99999999;=\u{FFFD})", "R(&#150;=–)"])
        #expect(HTMLEntities.decode("R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos;") == "R&D <b> \"x\" 'y'")
    }

    /// Comments, doctype, CDATA, processing instructions and other bogus comments.
    @Test func commentsAndDeclarations() {
        #expect(Self.describe("<!DOCTYPE html><!-- c <p> --><p>") == ["DOCTYPE", "C( c <p> )", "<p>"])
        #expect(Self.describe("<!--><!---->x") == ["C()", "C()", "T(x)"])
        #expect(Self.describe("<?xml version=\"1.0\"?><![CDATA[a<b]]>") == ["C(?xml version=\"1.0\"?)", "CDATA(a<b)"])
        #expect(Self.describe("<!-- never closed") == ["C( never closed)"])
        #expect(Self.describe("</ 1>x</>") == ["C( 1)", "T(x)", "C()"])
    }

    /// Script and style content is raw text, even when it holds tags or `</p>`.
    @Test func rawText() {
        #expect(Self.describe(#"<script>var s = "</p><b>"; a<b;</script><p>"#)
            == ["<script>", #"RAW(var s = "</p><b>"; a<b;)"#, "</script>", "<p>"])
        #expect(Self.describe("<STYLE>p{}</style >x") == ["<style>", "RAW(p{})", "</style>", "T(x)"])
        #expect(Self.describe("<script>never closed <p>") == ["<script>", "RAW(never closed <p>)"])
        #expect(Self.describe("<script/>x") == ["<script/>", "T(x)"])
        #expect(Self.describe("<title>A &amp; <b>B</b></title>") == ["<title>", "T(A )", "R(&amp;=&)", "T( <b>B</b>)", "</title>"])
        #expect(Self.describe("<svg><title>t</title><style>a<i>b</style></svg><style>c</style>")
            == ["<svg>", "<title>", "T(t)", "</title>", "<style>", "T(a)", "<i>", "T(b)", "</style>", "</svg>",
                "<style>", "RAW(c)", "</style>"])
    }

    /// Stray `<`, unclosed and truncated tags.
    @Test func tolerance() {
        #expect(Self.describe("a < b <3 <<p>") == ["T(a < b <3 <)", "<p>"])
        #expect(Self.describe("x <p class=\"unterminated") == ["T(x )", "C(<p class=\"unterminated)"])
        #expect(Self.describe("<") == ["T(<)"])
        #expect(Self.describe("</") == ["T(</)"])
        #expect(Self.describe("<a") == ["C(<a)"])
    }

    /// CRLF line ends stay in text tokens; ranges cover the input in order without gaps.
    @Test func crlfAndCoverage() {
        let html = "<p>\r\nline one\r\nline two</p>\r\n"
        #expect(Self.describe(html) == ["<p>", "T(\r\nline one\r\nline two)", "</p>", "T(\r\n)"])
        let bytes = Array("<!DOCTYPE html><p a=1>x &amp; y<!--c--><script>s</script></p>".utf8)
        var expected = 0
        for token in HTMLTokenizer.tokenize(bytes) {
            #expect(token.range.lowerBound == expected)
            expected = token.range.upperBound
        }
        #expect(expected == bytes.count)
    }
}
