import Foundation
import GRDB
import VerifyKit
#if canImport(Glibc)
import Glibc
#endif

/// The extraction cache of one machine: an SQLite file (`extractions.sqlite`) in a folder
/// (`.verify-cache/` beside the corpus by default), schema in docs/cache.md.
///
/// Never trusted blindly: a file that is not this tool's cache (another application id or
/// schema version), or that fails SQLite's integrity check, is deleted and rebuilt with a
/// warning; a folder another run holds (an exclusive lock on `lock`) is not used this run.
/// Entries not used in ``keptRuns`` runs are dropped. A run holds the folder from opening
/// the store until it has saved its new entries (``save(_:)`` closes the store).
public final class SQLiteExtractionStore: ExtractionStore, @unchecked Sendable {
    /// Bumped whenever the tables or the encoding of an extraction change.
    public static let schemaVersion = 5
    /// SQLite `application_id` of the file: "vrfy".
    public static let applicationID: Int32 = 0x7672_6679
    /// File name of the database in the cache folder.
    public static let fileName = "extractions.sqlite"
    /// Seconds a run waits for another run to release the folder before going on without it.
    public static let lockWait = 10.0
    /// Runs an entry is kept without being used.
    public static let keptRuns = 20

    /// Why the cache cannot be used this run (the run goes on without it).
    public struct Unavailable: Error, CustomStringConvertible {
        /// One line saying why.
        public var description: String
    }

    /// A pool (write-ahead log): the ingest threads read entries at once, each on a
    /// connection of its own.
    private let database: DatabasePool
    private let lockDescriptor: Int32
    private let run: Int
    private let state = NSLock()
    private var usedKeys: Set<String> = []
    /// Stories read this run, marked used when the run saves.
    private var usedStories: Set<String> = []
    /// The copy trace to write when the run saves.
    private var keptTrace: (key: String, bytes: [UInt8])?
    private var hitCount = 0
    private var missCount = 0
    private var storyHitCount = 0
    private var storyMissCount = 0
    /// What opening the store found and did (a rebuilt cache), for the user.
    public private(set) var warnings: [String] = []
    /// How many of ``warnings`` opening the store gave (said once, when it opens).
    public private(set) var openingWarningCount = 0

    /// Opens (or creates) the store in `folder`.
    /// - Throws: ``Unavailable`` when the folder cannot be created or written, or another
    ///   run holds it for longer than ``lockWait``.
    public init(folder: String) throws(Unavailable) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Unavailable(description: "\(folder): cannot create the cache folder; running without a cache")
        }
        let lockPath = folder + "/lock"
        let descriptor = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Unavailable(description: "\(folder): cannot write in the cache folder; running without a cache")
        }
        // Another run holding the folder usually ends within seconds: wait for it a while.
        var waited = 0.0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard waited < Self.lockWait else {
                Glibc.close(descriptor)
                throw Unavailable(description: "\(folder): the cache is in use by another run; running without it")
            }
            usleep(50_000)
            waited += 0.05
        }
        lockDescriptor = descriptor
        let path = folder + "/" + Self.fileName
        var opened: (DatabasePool, Int)?
        var problem: String?
        var notes: [String] = []
        if FileManager.default.fileExists(atPath: path) {
            do {
                opened = try Self.openDatabase(path: path, mustExist: true)
            } catch let reason as Foreign {
                problem = reason.description
            } catch {
                problem = "not a readable SQLite database (\(Self.firstLine(error)))"
            }
        }
        if opened == nil {
            if let problem { notes.append("\(path): \(problem); rebuilt") }
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            do {
                opened = try Self.openDatabase(path: path, mustExist: false)
            } catch {
                flock(descriptor, LOCK_UN)
                Glibc.close(descriptor)
                throw Unavailable(description: "\(path): cannot create the cache (\(Self.firstLine(error))); running without it")
            }
        }
        (database, run) = opened!
        warnings = notes
        openingWarningCount = notes.count
    }

    private var closed = false

    private var isClosed: Bool {
        state.lock()
        defer { state.unlock() }
        return closed
    }

    /// Releases the folder for other runs (also done when the store goes away).
    public func close() {
        state.lock()
        defer { state.unlock() }
        guard !closed else { return }
        closed = true
        flock(lockDescriptor, LOCK_UN)
        Glibc.close(lockDescriptor)
    }

    deinit {
        close()
    }

    /// A file that is an SQLite database but not this tool's cache, or not whole.
    private struct Foreign: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens the database, checks it is this tool's and whole, creates the tables of a new
    /// one, and counts this run.
    private static func openDatabase(path: String, mustExist: Bool) throws -> (DatabasePool, Int) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        let queue = try DatabasePool(path: path, configuration: configuration)
        let run = try queue.write { db -> Int in
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if mustExist || tables > 0 {
                guard application == applicationID else {
                    throw Foreign(description: "not a verify cache (application id \(application))")
                }
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw Foreign(description: "fails SQLite's integrity check (\(check.first ?? "no answer"))")
                }
                let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'schema'")
                guard version == String(schemaVersion) else {
                    throw Foreign(description: "cache schema \(version ?? "unknown"), this tool writes \(schemaVersion)")
                }
            } else {
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                try db.execute(sql: """
                    CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE extractions (key TEXT PRIMARY KEY, extraction BLOB NOT NULL);
                    CREATE TABLE sketches (key TEXT PRIMARY KEY, sketch BLOB NOT NULL);
                    CREATE TABLE stories (key TEXT PRIMARY KEY, story BLOB NOT NULL);
                    CREATE TABLE traces (key TEXT PRIMARY KEY, trace BLOB NOT NULL);
                    CREATE TABLE uses (key TEXT PRIMARY KEY, used INTEGER NOT NULL);
                    CREATE INDEX uses_used ON uses(used);
                    """)
                try db.execute(sql: "INSERT INTO meta (name, value) VALUES ('schema', ?), ('run', '0')",
                               arguments: [String(schemaVersion)])
            }
            let run = (Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'run'") ?? "0") ?? 0) + 1
            try db.execute(sql: "UPDATE meta SET value = ? WHERE name = 'run'", arguments: [String(run)])
            return run
        }
        return (queue, run)
    }

    /// The blob of `column` under `key` in `table`, if any.
    private func blob(_ table: String, _ column: String, key: String) -> [UInt8]? {
        guard !isClosed else { return nil }
        let data = try? database.read { db in
            try Data.fetchOne(db.cachedStatement(sql: "SELECT \(column) FROM \(table) WHERE key = ?"), arguments: [key])
        }
        return data.map { [UInt8]($0) }
    }

    /// Counts a report looked up (once per report and run) and marks it used.
    private func count(_ key: String, found: Bool) {
        state.lock()
        defer { state.unlock() }
        guard !usedKeys.contains(key) else { return }
        if found {
            hitCount += 1
            usedKeys.insert(key)
        } else {
            missCount += 1
        }
    }

    public func extraction(for key: ExtractionKey) -> CachedExtraction? {
        let decoded = blob("extractions", "extraction", key: key.digest).flatMap { CachedExtraction(encoded: $0) }
        count(key.digest, found: decoded != nil)
        return decoded
    }

    /// The sketch alone (table `sketches`): a run decodes a report's extraction only when
    /// its story is aligned again.
    public func sketch(for key: ExtractionKey) -> CachedSketch? {
        let decoded = blob("sketches", "sketch", key: key.digest).flatMap { CachedSketch(encoded: $0) }
        count(key.digest, found: decoded != nil)
        return decoded
    }

    /// Every sketch in one read of the database (one statement, not one transaction per
    /// report), decoded on every core.
    public func sketches(for keys: [ExtractionKey]) -> [CachedSketch?] {
        guard !isClosed else { return keys.map { _ in nil } }
        let blobs: [Data?] = (try? database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT sketch FROM sketches WHERE key = ?")
            return try keys.map { try Data.fetchOne(statement, arguments: [$0.digest]) }
        }) ?? keys.map { _ in nil }
        let decoded = ParallelMap.map(blobs, makeState: {}) { _, blob in blob.flatMap { CachedSketch(encoded: [UInt8]($0)) } }
        for (key, sketch) in zip(keys, decoded) { count(key.digest, found: sketch != nil) }
        return decoded
    }

    public func story(for key: StoryKey) -> CachedStory? {
        stories(for: [key])[0]
    }

    /// Every story in one read of the database, decoded on every core.
    public func stories(for keys: [StoryKey]) -> [CachedStory?] {
        guard !isClosed else { return keys.map { _ in nil } }
        let blobs: [Data?] = (try? database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT story FROM stories WHERE key = ?")
            return try keys.map { try Data.fetchOne(statement, arguments: [$0.digest]) }
        }) ?? keys.map { _ in nil }
        let decoded = ParallelMap.map(blobs, makeState: {}) { _, blob in blob.flatMap { CachedStory(encoded: [UInt8]($0)) } }
        state.lock()
        defer { state.unlock() }
        for (key, story) in zip(keys, decoded) {
            if story != nil {
                usedStories.insert(key.digest)
                storyHitCount += 1
            } else {
                storyMissCount += 1
            }
        }
        return decoded
    }

    public func trace(for key: String) -> [UInt8]? {
        blob("traces", "trace", key: key)
    }

    public func keepTrace(_ bytes: [UInt8], for key: String) {
        state.lock()
        keptTrace = (key, bytes)
        state.unlock()
    }

    /// Stories served from the store, and stories looked up and not found (aligned again), so far.
    public var storyCounts: (hits: Int, misses: Int) {
        state.lock()
        defer { state.unlock() }
        return (storyHitCount, storyMissCount)
    }

    public func save(_ entries: [(key: ExtractionKey, extraction: CachedExtraction)]) {
        save(entries, stories: [])
    }

    public func save(_ entries: [(key: ExtractionKey, extraction: CachedExtraction)], stories: [(key: StoryKey, story: CachedStory)]) {
        guard !isClosed else { return }
        let rows = entries.map { entry in
            (entry.key.digest, Data(entry.extraction.encoded), Data(CachedSketch(extraction: entry.extraction).encoded))
        }
        let storyRows = stories.map { ($0.key.digest, Data($0.story.encoded)) }
        state.lock()
        let used = Array(usedKeys) + Array(usedStories)
        let traceRow = keptTrace.map { ($0.key, Data($0.bytes)) }
        state.unlock()
        let run = run
        let oldest = run - Self.keptRuns
        do {
            try database.write { db in
                // One compiled statement each, not one per row: a run over ten thousand
                // reports marks ten thousand entries used. The run that used an entry is kept
                // apart from it (`uses`), so marking it rewrites a small row, not its extraction.
                let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO extractions (key, extraction) VALUES (?, ?)")
                let sketch = try db.cachedStatement(sql: "INSERT OR REPLACE INTO sketches (key, sketch) VALUES (?, ?)")
                let story = try db.cachedStatement(sql: "INSERT OR REPLACE INTO stories (key, story) VALUES (?, ?)")
                let touch = try db.cachedStatement(sql: "INSERT OR REPLACE INTO uses (key, used) VALUES (?, ?)")
                for (key, blob, sketchBlob) in rows {
                    try insert.execute(arguments: [key, blob])
                    try sketch.execute(arguments: [key, sketchBlob])
                    try touch.execute(arguments: [key, run])
                }
                for (key, blob) in storyRows {
                    try story.execute(arguments: [key, blob])
                    try touch.execute(arguments: [key, run])
                }
                if let (key, blob) = traceRow {
                    try db.execute(sql: "INSERT OR REPLACE INTO traces (key, trace) VALUES (?, ?)", arguments: [key, blob])
                    try touch.execute(arguments: [key, run])
                }
                for key in used { try touch.execute(arguments: [key, run]) }
                for table in ["extractions", "sketches", "stories", "traces"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE key IN (SELECT key FROM uses WHERE used < ?)", arguments: [oldest])
                }
                try db.execute(sql: "DELETE FROM uses WHERE used < ?", arguments: [oldest])
            }
        } catch {
            state.lock()
            warnings.append("the cache could not be updated (\(Self.firstLine(error))); this run's results are not kept")
            state.unlock()
        }
        // Saved once per run: the folder is free for the next run from here on.
        close()
    }

    /// Reports served from the store, and reports looked up and not found, so far.
    public var counts: (hits: Int, misses: Int) {
        state.lock()
        defer { state.unlock() }
        return (hitCount, missCount)
    }

    private static func firstLine(_ error: any Error) -> String {
        String(String(describing: error).split(separator: "\n").first ?? "")
    }
}
