import ArgumentParser
import VerifyKit

/// How report files are found and read: symbolic links and the size limit.
struct InputOptions: ParsableArguments {
    @Flag(name: .customLong("follow-symlinks"),
          help: "Read symbolic links that point outside the corpus folder (by default they are named and skipped).")
    var followSymlinks = false

    @Option(name: .customLong("max-file-size"), help: "Largest report read, in MiB; a larger file is skipped with a warning.")
    var maxFileSize: Int = IngestOptions.defaultMaximumFileSize / 1_048_576

    func validate() throws {
        // One line on standard error, exit status 2, like any unusable input.
        guard maxFileSize > 0, maxFileSize <= 1_048_576 else {
            throw Invalid(description: "--max-file-size \(maxFileSize) is not a size from 1 to 1048576 MiB")
        }
    }

    /// An option value that cannot be used.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// How sources are read, with the reference date's year for datelines without one.
    func ingestOptions(_ reference: ReferenceDateOption) -> IngestOptions {
        IngestOptions(referenceYear: reference.date?.year, followingLinks: followSymlinks,
                      maximumFileSize: maxFileSize * 1_048_576)
    }
}
