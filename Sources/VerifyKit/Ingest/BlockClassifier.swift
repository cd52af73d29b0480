import Foundation

/// Decides which blocks are article text and which are page furniture or metadata, with
/// the rule that decided, from the cues in `boilerplate.yaml` and the dateline reader.
struct BlockClassifier: Sendable {
    struct Rules: Decodable, Sendable {
        var clutterCues: [String]
        var creditCues: [String]
        var separators: [String]
        var tagCloud: TagCloud
        var examples: Examples
        struct TagCloud: Decodable, Sendable {
            var minimumWords: Int
            var capitalisedShare: Double
            var minimumNumericTokens: Int
            var manyWords: Int
        }
        struct Examples: Decodable, Sendable {
            var clutter: [String]
            var body: [String]
        }
    }

    let rules: Rules
    let datelines: DatelineParser
    let languages: LanguageGuesser
    /// Characters of the longest credit cue: how much of a line's head is lowered to look for one.
    private let creditCueLength: Int

    /// A classifier over `rules`, reading datelines and languages with the given readers.
    init(rules: Rules, datelines: DatelineParser, languages: LanguageGuesser) {
        self.rules = rules
        self.datelines = datelines
        self.languages = languages
        creditCueLength = rules.creditCues.map(\.count).max() ?? 0
    }

    /// How many leading blocks may hold a masthead or a dateline.
    static let headerBlocks = 8

    /// Classifies `blocks` of `text` in place and returns the document's block languages.
    func classify(_ blocks: inout [TextBlock], text: String) {
        let texts = blocks.map { block -> String in
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: block.range.lowerBound)
            return String(text[start..<utf8.index(start, offsetBy: block.range.count)])
        }
        var listFollowsCue = false
        for index in blocks.indices where blocks[index].kind != .clutter {
            let line = texts[index]
            if blocks[index].kind == .listItem, listFollowsCue {
                blocks[index].kind = .clutter
                blocks[index].reason = "link list after a 'read also' cue"
                continue
            }
            listFollowsCue = false
            if let cue = clutterCue(line) {
                blocks[index].kind = .clutter
                blocks[index].reason = "starts with the cue '\(cue)'"
                listFollowsCue = line.hasSuffix(":")
            } else if let cue = creditCue(line) {
                blocks[index].kind = .metadata
                blocks[index].reason = "credit line ('\(cue)')"
            } else if index < Self.headerBlocks, isDatelineOrTime(line) {
                blocks[index].kind = .metadata
                blocks[index].reason = "dateline"
            } else if isByline(line) {
                blocks[index].kind = .metadata
                blocks[index].reason = "byline"
            } else if isTagCloud(line) {
                blocks[index].kind = .clutter
                blocks[index].reason = "tag cloud (a run of capitalised names and numbers)"
            } else if isNavigation(line) {
                let isMasthead = index < 2
                blocks[index].kind = isMasthead ? .metadata : .clutter
                blocks[index].reason = isMasthead ? "masthead" : "navigation (short items between separators)"
            } else if index == 0, blocks.count > 1, isShortLabel(line), isDatelineOrTime(texts[1]) {
                blocks[index].kind = .metadata
                blocks[index].reason = "masthead"
            } else if blocks[index].kind == .paragraph, isHeadline(line) {
                blocks[index].kind = .heading
            }
        }
        markTrailingOtherLanguage(&blocks, texts: texts)
        splitDatelinePrefixes(&blocks, texts: texts)
    }

    /// A lede that opens with a dateline ("BAKU, Nov 14 (Reuters) - Azerbaijan summoned…")
    /// is split: the dateline becomes a metadata block, the rest stays article text.
    private func splitDatelinePrefixes(_ blocks: inout [TextBlock], texts: [String]) {
        var index = 0
        var seen = 0
        while index < blocks.count, seen < Self.headerBlocks {
            defer { index += 1; seen += 1 }
            let block = blocks[index]
            let text = texts[seen]
            guard block.kind == .paragraph, let dash = DatelinePrefix.dash(in: text) else { continue }
            let prefix = String(text[..<dash.lowerBound])
            // A credit may open the line ("(ANSA) - NAPOLI, 12 MAR - …"): the city follows it.
            let opening = Self.openingCredit(prefix)
            let firstWord = prefix.dropFirst(opening).prefix { $0.isLetter }
            // "(Reuters)", "(EFE)", or "/ТАСС/" as Russian agencies write their credit.
            let credit = opening > 0 || (prefix.contains("(") && prefix.hasSuffix(")")) || (prefix.hasSuffix("/") && prefix.filter { $0 == "/" }.count >= 2)
            let dated = datelines.read(prefix) != nil
            // "BAKU, Nov 14 (Reuters)", "WASHINGTON (AP)"; a city in title case only with a
            // date and a credit both ("Atenas, 12 jun (EFE)", as Spanish agencies write).
            let shouted = firstWord == firstWord.uppercased() && (dated || credit)
            // A city in title case with an agency's credit alone ("Athen (dpa) - ",
            // "Washington (CNN) — "): a short line whose credit is a word, not a number.
            let agency = credit && prefix.count <= 40 && Self.creditIsAWord(prefix)
            guard firstWord.count >= 2, shouted || (firstWord.first?.isUppercase == true && (agency || (dated && credit))) else { continue }
            let prefixBytes = prefix.utf8.count
            let restStart = block.range.lowerBound + text[..<dash.upperBound].utf8.count
            var dateline = block
            dateline.range = block.range.lowerBound..<block.range.lowerBound + prefixBytes
            dateline.kind = .metadata
            dateline.reason = "dateline"
            var rest = block
            rest.range = restStart..<block.range.upperBound
            blocks[index] = dateline
            blocks.insert(rest, at: index + 1)
            index += 1
        }
    }

    /// The length of an agency's credit opening `prefix` ("(ANSA) - "), with the dash after
    /// it, or 0.
    static func openingCredit(_ prefix: String) -> Int {
        guard prefix.hasPrefix("("), let close = prefix.firstIndex(of: ")") else { return 0 }
        let inside = prefix[prefix.index(after: prefix.startIndex)..<close]
        guard DatelinePrefix.isAgencyName(inside) else { return 0 }
        let rest = prefix[prefix.index(after: close)...]
        let skipped = rest.prefix { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" }
        return prefix.distance(from: prefix.startIndex, to: close) + 1 + skipped.count
    }

    /// Whether the bracketed credit closing `prefix` is a name of letters ("dpa", "Reuters").
    private static func creditIsAWord(_ prefix: String) -> Bool {
        guard let open = prefix.lastIndex(of: "("), prefix.hasSuffix(")") else { return false }
        let inside = prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]
        return DatelinePrefix.isAgencyName(inside)
    }

    /// Most words a block may have after its cue when the cue is not followed by a colon
    /// ("Subscribe to our newsletter" is clutter; "Related rescue efforts went on…" is not).
    static let shortCueLineWords = 8

    /// The clutter cue a line starts with, ignoring leading markup and case.
    func clutterCue(_ line: String) -> String? {
        let lowered = line.prefix(120).lowercased().drop { !$0.isLetter && !$0.isNumber && $0 != "©" && $0 != "(" }
        let isShort = line.utf8.count <= 120 && lowered.split(separator: " ").count <= Self.shortCueLineWords
        return rules.clutterCues.first { cue in
            guard lowered.hasPrefix(cue) else { return false }
            guard let next = lowered.dropFirst(cue.count).first else { return true }
            if next.isLetter || next.isNumber { return false }
            return isShort || cue.hasSuffix(":") || ":|»".contains(next) || cue == "©"
        }
    }

    /// The credit cue a line starts with ("photo:", "© "), ignoring case; the line is
    /// lowered once, as far as the longest cue reaches, not once per cue.
    func creditCue(_ line: String) -> String? {
        guard creditCueLength > 0 else { return nil }
        let head = line.prefix(creditCueLength).lowercased()
        return rules.creditCues.first { head.hasPrefix($0) }
    }

    private func isDatelineOrTime(_ line: String) -> Bool {
        guard line.count <= 120, !line.hasSuffix(".") else { return false }
        if let reading = datelines.read(line) { return reading.otherWords <= 6 }
        if let time = datelines.readTime(line) { return time.otherWords <= 1 }
        return false
    }

    private func isByline(_ line: String) -> Bool {
        guard line.utf8.count <= 80 else { return false }
        let words = line.split(separator: " ")
        guard (2...6).contains(words.count), words[0] == "By" || words[0] == "BY" else { return false }
        return words.dropFirst().allSatisfy { $0.first?.isUppercase == true || $0 == "and" }
    }

    /// Longest line read as a tag cloud (they are lists of short tags on one line).
    static let tagCloudMaximumLength = 400
    /// Marks of a sentence or a quote, which a tag cloud never holds.
    static let sentenceMarks: Set<Unicode.Scalar> = Set(".!?:;,\"«»“”".unicodeScalars)

    func isTagCloud(_ line: String) -> Bool {
        guard line.utf8.count <= Self.tagCloudMaximumLength, !line.unicodeScalars.contains(where: Self.sentenceMarks.contains) else { return false }
        let words = line.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= rules.tagCloud.minimumWords else { return false }
        let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        let numeric = words.filter { $0.contains(where: \.isNumber) }.count
        guard Double(capitalised) >= rules.tagCloud.capitalisedShare * Double(words.count) else { return false }
        return numeric >= rules.tagCloud.minimumNumericTokens || words.count >= rules.tagCloud.manyWords
    }

    func isNavigation(_ line: String) -> Bool {
        // Navigation lines are short and hold a separator character: check cheaply first.
        guard line.utf8.count <= 400,
              line.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">") || $0 >= 0xC2 })
        else { return false }
        var parts = [Substring(line)]
        for separator in rules.separators {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false) }
        }
        guard parts.count >= 2, !line.hasSuffix(".") else { return false }
        return parts.allSatisfy { $0.split(separator: " ").count <= 4 }
    }

    private func isShortLabel(_ line: String) -> Bool {
        line.count <= 60 && !line.hasSuffix(".")
    }

    /// A short single line without closing punctuation reads as a headline.
    private func isHeadline(_ line: String) -> Bool {
        guard line.utf8.count <= 400, line.count <= 200 else { return false }
        let core = line.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’»)"))
        guard let last = core.last else { return false }
        return !".!?:;".contains(last)
    }

    /// Short lines after the last paragraph in another language than the body are headline
    /// links to other editions (e.g. the same story's title in Azerbaijani and Russian).
    private func markTrailingOtherLanguage(_ blocks: inout [TextBlock], texts: [String]) {
        var counts: [String: Int] = [:]
        for index in blocks.indices {
            guard let guess = languages.guess(texts[index]) else { continue }
            blocks[index].language = guess.language
            blocks[index].letters = guess.letters
            if blocks[index].kind == .paragraph { counts[guess.language, default: 0] += guess.letters }
        }
        guard let main = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return }
        var index = blocks.count - 1
        while index > 0 {
            let block = blocks[index]
            if block.kind == .clutter || block.kind == .metadata { index -= 1; continue }
            guard texts[index].count <= 200, !texts[index].hasSuffix("."),
                  let language = block.language, language != main else { break }
            blocks[index].kind = .clutter
            blocks[index].reason = "headline in another language (\(language)) after the article"
            index -= 1
        }
    }
}
