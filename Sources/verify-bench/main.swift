import Foundation
import VerifyKit

// verify-bench <folder>...: times ingestion and extraction over every report in the
// folders and prints documents, MB, seconds, MB/s and peak memory. Used by `make bench`.
// verify-bench --main-text <file>...: for each file one JSON line {"path", "ms", "text"}:
// the text the reader keeps for facts (headings, paragraphs, list items) and the time to
// read it (decode, parse, extract, classify). Used by scripts/html-yardstick.
// verify-bench --mentions: reads JSON lines {"text", "language"?, "published"?} from standard
// input and writes, per line, {"mentions": [...]} with each mention's type, subtype, value,
// unit, qualifiers, rule and span (UTF-8 and Unicode scalar offsets). Used by peer suites
// that compare extraction with other tools on expressions written by others. A quantity's
// entry also has its `dimension` and both ends (`low`, `high`) in the dimension's base unit.
// verify-bench --numbers: the same JSON lines in; per line, {"numbers": [...]}: every number
// the number reader reads (bare numbers included), with `value`, `high` (ranges) and span.

func peakResidentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kib / 1024
}

if CommandLine.arguments.dropFirst().first == "--mentions" {
    mentionLines()
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "--numbers" {
    numberLines()
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "--main-text" {
    mainText(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

let folders = Array(CommandLine.arguments.dropFirst())
guard !folders.isEmpty else {
    FileHandle.standardError.write(Data("usage: verify-bench <folder>...\n".utf8))
    exit(2)
}
let clock = ContinuousClock()
let readStart = clock.now
let corpus: Corpus
let rules: RuleSet
var rulesTime = Duration.zero
do {
    let rulesStart = clock.now
    rules = try RuleSet.load()
    rulesTime = rulesStart.duration(to: clock.now)
    corpus = try CorpusLoader.load(paths: folders, rules: rules)
} catch let error as RuleError {
    FileHandle.standardError.write(Data("verify-bench: \(error)\n".utf8))
    exit(2)
} catch let error as VerifyError {
    FileHandle.standardError.write(Data("verify-bench: \(error.message)\n".utf8))
    exit(2)
}
let readTime = readStart.duration(to: clock.now)
let bytes = corpus.documents.reduce(0) { $0 + $1.byteCount }
let extractStart = clock.now
let extracted = FactExtractor.extractAll(corpus.documents, rules: rules)
let mentions = extracted.reduce(0) { total, document in
    total + document.sentences.reduce(0) { $0 + $1.mentions.count }
}
let extractTime = extractStart.duration(to: clock.now)
let alignStart = clock.now
let result = Verifier.align(extracted, rules: rules, diagnostics: corpus.diagnostics)
let alignTime = alignStart.duration(to: clock.now)

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
let megabytes = Double(bytes) / 1_048_576
let read = seconds(readTime), extract = seconds(extractTime), align = seconds(alignTime)
let total = read + extract + align
print(String(format: "documents %d  MB %.1f  mentions %d  events %d  findings %d", corpus.documents.count, megabytes, mentions,
             result.events.count, result.findings.count))
print(String(format: "rules    %.0f ms (loading and compiling the shipped rule set, part of ingest)", seconds(rulesTime) * 1000))
print(String(format: "ingest   %.2f s  %.1f MB/s", read, megabytes / read))
print(String(format: "extract  %.2f s  %.1f MB/s", extract, megabytes / extract))
print(String(format: "align    %.2f s  %.1f MB/s", align, megabytes / align))
print(String(format: "total    %.2f s  %.1f MB/s  peak memory %.0f MiB", total, megabytes / total, peakResidentMiB()))
