/// Maps UTF-8 offsets of the text the pipeline sees back to UTF-8 offsets of the decoded
/// original file, through whatever was dropped or rewritten on the way (front matter,
/// HTML tags, entities, collapsed white space, Markdown markup).
///
/// The map is a sorted list of segments. A verbatim segment copies source bytes one for
/// one; a rewritten segment (an entity, a run of white space folded to one space) maps
/// every offset inside it to the start of its source span and its end to the source end.
public struct SourceMap: Sendable, Hashable {
    /// One stretch of pipeline text and the source span it came from.
    struct Segment: Sendable, Hashable {
        var textStart: Int
        var textLength: Int
        var sourceStart: Int
        var sourceLength: Int
        var isVerbatim: Bool { textLength == sourceLength }
    }

    private(set) var segments: [Segment] = []

    mutating func append(_ segment: Segment) {
        guard segment.textLength > 0 || segment.sourceLength > 0 else { return }
        if let last = segments.last, last.isVerbatim, segment.isVerbatim,
           last.textStart + last.textLength == segment.textStart,
           last.sourceStart + last.sourceLength == segment.sourceStart {
            segments[segments.count - 1].textLength += segment.textLength
            segments[segments.count - 1].sourceLength += segment.sourceLength
        } else {
            segments.append(segment)
        }
    }

    /// The source offset of the character that starts at text offset `offset`.
    /// - Complexity: O(log n) in the number of segments.
    func sourceOffset(ofStart offset: Int) -> Int {
        guard let index = segmentIndex(containing: offset) else { return 0 }
        let segment = segments[index]
        let delta = offset - segment.textStart
        if delta >= segment.textLength { return segment.sourceStart + segment.sourceLength }
        return segment.isVerbatim ? segment.sourceStart + delta : segment.sourceStart
    }

    /// The source offset just past the character that ends at text offset `offset`
    /// (an exclusive end), so a range's end maps to the end of what it covers.
    func sourceOffset(ofEnd offset: Int) -> Int {
        guard offset > 0 else { return sourceOffset(ofStart: 0) }
        guard let index = segmentIndex(containing: offset - 1) else { return 0 }
        let segment = segments[index]
        let delta = offset - segment.textStart
        if segment.isVerbatim { return segment.sourceStart + min(delta, segment.textLength) }
        return segment.sourceStart + segment.sourceLength
    }

    private func segmentIndex(containing offset: Int) -> Int? {
        guard !segments.isEmpty else { return nil }
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].textStart <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
