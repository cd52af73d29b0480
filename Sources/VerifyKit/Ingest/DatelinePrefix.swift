/// Where the dateline of a lede ends: "BAKU, Nov 14 (Reuters) - Azerbaijan summoned…",
/// "WASHINGTON (AP) - Nov. 15, 2022 - A senior…", "Atenas, 12 jun (EFE).- Al menos…",
/// "ХАРЬКОВ, 5 мая. /ТАСС/. Три человека…". The
/// dateline is the text before the last dash in the paragraph's first ``window`` characters.
enum DatelinePrefix {
    /// Dashes that close a dateline; ".- " after an agency's credit is the Spanish agencies'
    /// style ("(EFE).-"), "/. " the Russian ones' ("МОСКВА, 5 мая. /ТАСС/. …").
    static let dashes = [" - ", " -- ", " – ", " — ", ").- ", "/. "]
    /// How far into a paragraph a dateline may reach, in characters.
    static let window = 100
    /// Shortest paragraph read as a lede with a dateline (a shorter block is a line of its own).
    static let minimumParagraph = 120

    /// The last closing dash within the window of a long paragraph, or nil.
    static func dash(in text: String) -> Range<String.Index>? {
        // Bytes first: counting characters of a long paragraph is not free.
        guard text.utf8.count > minimumParagraph, text.count > minimumParagraph else { return nil }
        let head = text.prefix(window)
        return dashes.compactMap { dash -> Range<String.Index>? in
            guard let found = head.range(of: dash, options: .backwards) else { return nil }
            // The credit's closing bracket or slash belongs to the dateline.
            return dash.hasPrefix(")") || dash.hasPrefix("/") ? head.index(after: found.lowerBound)..<found.upperBound : found
        }.max { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `text` reads as an agency's name in a credit ("Reuters", "dpa", "EFE", "ТАСС",
    /// "Europa Press"): 2 to 20 letters, spaces and dots, no digits.
    static func isAgencyName(_ text: Substring) -> Bool {
        (2...20).contains(text.count) && text.allSatisfy { $0.isLetter || $0 == " " || $0 == "." }
    }
}
