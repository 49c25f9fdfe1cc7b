import GRDB

extension ProjectStore {
  /// Runs raw SQL in a transaction.
  ///
  /// Only for tests that check the schema's own guards (append-only triggers, constraints); the
  /// commands never reach the database this way.
  package func executeForTesting(_ sql: String) throws(StoreError) {
    try write { db in try db.execute(sql: sql) }
  }
}

extension ProjectStore {
  /// Makes the database at `path` as an older litrev left it: migrated up to the migration named
  /// `last` only, then changed by `sql`.
  ///
  /// Only for tests of the later migrations, which must carry such a database's data forward.
  package static func prepareForTesting(path: String, migratedUpTo last: String, sql: String)
    throws(StoreError)
  {
    do {
      var configuration = Configuration()
      configuration.foreignKeysEnabled = true
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      try Migrations.migrator.migrate(queue, upTo: last)
      try queue.write { db in try db.execute(sql: sql) }
    } catch {
      throw StoreError(error)
    }
  }
}
