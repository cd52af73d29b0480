import VerifyHTML

/// The rules that mark parts of a page as clutter (navigation, share bars, related links)
/// or as metadata (bylines, datelines), all in one place.
///
/// Class and id cues: each `class` token and the `id` are split into lowercase words at
/// `-`, `_`, other punctuation and camelCase humps (`mainMenu` → `main`, `menu`). A cue
/// matches as
/// - `.substring`: anywhere in the token with its separators removed (`topnavbar`
///   contains `navbar`; `most-read` → `mostread`),
/// - `.wordPrefix`: at the start of one word (`nav` matches `nav`, `navigation`, `navbar`
///   but not `canvas`; `lang` matches `langs`, `language`),
/// - `.word`: one whole word (`ad`, `ads`).
///
/// Cues are not applied to `html`, `body`, `main` and `article`, whose classes describe
/// the page layout (`has-sidebar`, `nav-open`, WordPress `tag-...`).
/// This list may later move to a data file.
enum HTMLClutterRules {
    /// How a cue is compared with the words of a class token or id.
    enum Match: Sendable {
        /// Anywhere in the token with its separators removed.
        case substring
        /// At the start of one of the token's words.
        case wordPrefix
        /// Equal to one of the token's words.
        case word
    }

    /// A class/id cue: lowercase, without separators.
    struct Cue: Sendable {
        /// The cue text.
        var text: String
        /// How it matches.
        var match: Match
    }

    /// Class/id cues for clutter.
    static let clutterCues: [Cue] = [
        // Navigation and site chrome.
        .init(text: "menu", match: .substring), .init(text: "nav", match: .wordPrefix),
        .init(text: "navbar", match: .substring), .init(text: "topnav", match: .substring),
        .init(text: "sitenav", match: .substring), .init(text: "mainnav", match: .substring),
        .init(text: "breadcrumb", match: .substring), .init(text: "crumbs", match: .substring),
        .init(text: "skiplink", match: .substring), .init(text: "sidebar", match: .substring),
        .init(text: "footer", match: .wordPrefix), .init(text: "masthead", match: .wordPrefix),
        .init(text: "toolbar", match: .wordPrefix), .init(text: "pagination", match: .wordPrefix),
        .init(text: "lang", match: .wordPrefix), .init(text: "ticker", match: .wordPrefix),
        // Links to other pages.
        .init(text: "related", match: .substring), .init(text: "recommended", match: .substring),
        .init(text: "readmore", match: .substring), .init(text: "readalso", match: .substring),
        .init(text: "alsoread", match: .substring), .init(text: "morefrom", match: .substring),
        .init(text: "moreon", match: .substring), .init(text: "mostread", match: .substring),
        .init(text: "mostpopular", match: .substring), .init(text: "mostviewed", match: .substring),
        .init(text: "popular", match: .wordPrefix), .init(text: "trending", match: .wordPrefix),
        .init(text: "tags", match: .wordPrefix),
        // Sharing, marketing, consent.
        .init(text: "share", match: .wordPrefix), .init(text: "sharing", match: .substring),
        .init(text: "social", match: .substring), .init(text: "subscri", match: .substring),
        .init(text: "newsletter", match: .substring), .init(text: "cookie", match: .substring),
        .init(text: "promo", match: .wordPrefix), .init(text: "advert", match: .substring),
        .init(text: "ad", match: .word), .init(text: "ads", match: .word),
        .init(text: "paywall", match: .substring), .init(text: "comments", match: .wordPrefix),
    ]

    /// Class/id cues for metadata lines (byline, dateline, credits).
    static let metadataCues: [Cue] = [
        .init(text: "byline", match: .wordPrefix), .init(text: "dateline", match: .wordPrefix),
        .init(text: "meta", match: .word), .init(text: "metadata", match: .word),
        .init(text: "date", match: .word), .init(text: "timestamp", match: .wordPrefix),
        .init(text: "author", match: .wordPrefix), .init(text: "published", match: .word),
        .init(text: "posted", match: .word), .init(text: "credit", match: .wordPrefix),
    ]

    /// Elements that are clutter by their tag, with the reason given.
    static let clutterTags: [String: String] = [
        "nav": "navigation (<nav>)",
        "header": "page header (<header>)",
        "footer": "footer (<footer>)",
        "aside": "aside (<aside>)",
        "form": "form (<form>)",
        "menu": "menu (<menu>)",
    ]

    /// ARIA roles that mark clutter.
    static let clutterRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
    ]

    /// Elements whose class and id are not checked (their classes describe the whole page).
    static let cueExemptTags: Set<String> = ["html", "body", "main", "article"]

    /// Why an element is clutter.
    struct Verdict: Sendable, Hashable {
        /// The reason shown to users, e.g. `navigation (<nav>)`, `class "breadcrumbs"`.
        var reason: String
        /// Whether the verdict may be overruled when the element turns out to wrap most of
        /// the page's text (a class/id cue such as `has-sidebar`, or an ASP.NET page-wide `<form>`).
        var mayBeWrapper: Bool
    }

    /// Why the element `tag` with `attributes` is clutter, or `nil`. `inContentSection`
    /// tells whether an `article`, `main` or `section` is open around it.
    static func clutterVerdict(tag: String, attributes: [HTMLAttribute], inContentSection: Bool) -> Verdict? {
        if let reason = clutterTags[tag], !(tag == "header" && inContentSection) {
            return Verdict(reason: reason, mayBeWrapper: tag == "form")
        }
        if let role = attributes.value(of: "role")?.lowercased(), clutterRoles.contains(role) {
            return Verdict(reason: "role \"\(role)\"", mayBeWrapper: false)
        }
        if attributes.contains(where: { $0.name == "hidden" }) { return Verdict(reason: "hidden", mayBeWrapper: false) }
        if attributes.value(of: "aria-hidden")?.lowercased() == "true" {
            return Verdict(reason: "aria-hidden", mayBeWrapper: false)
        }
        if let style = attributes.value(of: "style")?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return Verdict(reason: "hidden (style)", mayBeWrapper: false)
        }
        guard !cueExemptTags.contains(tag) else { return nil }
        return cueReason(attributes: attributes, cues: clutterCues).map { Verdict(reason: $0, mayBeWrapper: true) }
    }

    /// Why the element is a metadata line (byline, dateline), or `nil`.
    static func metadataReason(tag: String, attributes: [HTMLAttribute]) -> String? {
        if tag == "address" { return "address (<address>)" }
        guard !cueExemptTags.contains(tag) else { return nil }
        return cueReason(attributes: attributes, cues: metadataCues)
    }

    /// `class "token"` or `id "value"` for the first class token or id a cue matches.
    static func cueReason(attributes: [HTMLAttribute], cues: [Cue]) -> String? {
        if let classes = attributes.value(of: "class") {
            for token in classes.split(whereSeparator: { $0.isWhitespace }) where matches(String(token), cues: cues) {
                return "class \"\(token)\""
            }
        }
        if let id = attributes.value(of: "id"), matches(id, cues: cues) {
            return "id \"\(id)\""
        }
        return nil
    }

    /// Whether any of `cues` matches the class token or id `token`.
    static func matches(_ token: String, cues: [Cue]) -> Bool {
        let parts = words(of: token)
        guard !parts.isEmpty else { return false }
        let joined = parts.joined()
        return cues.contains { cue in
            switch cue.match {
            case .substring: return joined.contains(cue.text)
            case .wordPrefix: return parts.contains { $0.hasPrefix(cue.text) }
            case .word: return parts.contains(cue.text)
            }
        }
    }

    /// The lowercase words of a class token or id: split at non-alphanumerics and at
    /// lower-to-upper case changes.
    static func words(of token: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in token {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase, previousWasLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousWasLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
