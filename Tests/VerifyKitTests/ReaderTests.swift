import Testing
@testable import VerifyKit

@Suite struct ReaderTests {
    private func texts(_ extracted: ExtractedText) -> [String] {
        let utf8 = Array(extracted.text.utf8)
        return extracted.blocks.map { String(decoding: utf8[$0.range], as: UTF8.self) }
    }

    @Test func plainTextKeepsLinesAndJoinsWrappedParagraphs() {
        let source = "Headline here\r\n\r\n    First paragraph that is long enough to be wrapped by the writer and\r\n"
            + "continues here.\r\nNext paragraph.\r\n- a list item\r\n"
        let extracted = PlainTextReader.read(Array(source.utf8))
        #expect(texts(extracted) == [
            "Headline here",
            "First paragraph that is long enough to be wrapped by the writer and continues here.",
            "Next paragraph.",
            "a list item",
        ])
        #expect(extracted.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .listItem])
        // "continues" maps to line 4, column 1 of the original.
        let text = Array(extracted.text.utf8)
        let offset = text.indices.first { text[$0...].starts(with: "continues".utf8) }!
        let lines = LineIndex(utf8: Array(source.utf8))
        #expect(lines.position(of: extracted.map.sourceOffset(ofStart: offset)) == (4, 1))
    }

    @Test func markdownFrontMatterHeadingsAndInlineMarkup() throws {
        let source = """
            ---
            title: "A title"
            outlet: The Outlet
            published: 2025-11-14T17:30:00+02:00
            tags: [a, b]
            ---

            # The *headline*

            **Rabat** - At least [2,012 people](https://example.com/x) were
            killed, said `the ministry`.

            ---

            *Read more:* [Other story](https://example.com)
            """
        let bytes = Array(source.utf8)
        let front = try #require(try FrontMatter.read(bytes))
        #expect(front.fields["title"] == "A title")
        #expect(front.fields["outlet"] == "The Outlet")
        #expect(front.fields["tags"] == "a, b")
        let extracted = MarkdownReader.read(bytes, from: front.bodyStart)
        #expect(texts(extracted) == [
            "The headline",
            "Rabat - At least 2,012 people were killed, said the ministry.",
            "Read more: Other story",
        ])
        #expect(extracted.blocks.first?.kind == .heading)
    }

    @Test func brokenFrontMatterIsReportedNotFatal() throws {
        #expect(throws: FrontMatter.Failure.self) { try FrontMatter.read(Array("---\ntitle: x\nno end\n".utf8)) }
        #expect(throws: FrontMatter.Failure.self) { try FrontMatter.read(Array("---\n: [unclosed\n---\nbody\n".utf8)) }
        #expect(try FrontMatter.read(Array("no front matter\n".utf8)) == nil)
    }
}
