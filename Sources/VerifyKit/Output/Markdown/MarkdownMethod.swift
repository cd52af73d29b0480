/// `## How this was computed`: tool version, reference date, and the rules in one paragraph.
struct MarkdownMethod {
    /// The `--reference-date` of the run, if any.
    var referenceDate: String?

    /// The section.
    func render() -> String {
        let tool = ToolInfo()
        let reference = referenceDate.map { "Reference date: \(MarkdownEscaping.text($0)) (publication date for sources that carry none)." }
            ?? "No reference date: only the sources' own dates were used."
        return """
            ## How this was computed

            \(tool.name) \(tool.version). \(reference)

            Each source is decoded, its article text kept apart from page clutter, and split into sentences. \
            Facts are extracted by rules kept as data files (dates, times, quantities with units, casualty counts, \
            weapons, places, people, organisations, event cues and hedges, in `Sources/VerifyKit/Resources/*.yaml`, \
            which a user can extend). Claims are grouped into events by the date they refer to (relative dates such as \
            “last night” resolved against the publication time), and each slot of an event is compared across sources \
            after normalisation (Unicode folding, transliteration across scripts, gazetteer ids for names, units and \
            time zones converted). A conflict is two incompatible values for the same fact; an update, a count that \
            changes between reports published at different times; an omission, a fact some sources of the story state \
            and others leave out; a variant, the same value written differently. Agreement is the mean share of \
            sources agreeing with the most common value, over the facts two or more sources state.

            """
    }
}
