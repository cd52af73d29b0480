/// The day a narrative has reached, sentence by sentence within a paragraph: what "the next
/// day", "later that day" and "two days later" count from when their own sentence writes no
/// day before them ("The dam failed on 3 May. Two days later the army arrived." is 5 May).
///
/// Only a day written in full counts (a date with its day, its year known or completed),
/// resolved relative days included, so a narrative goes on from one to the next; a new
/// paragraph starts with none, and with none the phrase stays unresolved, as before: a
/// background paragraph ("six fell into the river and were presumed dead the following
/// day") of an April follow-up is no day after the follow-up's.
struct NarrativeDays {
    private var block = -1
    private var last: (year: Int, month: Int, day: Int)?

    /// The day reached before `sentence`: the last noted in its paragraph, or nil.
    mutating func day(before sentence: Sentence) -> (year: Int, month: Int, day: Int)? {
        if sentence.block != block {
            block = sentence.block
            last = nil
        }
        return last
    }

    /// Notes the last full day among the mentions of the sentence that ``day(before:)`` was
    /// last asked about (sentence-relative ranges).
    mutating func note(_ mentions: [Mention]) {
        let days = mentions.filter { $0.type == .date && $0.date?.isFullDay == true && $0.date?.isAnchor == true }
        guard let latest = days.max(by: { $0.range.lowerBound < $1.range.lowerBound }), let date = latest.date,
              let year = date.year, let month = date.month, let day = date.day else { return }
        last = (year, month, day)
    }
}
