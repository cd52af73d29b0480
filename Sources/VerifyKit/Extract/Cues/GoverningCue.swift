/// Whether a cue governs a mention of its sentence: it stands right before or after it, at
/// most `reach` tokens apart, with only words between (a comma or any other mark opens
/// another clause). Shared by the finders that mark the dates a cue governs: the day of
/// the event (``EventDays``), the day of a declaration (``DeclarationDays``).
enum GoverningCue {
    /// Whether the cue over tokens `cue` governs the mention over tokens `mention`.
    static func governs(_ cue: (first: Int, last: Int), _ mention: (first: Int, last: Int), tokens: [Token], reach: Int) -> Bool {
        func onlyWords(_ range: Range<Int>) -> Bool { range.count <= reach && tokens[range].allSatisfy { $0.kind == .word } }
        if cue.last < mention.first { return onlyWords((cue.last + 1)..<mention.first) }
        if cue.first > mention.last { return onlyWords((mention.last + 1)..<cue.first) }
        return false
    }
}

extension SentenceText {
    /// The first and last token inside the byte range `range` (sentence offsets), or nil
    /// when no token lies wholly inside it.
    func tokenSpan(of range: Range<Int>) -> (first: Int, last: Int)? {
        guard let first = tokens.firstIndex(where: { $0.range.lowerBound >= range.lowerBound }),
              let last = tokens.lastIndex(where: { $0.range.upperBound <= range.upperBound }), first <= last else { return nil }
        return (first, last)
    }
}
