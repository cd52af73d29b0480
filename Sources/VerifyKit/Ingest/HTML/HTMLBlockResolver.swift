/// Decides the final kind and reason of every block once the whole page is known.
///
/// In order:
/// 1. A clutter or metadata element that may be a wrapper (class/id cue, `<form>`) and
///    holds at least two paragraphs and more than half of all paragraph text is a page
///    wrapper (`has-sidebar`, ASP.NET's page-wide form): its verdict is ignored.
/// 2. A block inside a clutter element is `.clutter` (the innermost element's reason);
///    else inside a metadata element, `.metadata` (a heading stays a heading unless the
///    metadata element is inside it); else its natural kind.
/// 3. A paragraph or list item made of two or more links and no letters or digits
///    outside them is clutter, "links only" (topic bars, inline breadcrumbs).
/// 4. If `<article>` elements hold at least as much paragraph text as the rest of the
///    page, everything outside them is clutter, "outside <article>"; otherwise the same
///    with `<main>`. Teaser `<article>`s in a page whose text is elsewhere do not count.
/// 5. A list whose items are each one link, with no paragraph after it, is clutter,
///    "link list" (related stories, "read more" lists at the end of an article).
enum HTMLBlockResolver {
    /// Paragraphs an element must hold before it can be taken for a page wrapper.
    static let wrapperMinimumParagraphs = 2

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
            if blocks[index].kind == .paragraph || blocks[index].kind == .listItem,
               info.linkSerials.count >= 2, info.plainLetters == 0 {
                blocks[index].kind = .clutter
                blocks[index].reason = "links only"
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

    /// Step 4: text outside the page's `<article>` (or `<main>`) is clutter.
    static func applyContainer(_ blocks: inout [TextBlock], infos: [HTMLBlockInfo]) {
        let containers: [(name: String, isInside: (HTMLBlockInfo) -> Bool)] = [
            ("article", { $0.inArticle }), ("main", { $0.inMain }),
        ]
        for container in containers {
            var inside = 0
            var outside = 0
            for (block, info) in zip(blocks, infos) where block.kind == .paragraph {
                if container.isInside(info) { inside += block.range.count } else { outside += block.range.count }
            }
            guard inside > 0, inside >= outside else { continue }
            for index in blocks.indices where blocks[index].kind != .clutter && !container.isInside(infos[index]) {
                blocks[index].kind = .clutter
                blocks[index].reason = "outside <\(container.name)>"
            }
            return
        }
    }
}
