import Foundation

/// Gathers a document's metadata from what its format offers, in order of trust: front
/// matter, HTML `<meta>`, then the masthead and dateline lines of the text itself.
struct MetadataExtractor {
    let datelines: DatelineParser
    let languages: LanguageGuesser

    /// Field names that carry the publication time, by format.
    static let frontMatterPublished = ["published", "date", "published_at", "pubdate", "datepublished", "created"]
    static let metaPublished = ["article:published_time", "og:published_time", "datepublished", "ld:datepublished", "date", "pubdate",
                                "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date"]
    static let frontMatterOutlet = ["outlet", "publisher", "source", "site_name", "site", "agency"]
    static let metaOutlet = ["og:site_name", "ld:publisher", "application-name", "publisher", "twitter:site"]

    func extract(fields: [String: String], fieldOrigin: String, htmlTitle: String?, language: String?,
                 blocks: [TextBlock], slice: (TextBlock) -> String) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        let isMeta = fieldOrigin == "meta"
        let publishedKeys = isMeta ? Self.metaPublished : Self.frontMatterPublished
        for key in publishedKeys {
            if let value = fields[key], let time = ISODateParser.parse(value, origin: "\(fieldOrigin) \(key)") {
                metadata.published = time
                break
            }
        }
        metadata.outlet = (isMeta ? Self.metaOutlet : Self.frontMatterOutlet).lazy.compactMap { fields[$0] }.first
        metadata.url = fields["url"] ?? fields["og:url"] ?? fields["canonical"]
        metadata.title = fields["title"] ?? fields["og:title"] ?? fields["ld:headline"] ?? htmlTitle.map { stripOutletSuffix($0, outlet: &metadata.outlet) }
        if metadata.published == nil { metadata.published = dateline(blocks: blocks, slice: slice) }
        metadata.datelinePlace = datelinePlace(blocks: blocks, slice: slice)
        if metadata.outlet == nil { metadata.outlet = masthead(blocks: blocks, slice: slice) }
        if metadata.title == nil {
            metadata.title = blocks.first(where: { $0.kind == .heading && slice($0).split(separator: " ").count >= 4 }).map(slice)
        }
        if metadata.published?.year == nil {
            metadata.statedYear = blocks.filter(\.isBody).compactMap { datelines.latestYear(in: slice($0)) }.max()
        }
        metadata.languages = bodyLanguages(blocks: blocks, slice: slice)
        // A language the file declares in its fields (front matter `language:`, a meta tag)
        // comes first: the writer's word beats a guess from a few frequent words. The page's
        // `lang` attribute, often a template's, stands in only when nothing was guessed.
        if let declared = fields["language"].flatMap(Self.languageCode) {
            metadata.languages = [declared] + metadata.languages.filter { $0 != declared }
        } else if metadata.languages.isEmpty, let language {
            metadata.languages = [language]
        }
        return metadata
    }

    /// "Morocco earthquake: What we know so far | Al Jazeera" → title and outlet.
    private func stripOutletSuffix(_ title: String, outlet: inout String?) -> String {
        for separator in [" | ", " — ", " - "] {
            if let range = title.range(of: separator, options: .backwards) {
                let suffix = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if suffix.count <= 40, suffix.split(separator: " ").count <= 4 {
                    if outlet == nil { outlet = suffix }
                    return String(title[..<range.lowerBound])
                }
            }
        }
        return title
    }

    /// The best dated line among the first blocks: a date with a time beats a bare date.
    private func dateline(blocks: [TextBlock], slice: (TextBlock) -> String) -> PublishedTime? {
        var best: (time: PublishedTime, score: Int)?
        for (index, block) in blocks.prefix(BlockClassifier.headerBlocks).enumerated() {
            let line = datelineText(slice(block))
            guard var reading = datelines.read(line) else { continue }
            if reading.hour == nil, index + 1 < blocks.count, let time = datelines.readTime(slice(blocks[index + 1])),
               time.otherWords == 0, slice(blocks[index + 1]).count <= 24 {
                reading.hour = time.hour
                reading.minute = time.minute
                reading.utcOffset = time.utcOffset
                if let zone = time.zone { reading.zoneIdentifier = zone }
            }
            var time = PublishedTime(year: reading.year, month: reading.month, day: reading.day,
                                     origin: "dateline (block \(index + 1))")
            if let hour = reading.hour {
                time.hour = hour
                time.minute = reading.minute
                time.zoneIdentifier = reading.zoneIdentifier
                // Without a year (completed later by PublicationYears) only a stated offset is known.
                time.utcOffset = reading.year.flatMap { datelines.offset(of: reading, year: $0) } ?? reading.utcOffset
            }
            let score = (reading.hour != nil ? 2 : 0) + (reading.year != nil ? 1 : 0)
            if best == nil || score > best!.score { best = (time, score) }
        }
        return best?.time
    }

    /// The place a dateline line of its own opens with: one to four capitalised words before
    /// its first comma, in a header block (not body text) that reads as a dateline.
    private func datelinePlace(blocks: [TextBlock], slice: (TextBlock) -> String) -> Range<Int>? {
        for block in blocks.prefix(BlockClassifier.headerBlocks) where !block.isBody {
            let line = slice(block)
            guard line.count <= 120, let comma = line.firstIndex(of: ","), datelines.read(line) != nil else { continue }
            // Past an agency's credit that opens the line ("(ANSA) - NAPOLI, 12 MAR").
            let opening = line.index(line.startIndex, offsetBy: min(BlockClassifier.openingCredit(line), line.distance(from: line.startIndex, to: comma)))
            let head = line[opening..<comma]
            let words = head.split(separator: " ")
            guard (1...4).contains(words.count), head.first?.isUppercase == true,
                  words.allSatisfy({ word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." } })
            else { continue }
            let start = block.range.lowerBound + line.utf8.distance(from: line.startIndex, to: head.startIndex)
            return start..<start + head.utf8.count
        }
        return nil
    }

    /// A long paragraph contributes only its dateline (``DatelinePrefix``).
    private func datelineText(_ block: String) -> String {
        guard block.count > DatelinePrefix.minimumParagraph else { return block }
        return DatelinePrefix.dash(in: block).map { String(block[..<$0.lowerBound]) } ?? ""
    }

    /// The outlet named by a masthead line or by the agency in a dateline ("(Reuters)").
    private func masthead(blocks: [TextBlock], slice: (TextBlock) -> String) -> String? {
        for block in blocks.prefix(BlockClassifier.headerBlocks) {
            let line = slice(block)
            if block.kind == .metadata, block.reason == "masthead" {
                let first = line.components(separatedBy: " | ").first ?? line
                return (first.components(separatedBy: " / ").first ?? first).trimmingCharacters(in: .whitespaces)
            }
            if let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")"),
               line.distance(from: line.startIndex, to: open) < 60 {
                let agency = line[line.index(after: open)..<close]
                let head = line[..<open]
                let firstWord = head.prefix { $0.isLetter }
                if firstWord.count >= 2, firstWord == firstWord.uppercased(), agency.count <= 12, agency.first?.isUppercase == true, !agency.contains(" ") {
                    return String(agency)
                }
                // A dateline split off its lede names its agency however it is cased ("Athen
                // (dpa)"), or opening it ("(ANSA) - NAPOLI, 12 MAR").
                if block.reason == "dateline", firstWord.count >= 2 || open == line.startIndex, DatelinePrefix.isAgencyName(agency) {
                    return String(agency)
                }
            }
            // "МОСКВА, 5 мая. /ТАСС/": the credit between slashes.
            if block.reason == "dateline", line.hasSuffix("/"), let open = line.dropLast().lastIndex(of: "/") {
                let agency = line[line.index(after: open)..<line.index(before: line.endIndex)]
                if DatelinePrefix.isAgencyName(agency) { return String(agency) }
            }
        }
        return nil
    }

    /// The two- or three-letter code of a declared language ("es", "es-ES", "pt_BR"), or nil.
    static func languageCode(_ value: String) -> String? {
        let code = value.trimmingCharacters(in: .whitespaces).lowercased().prefix { $0 != "-" && $0 != "_" }
        return (2...3).contains(code.count) && code.allSatisfy({ $0 >= "a" && $0 <= "z" }) ? String(code) : nil
    }

    /// Languages of the body, most letters first; a language under 10% of letters is left out.
    private func bodyLanguages(blocks: [TextBlock], slice: (TextBlock) -> String) -> [String] {
        var counts: [String: Int] = [:]
        for block in blocks where block.isBody {
            if let language = block.language { counts[language, default: 0] += block.letters }
        }
        let total = counts.values.reduce(0, +)
        return counts.filter { $0.value * 10 >= total }
            .sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)
    }
}
