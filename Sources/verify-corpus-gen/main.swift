import CorpusGen
import Foundation

// verify-corpus-gen <folder> [--reports N] [--seed S]: writes N generated reports forming
// many stories (confusable ones included) and their gold.json into <folder>.
var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String, default value: Int) -> Int {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let n = Int(arguments[i + 1]) else { return value }
    arguments.removeSubrange(i...(i + 1))
    return n
}
let reports = option("--reports", default: 2000)
let seed = option("--seed", default: 1)
guard arguments.count == 1, !arguments[0].hasPrefix("-"), reports > 0, seed >= 0 else {   // an unknown option is no folder
    FileHandle.standardError.write(Data("usage: verify-corpus-gen <folder> [--reports N] [--seed S]\n".utf8))
    exit(2)
}
let corpus = CorpusGenerator.generate(reports: reports, seed: UInt64(seed))
do {
    try corpus.write(to: URL(fileURLWithPath: arguments[0]))
    print("\(corpus.files.count) reports in \(corpus.gold.stories.count) stories, \(corpus.gold.findings.count) planted findings → \(arguments[0])")
} catch {
    FileHandle.standardError.write(Data("verify-corpus-gen: \(arguments[0]): \(error.localizedDescription)\n".utf8))
    exit(2)
}
