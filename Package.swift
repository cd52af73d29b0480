// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "verify",
    products: [
        .library(name: "VerifyKit", targets: ["VerifyKit"]),
        .executable(name: "verify", targets: ["verify"]),
        .executable(name: "verify-corpus-gen", targets: ["verify-corpus-gen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C shim over the system ICU. Its public header uses plain C types only, so Swift
        // modules never see ICU headers and can import Foundation (see docs/icu.md).
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        // Swift wrapper: owns every ICU handle, speaks String and UTF-8 offsets, throws Swift errors.
        .target(name: "VerifyICU", dependencies: ["CICUShim"]),
        // C shim over the system Gumbo HTML5 parser (libgumbo-dev): plain C types in its public
        // header, the tree flattened into arrays (see docs/html.md).
        .target(name: "CGumboShim", linkerSettings: [.linkedLibrary("gumbo")]),
        // Swift wrapper: owns the parsed document, copies the tree into Swift values.
        .target(name: "VerifyHTML", dependencies: ["CGumboShim"]),
        // The whole engine: ingestion, extraction, alignment, reports. No ArgumentParser here.
        .target(
            name: "VerifyKit",
            dependencies: ["VerifyICU", "VerifyHTML", .product(name: "Yams", package: "Yams")],
            resources: [.process("Resources")]
        ),
        // The extraction cache on disk (SQLite through GRDB), behind VerifyKit's ExtractionStore.
        .target(name: "VerifyStore", dependencies: ["VerifyKit", .product(name: "GRDB", package: "GRDB.swift")]),
        // Thin executable: parse options, call VerifyKit, map the outcome to an exit code.
        .executableTarget(
            name: "verify",
            dependencies: ["VerifyKit", "VerifyStore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Benchmark driver for `make bench` (ingestion and extraction throughput).
        .executableTarget(name: "verify-bench", dependencies: ["VerifyKit"]),
        // Fuzz targets (`make fuzz` builds it with libFuzzer; plainly built it replays inputs).
        .executableTarget(name: "verify-fuzz", dependencies: ["VerifyKit"]),
        // A generated archive of news reports with its gold (`verify-corpus-gen`): many stories,
        // confusable ones included, planted findings, deterministic by seed. Used by the
        // story-grouping tests and by benchmarks; independent of VerifyKit.
        .target(name: "CorpusGen"),
        .executableTarget(name: "verify-corpus-gen", dependencies: ["CorpusGen"]),
        // Compiles the pinned GeoNames data into Resources/places.index (`make gazetteer`).
        .executableTarget(name: "verify-gazetteer", dependencies: ["VerifyKit"]),
        // Used only by tests: where the repository and ../shared/corpora are.
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(name: "VerifyICUTests", dependencies: ["VerifyICU"]),
        .testTarget(name: "VerifyHTMLTests", dependencies: ["VerifyHTML"]),
        .testTarget(name: "VerifyKitTests", dependencies: ["VerifyKit", "TestSupport", "CorpusGen"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["VerifyKit", "TestSupport"]),
        .testTarget(name: "VerifyStoreTests", dependencies: ["VerifyStore", "VerifyKit", "TestSupport", "CorpusGen"]),
    ]
)
