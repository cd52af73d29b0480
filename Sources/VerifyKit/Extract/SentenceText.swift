import VerifyICU

/// One sentence handed to the extractors: its text, tokens and where it sits in the document.
public struct SentenceText: Sendable {
    /// The sentence.
    public let text: String
    /// Its UTF-8 bytes.
    public let utf8: [UInt8]
    /// Words, numbers and punctuation, white space left out.
    public let tokens: [Token]
    /// UTF-8 offset of the sentence in ``SourceDocument/text``.
    public let documentOffset: Int
    /// Language of the sentence's document (`en`, `ru`…).
    public let language: String

    /// Tokenises `text` with an ICU word segmenter.
    init(text: String, documentOffset: Int, language: String, segmenter: WordSegmenter) {
        self.text = text
        let bytes = Array(text.utf8)
        utf8 = bytes
        self.documentOffset = documentOffset
        self.language = language
        var tokens: [Token] = []
        var sawSpace = true
        for word in segmenter.words(in: text) {
            let piece = String(decoding: bytes[word.range], as: UTF8.self)
            if piece.allSatisfy(\.isWhitespace) {
                sawSpace = true
                continue
            }
            let kind: Token.Kind
            switch word.kind {
            case .number: kind = .number
            case .letter, .kana, .ideographic: kind = .word
            case .none: kind = piece.first?.isLetter == true ? .word : .punctuation
            }
            tokens.append(Token(range: word.range, text: piece, lower: piece.lowercased(), kind: kind, spaceBefore: sawSpace))
            sawSpace = false
        }
        self.tokens = tokens
    }

    /// The text of a UTF-8 range of the sentence.
    public func slice(_ range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// The text from the start of token `first` to the end of token `last`.
    public func span(_ first: Int, _ last: Int) -> (range: Range<Int>, text: String) {
        let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
        return (range, slice(range))
    }
}
