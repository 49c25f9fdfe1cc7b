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
