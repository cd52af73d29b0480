import Foundation

/// Reads one file into a ``SourceDocument``: decode, extract blocks by format, classify
/// blocks, gather metadata. Problems come back as diagnostics naming the file.
struct DocumentReader {
    /// Largest file read, in bytes; a larger one is skipped with a warning.
    let maximumFileSize: Int
    let classifier: BlockClassifier
    let metadata: MetadataExtractor

    init(rules: RuleSet, maximumFileSize: Int = IngestOptions.defaultMaximumFileSize) {
        self.maximumFileSize = maximumFileSize
        classifier = rules.classifier
        metadata = MetadataExtractor(datelines: rules.datelines, languages: rules.languages)
    }

    /// A size for a message: `100 MiB`, `0.5 MiB`.
    static func mebibytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value >= 10 || value == value.rounded() ? "\(Int(value.rounded())) MiB" : "\((value * 10).rounded() / 10) MiB"
    }

    /// The document, or nil with a warning saying why it was skipped.
    func read(url: URL, id: String, path: String, format: SourceFormat) -> (SourceDocument?, [Diagnostic]) {
        let diagnostics: [Diagnostic] = []
        func skip(_ message: String) -> (SourceDocument?, [Diagnostic]) {
            (nil, diagnostics + [Diagnostic(.warning, path: path, message + "; skipped")])
        }
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        if size > maximumFileSize {
            return skip("file too large (\(Self.mebibytes(size)), limit \(Self.mebibytes(maximumFileSize)); --max-file-size raises it)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: url.path) ? "cannot be read" : "cannot be read (permission denied)"
            return skip(reason)
        }
        return read(bytes: [UInt8](data), id: id, path: path, format: format)
    }

    /// The document of a file's bytes already read (size checked), or nil with a warning;
    /// `sha256` is the bytes' digest when the caller has it already.
    func read(bytes raw: [UInt8], id: String, path: String, format: SourceFormat, sha256: String? = nil) -> (SourceDocument?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func skip(_ message: String) -> (SourceDocument?, [Diagnostic]) {
            (nil, diagnostics + [Diagnostic(.warning, path: path, message + "; skipped")])
        }
        let decoded: SourceDecoder.Decoded
        do {
            decoded = try SourceDecoder.decode(raw, html: format == .html)
        } catch {
            return skip(error.message)
        }
        // A report of an earlier run written into the corpus (`verify .` run inside it).
        if format == .markdown, MarkdownSummary.isReport(decoded.text.drop { $0 == "\u{FEFF}" }) {
            return (nil, [Diagnostic(.note, path: path, "a report written by verify, not a source; skipped")])
        }
        if decoded.encoding != "UTF-8" || decoded.remark != nil {
            let remark = decoded.remark.map { "; \($0)" } ?? ""
            diagnostics.append(Diagnostic(.note, path: path, "decoded as \(decoded.encoding) (from \(decoded.origin.rawValue))\(remark)"))
        }
        let bytes = Array(decoded.text.utf8)
        var fields: [String: String] = [:]
        var fieldOrigin = "front matter"
        var htmlTitle: String?
        var htmlLanguage: String?
        var extracted: ExtractedText
        switch format {
        case .text:
            extracted = PlainTextReader.read(bytes)
        case .markdown:
            var bodyStart = 0
            do {
                if let front = try FrontMatter.read(bytes) {
                    fields = front.fields
                    bodyStart = front.bodyStart
                }
            } catch {
                diagnostics.append(Diagnostic(.warning, path: path, error.message))
            }
            extracted = MarkdownReader.read(bytes, from: bodyStart)
        case .html:
            let page = HTMLReader.read(bytes)
            fields = page.meta
            fieldOrigin = "meta"
            htmlTitle = page.title
            htmlLanguage = page.language
            extracted = page.content
        }
        classifier.classify(&extracted.blocks, text: extracted.text)
        if !extracted.blocks.contains(where: \.isBody) {
            return skip("no article text found")
        }
        let text = extracted.text
        let textBytes = Array(text.utf8)
        let info = metadata.extract(fields: fields, fieldOrigin: fieldOrigin, htmlTitle: htmlTitle, language: htmlLanguage,
                                    blocks: extracted.blocks, slice: { block in
                                        String(decoding: textBytes[block.range], as: UTF8.self)
                                    })
        let document = SourceDocument(
            id: id, path: path, format: format, encoding: decoded.encoding,
            encodingOrigin: decoded.origin.rawValue, sha256: sha256 ?? SHA256.hex(raw),
            byteCount: raw.count, metadata: info, text: text, blocks: extracted.blocks,
            map: extracted.map, lines: LineIndex(utf8: bytes))
        return (document, diagnostics)
    }
}
