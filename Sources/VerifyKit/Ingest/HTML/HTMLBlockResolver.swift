/// Decides the final kind and reason of every block once the whole page is known.
///
/// In order:
/// 1. A clutter or metadata element that may be a wrapper (class/id cue other than a
///    comment cue, `<form>`) and holds at least two paragraphs and more than half of all
///    paragraph text is a page wrapper (`has-sidebar`, ASP.NET's page-wide form): its
///    verdict is ignored.
/// 2. A block inside a clutter element is `.clutter` (the innermost element's reason);
///    else inside a metadata element, `.metadata` (a heading stays a heading unless the
///    metadata element is inside it); else its natural kind.
/// 3. A paragraph or list item made of two or more links and no letters or digits
///    outside them is clutter, "links only" (topic bars, inline breadcrumbs); one whose
///    letters are mostly inside links is clutter, "mostly links" (teaser cards, tickers),
///    except a list item that is a single link (step 5 judges those).
/// 4. The main container, by evidence, first found of: the `itemprop="articleBody"`
///    element holding the most paragraph text, if that is at least a third of the page's
///    (with the rest of the `<article>` around it: headline, byline, lead caption);
///    the single `<article>` holding the most, if that is at least as much as the rest of
///    the page (so teaser `<article>` cards around a story, or a page of them, do not
///    win); the `<main>` text, likewise; else the innermost element holding 80% of the
///    page's prose (long paragraphs ending like sentences, not link text), unless it
///    holds everything. Everything outside it is clutter, "outside ..." (headings stay
///    when the container is only the prose).
/// 5. A list whose items are each one link, with no paragraph after it, is clutter,
///    "link list" (related stories, "read more" lists at the end of an article).
enum HTMLBlockResolver {
    /// Paragraphs an element must hold before it can be taken for a page wrapper.
    static let wrapperMinimumParagraphs = 2

    /// Letters outside links that keep a link-heavy block as text (a sentence around its links).
    static let minimumPlainLetters = 40

    /// Rewrites the kinds and reasons of `blocks` from `infos` (parallel arrays) and the
    /// finished link-only lists `linkLists` (block indices).
    static func resolve(_ blocks: inout [TextBlock], infos: [HTMLBlockInfo], linkLists: [[Int]]) {
        guard blocks.count == infos.count else { return }
        let wrappers = wrapperSerials(infos)

        for index in blocks.indices {
            let info = infos[index]
            if let source = info.clutter.first(where: { !wrappers.contains($0.serial) }) {
                blocks[index].kind = .clutter
                blocks[index].reason = source.verdict.reason
            } else if let metadata = info.metadata, !wrappers.contains(metadata.serial),
                      info.naturalKind != .heading || info.metadataInsideHeading {
                blocks[index].kind = .metadata
                blocks[index].reason = metadata.reason
            } else {
                blocks[index].kind = info.naturalKind
                blocks[index].reason = nil
            }
            if blocks[index].kind == .paragraph || blocks[index].kind == .listItem {
                if info.linkSerials.count >= 2, info.plainLetters == 0 {
                    blocks[index].kind = .clutter
                    blocks[index].reason = "links only"
                } else if info.linkLetters > 2 * info.plainLetters, info.plainLetters < minimumPlainLetters,
                          !(info.naturalKind == .listItem && info.linkSerials.count == 1 && info.plainLetters == 0) {
                    // (A list item that is one link is the link-list rule's to judge, step 5.)
                    blocks[index].kind = .clutter
                    blocks[index].reason = "mostly links"
                }
            }
        }

        // A page made only of links keeps its text: the link-density verdicts give way.
        if !blocks.contains(where: \.isBody) {
            for index in blocks.indices where blocks[index].reason == "mostly links" {
                blocks[index].kind = infos[index].naturalKind
                blocks[index].reason = nil
            }
        }

        applyContainer(&blocks, infos: infos)

        for list in linkLists {
            guard let last = list.max(), list.allSatisfy({ blocks[$0].kind == .listItem || blocks[$0].kind == .clutter }),
                  list.contains(where: { blocks[$0].kind == .listItem }) else { continue }
            let paragraphAfter = blocks[(last + 1)...].contains { $0.kind == .paragraph }
            guard !paragraphAfter else { continue }
            for index in list where blocks[index].kind == .listItem {
                blocks[index].kind = .clutter
                blocks[index].reason = "link list"
            }
        }
    }

    /// Serials of clutter/metadata elements that wrap most of the page's paragraphs.
    static func wrapperSerials(_ infos: [HTMLBlockInfo]) -> Set<Int> {
        let paragraphs = infos.filter { $0.naturalKind == .paragraph }
        let total = paragraphs.reduce(0) { $0 + $1.length }
        var covered: [Int: (count: Int, length: Int)] = [:]
        for info in paragraphs {
            var serials = info.clutter.filter { $0.verdict.mayBeWrapper }.map(\.serial)
            if let metadata = info.metadata { serials.append(metadata.serial) }
            for serial in serials {
                let sum = covered[serial] ?? (0, 0)
                covered[serial] = (sum.count + 1, sum.length + info.length)
            }
        }
        return Set(covered.filter { $0.value.count >= wrapperMinimumParagraphs && $0.value.length * 2 > total }.keys)
    }

    /// Share of the page's prose the smallest enclosing element must hold to be the main text.
    static let proseShare = 0.8

    /// Shortest paragraph that counts as prose.
    static let minimumProseLength = 80

    /// Without structural cues: the innermost element holding at least ``proseShare`` of
    /// the page's prose (paragraphs of sentence shape: long enough, ending like a sentence,
    /// more letters outside links than in them), if there is more than one element level.
    static func proseContainer(_ blocks: [TextBlock], infos: [HTMLBlockInfo]) -> Int? {
        var prose = 0
        var held: [Int: Int] = [:]
        var depth: [Int: Int] = [:]
        for (index, info) in infos.enumerated() where blocks[index].kind == .paragraph && isProse(info, length: blocks[index].range.count) {
            let length = blocks[index].range.count
            prose += length
            for (level, serial) in info.ancestors.enumerated() {
                held[serial, default: 0] += length
                depth[serial] = level
            }
        }
        guard prose > 0 else { return nil }
        let candidates = held.filter { Double($0.value) >= proseShare * Double(prose) }
        guard let best = candidates.max(by: { (depth[$0.key] ?? 0, -$0.key) < (depth[$1.key] ?? 0, -$1.key) }) else { return nil }
        // The page-wide wrappers (html, body and a lone layout div) hold everything: no evidence.
        let everything = infos.indices.filter { blocks[$0].isBody }.allSatisfy { infos[$0].ancestors.contains(best.key) }
        return everything ? nil : best.key
    }

    /// Whether a paragraph reads as prose.
    private static func isProse(_ info: HTMLBlockInfo, length: Int) -> Bool {
        guard length >= minimumProseLength, info.plainLetters > info.linkLetters, let ending = info.lastCharacter else { return false }
        return ".!?…。！？\"”»)".contains(ending)
    }

    /// Step 4: text outside the page's main container is clutter.
    static func applyContainer(_ blocks: inout [TextBlock], infos: [HTMLBlockInfo]) {
        var total = 0
        var bodies: [Int: Int] = [:], articles: [Int: Int] = [:]
        var inMain = 0
        for (block, info) in zip(blocks, infos) where block.kind == .paragraph {
            let length = block.range.count
            total += length
            if let serial = info.articleBodySerial { bodies[serial, default: 0] += length }
            if let serial = info.articleSerial { articles[serial, default: 0] += length }
            if info.inMain { inMain += length }
        }
        guard total > 0 else { return }
        func best(_ sums: [Int: Int]) -> (serial: Int, length: Int)? {
            sums.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }.map { ($0.key, $0.value) }
        }
        let containers: [(name: String, isInside: (HTMLBlockInfo) -> Bool)?] = [
            best(bodies).flatMap { body in
                // The <article> around the body keeps its headline, byline and lead caption.
                let article = infos.first { $0.articleBodySerial == body.serial }?.articleSerial
                return body.length * 3 >= total
                    ? ("itemprop=articleBody", { $0.articleBodySerial == body.serial || (article != nil && $0.articleSerial == article) })
                    : nil
            },
            best(articles).flatMap { article in
                article.length * 2 >= total ? ("<article>", { $0.articleSerial == article.serial }) : nil
            },
            inMain * 2 >= total ? ("<main>", { $0.inMain }) : nil,
            proseContainer(blocks, infos: infos).map { serial in ("the main text", { $0.ancestors.contains(serial) }) },
        ]
        guard let container = containers.compactMap({ $0 }).first else { return }
        let keepsHeadings = container.name == "the main text"  // headlines often sit apart from the text
        for index in blocks.indices where blocks[index].kind != .clutter && !container.isInside(infos[index])
            && !(keepsHeadings && blocks[index].kind == .heading) {
            blocks[index].kind = .clutter
            blocks[index].reason = "outside \(container.name)"
        }
    }
}
