import Foundation
import VerifyKit

// The JSON-lines modes of verify-bench (see main.swift): --mentions, --numbers, --main-text.

/// The shipped rules; exits 2 with one line when they do not load.
func shippedRulesOrExit() -> RuleSet {
    guard let rules = try? RuleSet.load() else {
        FileHandle.standardError.write(Data("verify-bench: the shipped rules do not load\n".utf8))
        exit(2)
    }
    return rules
}

/// Writes `object` as one JSON line (keys sorted) on standard output.
func writeJSONLine(_ object: [String: Any]) {
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

/// For each standard-input line holding a JSON object with a `text`, writes what `answer`
/// makes of it (the object, its text, and a function from UTF-8 offsets of the text to
/// Unicode scalar offsets, which other tools count in); an error object for any other line.
func answerInputLines(_ answer: (_ object: [String: Any], _ text: String, _ scalarOffset: (Int) -> Int) -> [String: Any]) {
    while let line = readLine(strippingNewline: true) {
        guard let data = line.data(using: .utf8),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let text = object["text"] as? String else {
            writeJSONLine(["error": "not a JSON object with a text"])
            continue
        }
        // Scalars before each UTF-8 offset, counted once per line.
        var scalarsBefore = [0]
        scalarsBefore.reserveCapacity(text.utf8.count + 1)
        for byte in text.utf8 { scalarsBefore.append(scalarsBefore.last! + (byte & 0xC0 == 0x80 ? 0 : 1)) }
        writeJSONLine(answer(object, text) { scalarsBefore[min(max($0, 0), scalarsBefore.count - 1)] })
    }
}

/// A span's UTF-8 and scalar offsets, as the line modes write them.
func spanEntry(_ range: Range<Int>, _ scalarOffset: (Int) -> Int) -> [String: Any] {
    ["utf8Start": range.lowerBound, "utf8End": range.upperBound, "start": scalarOffset(range.lowerBound), "end": scalarOffset(range.upperBound)]
}

/// --mentions: each line's text extracted as one sentence, its mentions with their spans.
func mentionLines() {
    let extractor = FactExtractor(rules: shippedRulesOrExit())
    answerInputLines { object, text, scalarOffset in
        let published = (object["published"] as? String).flatMap { ISODateParser.parse($0, origin: "input") }
        let context = ExtractionContext(published: published, language: object["language"] as? String ?? "en")
        let mentions: [[String: Any]] = extractor.extract(text: text, context: context).mentions.map { mention in
            var entry = spanEntry(mention.range, scalarOffset).merging([
                "type": mention.type.rawValue, "text": mention.text, "value": mention.value, "rule": mention.rule,
                "qualifiers": mention.qualifiers.map(\.rawValue),
            ]) { first, _ in first }
            if let unit = mention.unit { entry["unit"] = unit }
            if let subtype = mention.subtype { entry["subtype"] = subtype }
            if let measure = mention.measure {
                entry["dimension"] = measure.dimension
                entry["low"] = measure.low
                entry["high"] = measure.high
            }
            return entry
        }
        return ["mentions": mentions]
    }
}

/// --numbers: every number the number reader finds in each line's text.
func numberLines() {
    let scan = NumberScan(rules: shippedRulesOrExit())
    answerInputLines { object, text, scalarOffset in
        let numbers: [[String: Any]] = scan.numbers(in: text, language: object["language"] as? String ?? "en").map { reading in
            spanEntry(reading.range, scalarOffset).merging([
                "value": reading.value, "low": reading.value, "high": reading.high ?? reading.value, "dimension": "number",
            ]) { first, _ in first }
        }
        return ["numbers": numbers]
    }
}

/// --main-text: the kept text and reading time of each file, one JSON object per line.
func mainText(_ files: [String]) {
    let rules = shippedRulesOrExit()
    let clock = ContinuousClock()
    for file in files {
        let start = clock.now
        let corpus = try? CorpusLoader.load(paths: [file], rules: rules)
        let elapsed = start.duration(to: clock.now)
        let text = corpus?.documents.first.map { document in
            document.blocks.filter(\.isBody).map { document.slice($0.range) }.joined(separator: "\n\n")
        } ?? ""
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        writeJSONLine(["path": file, "ms": milliseconds, "text": text])
    }
}
