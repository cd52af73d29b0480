import Foundation
import TestSupport

/// Runs the built `verify` binary: where the repository, the shared corpora and the binary
/// are, and one `run` that captures standard output, standard error and the exit status.
enum BinaryRunner {
    /// The repository root (the folder holding Package.swift).
    static let root = RepositoryPaths.root

    /// `../shared/corpora` beside the checkout, or nil when absent.
    static let corpora = RepositoryPaths.corpora

    /// The binary: $VERIFY_BINARY, else beside the test bundle, else .build/debug.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["VERIFY_BINARY"] { return URL(fileURLWithPath: path) }
        let beside = Bundle.main.bundleURL.appendingPathComponent("verify")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/verify")
    }()

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A fresh folder holding a copy of `Corpus/` (the founding pair).
    static func scratchCorpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Corpus"), to: folder.appendingPathComponent("Corpus"))
        return folder
    }

    /// Runs the binary (or `executable`) in `directory` with `environment` added
    /// (GITHUB_STEP_SUMMARY and VERIFY_RESOURCES cleared).
    static func run(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:],
                    executable: URL = binary) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["GITHUB_STEP_SUMMARY"] = nil
        env["VERIFY_RESOURCES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}
