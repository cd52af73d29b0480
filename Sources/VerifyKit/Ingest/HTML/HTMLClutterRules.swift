import VerifyHTML

/// The rules that mark parts of a page as clutter (navigation, share bars, related links)
/// or as metadata (bylines, datelines), all in one place.
///
/// Class and id cues match whole words, never substrings: each `class` token and the `id`
/// are split into lowercase words at `-`, `_`, other punctuation and camelCase humps
/// (`mainMenu` → `main`, `menu`; `NavzzU` → `navzz`, `u`). A cue (written without
/// separators, e.g. `readmore`) matches when one word or a run of adjacent words spells
/// it, optionally with a plural `s` (`read-more`, `readMore`, `breadcrumbs`), so `nav`
/// is not found in `canvas` or `NavzzU`, nor `lang` in `language-js`. A cue after a word
/// naming the body itself (`entry-content-read-more`, `post-body-share`) does not count:
/// the token describes the body. A token of more than four words is a heading's slug, not
/// a cue.
///
/// Cues are not applied to `html`, `body`, `main` and `article`, whose classes describe
/// the page layout (`has-sidebar`, `nav-open`, WordPress `tag-...`).
enum HTMLClutterRules {
    /// A class/id cue: lowercase, without separators.
    struct Cue: Sendable {
        /// The cue text.
        var text: String
        /// Whether an element it marks may still turn out to be the page wrapper (see
        /// ``HTMLBlockResolver``); comment sections never are, however long.
        var mayBeWrapper = true
    }

    /// Tokens of more words are phrases, not component names: the slug of a heading
    /// (`id="sharing-with-a-single-developer"`) says nothing about the layout.
    static let maximumCueTokenWords = 4

    /// Words that name the body of a page; a cue after one of them does not count.
    static let bodyWords: Set<String> = ["content", "entry", "body", "text", "story", "articlebody"]

    /// Class/id cues for clutter.
    static let clutterCues: [Cue] = [
        // Navigation and site chrome.
        "menu", "nav", "navigation", "navbar", "topnav", "sitenav", "mainnav", "breadcrumb", "crumbs",
        "skiplink", "skiplinks", "sidebar", "footer", "masthead", "toolbar", "pagination", "pager",
        "lang", "languages", "languageswitcher", "ticker", "newsticker",
        // Links to other pages.
        "related", "recommended", "recommendation", "readmore", "readalso", "alsoread", "morefrom",
        "moreon", "mostread", "mostpopular", "mostviewed", "popular", "trending", "tags", "taglist",
        "outbrain", "taboola",
        // Sharing, marketing, consent.
        "share", "sharing", "sharebar", "social", "subscribe", "subscription", "newsletter", "cookie",
        "consent", "promo", "advert", "advertisement", "ad", "ads", "sponsored", "widget",
    ].map { Cue(text: $0) } + [
        // Reader comments: set aside even when they are longer than the article.
        "comment", "comments", "commentlist", "disqus", "discussion",
    ].map { Cue(text: $0, mayBeWrapper: false) }

    /// Class/id cues for metadata lines (byline, dateline, credits).
    static let metadataCues: [Cue] = [
        "byline", "dateline", "meta", "metadata", "date", "timestamp", "author", "published", "posted", "credit",
    ].map { Cue(text: $0) }

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
        return cueMatch(attributes: attributes, index: clutterIndex).map { Verdict(reason: $0.reason, mayBeWrapper: $0.cue.mayBeWrapper) }
    }

    /// Why the element is a metadata line (byline, dateline), or `nil`.
    static func metadataReason(tag: String, attributes: [HTMLAttribute]) -> String? {
        if tag == "address" { return "address (<address>)" }
        guard !cueExemptTags.contains(tag) else { return nil }
        return cueMatch(attributes: attributes, index: metadataIndex)?.reason
    }

    /// `class "token"` or `id "value"` for the first class token or id a cue matches, and the cue.
    static func cueMatch(attributes: [HTMLAttribute], index: [String: Cue]) -> (reason: String, cue: Cue)? {
        if let classes = attributes.value(of: "class") {
            for token in classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{C}" }) {
                if let cue = match(String(token), index: index) { return ("class \"\(token)\"", cue) }
            }
        }
        if let id = attributes.value(of: "id"), let cue = match(id, index: index) {
            return ("id \"\(id)\"", cue)
        }
        return nil
    }

    /// Cues by every spelling they match (the cue, and the cue with a plural `s`).
    static func index(_ cues: [Cue]) -> [String: Cue] {
        var index: [String: Cue] = [:]
        for cue in cues.reversed() {
            index[cue.text + "s"] = cue
            index[cue.text] = cue
        }
        return index
    }

    /// ``clutterCues`` by spelling.
    static let clutterIndex = index(clutterCues)
    /// ``metadataCues`` by spelling.
    static let metadataIndex = index(metadataCues)

    /// Whether any of `cues` matches the class token or id `token`.
    static func matches(_ token: String, cues: [Cue]) -> Bool {
        match(token, index: index(cues)) != nil
    }

    /// The cue spelled by the first word or run of adjacent words of `token` that spells
    /// one (plural `s` allowed) and that no body word precedes.
    static func match(_ token: String, index: [String: Cue]) -> Cue? {
        let parts = words(of: token)
        guard !parts.isEmpty, parts.count <= maximumCueTokenWords else { return nil }
        for start in parts.indices {
            if start > 0, bodyWords.contains(parts[start - 1]) { return nil }
            var run = ""
            for end in start..<parts.count {
                run += parts[end]
                if let cue = index[run] { return cue }
            }
        }
        return nil
    }

    /// The lowercase words of a class token or id: split at non-alphanumerics and at
    /// lower-to-upper case changes.
    static func words(of token: String) -> [String] {
        if token.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(of: token) }
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

    /// ``words(of:)`` for an ASCII token, on its bytes.
    private static func asciiWords(of token: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        for byte in token.utf8 {
            let isUpper = (0x41...0x5A).contains(byte), isLower = (0x61...0x7A).contains(byte), isDigit = (0x30...0x39).contains(byte)
            guard isUpper || isLower || isDigit else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current = []
                previousWasLower = false
                continue
            }
            if isUpper, previousWasLower, !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current = []
            }
            current.append(isUpper ? byte | 0x20 : byte)
            previousWasLower = isLower || isDigit
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
