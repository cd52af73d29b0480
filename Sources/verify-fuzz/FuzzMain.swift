import Foundation
import VerifyKit

// verify-fuzz: the fuzz targets of FuzzEntry. Built by `make fuzz` with libFuzzer
// (`-sanitize=fuzzer -DFUZZING`), it is a libFuzzer binary whose target is named by
// VERIFY_FUZZ_TARGET. Built plainly, it replays inputs: `verify-fuzz <target> <file|folder>...`.

#if FUZZING
/// libFuzzer's driver (libclang_rt.fuzzer): runs `callback` on generated inputs as the
/// libFuzzer command line in `argv` says.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The target of this process, from `VERIFY_FUZZ_TARGET`.
nonisolated(unsafe) var fuzzTarget = ""

/// One input to the chosen target (also exported under the name libFuzzer links against).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzEntry.run(fuzzTarget, bytes)
    return 0
}

@main enum FuzzMain {
    static func main() {
        let name = ProcessInfo.processInfo.environment["VERIFY_FUZZ_TARGET"] ?? ""
        guard FuzzEntry.targets.contains(name) else {
            FileHandle.standardError.write(Data("verify-fuzz: set VERIFY_FUZZ_TARGET to one of \(FuzzEntry.targets.joined(separator: ", "))\n".utf8))
            exit(2)
        }
        fuzzTarget = name
        // Load the rule set, gazetteer and ICU data once before the first input, so that
        // libFuzzer's per-input timeout measures the input, not the start-up.
        _ = FuzzEntry.run(name, [])
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
/// Replays saved inputs through a target (crash reproducers, a corpus folder).
@main enum ReplayMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let target = arguments.first, FuzzEntry.targets.contains(target), arguments.count > 1 else {
            FileHandle.standardError.write(Data("usage: verify-fuzz <\(FuzzEntry.targets.joined(separator: "|"))> <file|folder>...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                _ = FuzzEntry.run(target, [UInt8](data))
                count += 1
            }
        }
        print("verify-fuzz: \(count) input\(count == 1 ? "" : "s") through \(target), no crash")
    }
}
#endif
