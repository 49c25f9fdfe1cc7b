import Foundation
import GRDB
import ReviewModel

/// A review project's database: opens it, migrates it, and offers everything the commands do with
/// it in terms of the model.
///
/// All SQL in litrev lives in this target, so that another backend (a shared server for teams) can
/// take its place behind the same API.
///
/// One instance per process and task: it is not `Sendable`.
public final class ProjectStore {
  /// The name of the database file inside a project folder.
  public static let databaseFileName = "review.sqlite"

  let writer: any DatabaseWriter
  /// When things happen; tests pass a fixed clock.
  let now: @Sendable () -> Date

  /// Opens (and migrates) the database at `path`, making it if needed.
  public init(path: String, now: @escaping @Sendable () -> Date = Date.init) throws(StoreError) {
    self.now = now
    do {
      var configuration = Configuration()
      configuration.foreignKeysEnabled = true
      configuration.busyMode = .timeout(10)
      configuration.prepareDatabase { db in
        // In WAL mode NORMAL loses no committed transaction when the process dies (kill -9
        // included): the commit is in the WAL file before it returns. It skips the fsync
        // after every commit that FULL makes, which only a power cut or an OS crash needs and
        // which made a big import or `screen --auto` wait on the disk rather than compute;
        // the database is never corrupted either way.
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
        // A record is a few kilobytes (its abstract, its authors with their affiliations): on
        // 4 KiB pages most take a page of their own and leave a tenth of it empty. 16 KiB pages
        // hold several, and made the database of a 30,000-record import a third smaller.
        // It takes effect only when the database is made, before WAL mode is set.
        try db.execute(sql: "PRAGMA page_size = 16384")
      }
      // DatabasePool runs SQLite in WAL mode: readers never block the writer, and a process
      // killed mid-transaction leaves the last committed state.
      writer = try DatabasePool(path: path, configuration: configuration)
      try Migrations.migrator.migrate(writer)
    } catch {
      throw StoreError(error)
    }
  }

  /// An empty project database in memory, for tests.
  public init(inMemory: Void = (), now: @escaping @Sendable () -> Date = Date.init)
    throws(StoreError)
  {
    self.now = now
    do {
      var configuration = Configuration()
      configuration.foreignKeysEnabled = true
      writer = try DatabaseQueue(configuration: configuration)
      try Migrations.migrator.migrate(writer)
    } catch {
      throw StoreError(error)
    }
  }

  /// The names of the migrations applied, in order.
  public func appliedMigrations() throws(StoreError) -> [String] {
    try read { db in try Migrations.migrator.appliedMigrations(db) }
  }

  /// The SQL of the migrated schema: every table, index and trigger, in a stable order.
  public func schemaSQL() throws(StoreError) -> String {
    try read { db in
      let rows = try String.fetchAll(
        db,
        sql: """
          SELECT sql FROM sqlite_master
          WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
          ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name
          """)
      return rows.map { $0 + ";\n" }.joined(separator: "\n")
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.read(body)
    } catch {
      throw StoreError(error)
    }
  }

  /// Runs `body` in one write transaction: all of it is stored, or (when it throws) none of it.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.write(body)
    } catch {
      throw StoreError(error)
    }
  }

  /// The current time as stored: ISO 8601 in UTC, to the millisecond.
  func timestamp() -> String {
    now().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
  }
}

extension StoreError {
  /// Wraps any error from the database layer; a `StoreError` thrown inside a transaction
  /// comes out as it went in.
  init(_ error: any Error) {
    if let error = error as? StoreError {
      self = error
    } else if let error = error as? DatabaseError {
      self = .database(error.message ?? error.description)
    } else {
      self = .database(String(describing: error))
    }
  }
}
