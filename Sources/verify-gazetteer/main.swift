import Foundation
import VerifyKit

// Compiles the intermediate of scripts/gazetteer/extract.py into places.index.
// Usage: verify-gazetteer INPUT.tsv OUTPUT.index   (run by `make gazetteer`)
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: verify-gazetteer INPUT.tsv OUTPUT.index\n".utf8))
    exit(2)
}
do {
    let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
    var writer = PlaceIndexWriter()
    try writer.read(tsv: text)
    let bytes = writer.compile()
    try Data(bytes).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
    print("\(arguments[2]): \(bytes.count) bytes")
} catch {
    FileHandle.standardError.write(Data("verify-gazetteer: \(arguments[1]): \(error)\n".utf8))
    exit(2)
}
