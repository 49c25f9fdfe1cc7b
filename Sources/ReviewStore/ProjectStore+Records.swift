import GRDB
import ReviewModel

extension ProjectStore {
  /// Which records to list.
  public struct RecordFilter: Sendable, Hashable {
    /// Only records from this source (case-insensitive), or all.
    public var source: String?
    /// Only records from this batch, or all.
    public var batchID: Int64?
    /// Whether each record carries its original text.
    ///
    /// Off by default: that text is most of a project's bytes, and only `show` and exports of
    /// the source text need it.
    public var includesOriginalText: Bool
    /// Only records whose ids lie in this range, or all: a share of the project, for reading
    /// it on several threads at once.
    public var ids: ClosedRange<Int64>?

    public init(
      source: String? = nil, batchID: Int64? = nil, includesOriginalText: Bool = false,
      ids: ClosedRange<Int64>? = nil
    ) {
      self.source = source
      self.batchID = batchID
      self.includesOriginalText = includesOriginalText
      self.ids = ids
    }
  }

  /// The lowest and highest record id, or nil when there are no records.
  public func recordIDRange() throws(StoreError) -> ClosedRange<Int64>? {
    try read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT min(id), max(id) FROM record"),
        let lower = row[0] as Int64?, let upper = row[1] as Int64?
      else { return nil }
      return lower...upper
    }
  }

  /// Calls `body` with each stored record that passes `filter`, in import order, one at a time.
  public func forEachRecord(
    _ filter: RecordFilter = RecordFilter(), _ body: (StoredRecord) throws -> Void
  ) throws(StoreError) {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if let source = filter.source {
      conditions.append("s.name = ? COLLATE NOCASE")
      arguments += [source]
    }
    if let batchID = filter.batchID {
      conditions.append("r.batch_id = ?")
      arguments += [batchID]
    }
    if let ids = filter.ids {
      conditions.append("r.id BETWEEN ? AND ?")
      arguments += [ids.lowerBound, ids.upperBound]
    }
    let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: (filter.includesOriginalText ? RecordRow.selectSQL : RecordRow.selectWithoutTextSQL)
          + whereClause + " ORDER BY r.id", arguments: arguments)
      while let row = try rows.next() {
        try body(try RecordRow.storedRecord(row))
      }
    }
  }

  /// The record with `id`.
  public func record(id: Int64) throws(StoreError) -> StoredRecord {
    let found = try read { db in
      try Row.fetchOne(db, sql: RecordRow.selectSQL + " WHERE r.id = ?", arguments: [id])
        .map(RecordRow.storedRecord)
    }
    guard let found else { throw .noSuchRecord(id: id) }
    return found
  }

  /// Which of `ids` the project holds records with, in one read.
  ///
  /// - Parameter ids: record ids, as a spreadsheet or a command line gives them.
  /// - Returns: those of them that name a record.
  public func existingRecordIDs(_ ids: Set<Int64>) throws(StoreError) -> Set<Int64> {
    try read { db in
      let statement = try db.makeStatement(sql: "SELECT 1 FROM record WHERE id = ?")
      return try ids.filter { try Int.fetchOne(statement, arguments: [$0]) != nil }
    }
  }

  /// How many records the project holds.
  public func recordCount() throws(StoreError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM record") ?? 0 }
  }
}
