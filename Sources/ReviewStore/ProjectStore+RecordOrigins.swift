import GRDB

extension ProjectStore {
  /// The batch each record came in, by record id, in one read of two columns.
  ///
  /// What the PRISMA counts need of every record; ``forEachRecord(_:_:)`` would decode every
  /// record's fields for nothing.
  public func recordBatchIDs() throws(StoreError) -> [Int64: Int64] {
    try read { db in
      var batchIDs: [Int64: Int64] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT id, batch_id FROM record")
      while let row = try rows.next() {
        batchIDs[row[0]] = row[1]
      }
      return batchIDs
    }
  }
}
