import Foundation
import GRDB
import ReviewModel

extension ProjectStore {
  /// Imports one file's records as one batch, in one transaction.
  ///
  /// The records are pulled one at a time from `nextRecord` and written as they come, so an
  /// import of any size runs in flat memory. When `nextRecord` or `finish` throws, or the file
  /// turns out to have been imported before, the transaction rolls back and nothing of the file
  /// is stored.
  ///
  /// - Parameters:
  ///   - request: what the user said about the file.
  ///   - nextRecord: the reader's cursor.
  ///   - finish: called after the last record; returns the file's SHA-256, its warning count,
  ///     and where the project keeps a copy of it (see ``ExportArchive``), if it does.
  /// - Returns: the stored batch.
  /// - Throws: whatever `nextRecord` or `finish` throws, unchanged; ``StoreError`` otherwise.
  public func importRecords(
    _ request: ImportRequest,
    from nextRecord: () throws -> ReviewModel.Record?,
    finish: () throws -> (sha256: String, warningCount: Int, exportFile: String?)
  ) throws -> ImportBatch {
    let importedAt = timestamp()
    do {
      return try writer.write { db in
        let batchID =
          try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM import_batch") ?? 1
        // 16 MB of page cache rather than SQLite's 2 MB: the pmid and doi indexes take their
        // inserts in no order, and with 2 MB their pages kept leaving the cache. Measured on
        // 30,000 PubMed records: 3.84 s -> 3.60 s (median of 4), peak RSS 54 -> 66 MB, and
        // the cache is bounded, so RSS stays flat with the file's size.
        try db.execute(sql: "PRAGMA cache_size = -16384")
        var insertion = try RecordInsertion(db)
        var position = 0
        while let record = try nextRecord() {
          position += 1
          try insertion.insert(record, batchID: batchID, position: position)
        }
        let (sha256, warningCount, exportFile) = try finish()
        if !request.allowsRepeat, let previous = try batch(withSHA256: sha256, db) {
          throw StoreError.alreadyImported(file: request.fileName, previous: previous)
        }
        let (sourceID, sourceKind) = try source(
          named: request.source, kind: request.sourceKind, db)
        let batch = ImportBatch(
          id: batchID, uuid: UUID().uuidString.lowercased(), source: request.source,
          sourceKind: sourceKind, fileName: request.fileName, sha256: sha256,
          format: request.format,
          searchedOn: request.searchedOn, query: request.query, recordCount: position,
          warningCount: warningCount, importedAt: importedAt, importedBy: request.importedBy,
          exportFile: exportFile)
        try db.execute(
          sql: """
            INSERT INTO import_batch (id, uuid, source_id, file_name, sha256, format, searched_on,
              query, record_count, warning_count, imported_at, imported_by, export_file)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            batch.id, batch.uuid, sourceID, batch.fileName, batch.sha256, batch.format.rawValue,
            batch.searchedOn, batch.query, batch.recordCount, batch.warningCount,
            batch.importedAt, batch.importedBy, batch.exportFile,
          ])
        try appendEvent(
          EventDraft(
            kind: .recordsImported, actor: request.importedBy, method: "import",
            batchID: batch.id,
            payload: [
              "file": request.fileName, "sha256": sha256, "records": String(position),
              "source": request.source,
            ]),
          at: importedAt, db)
        return batch
      }
    } catch let error as DatabaseError {
      throw StoreError(error)
    }
  }

  /// The batches imported so far, oldest first.
  public func batches() throws(StoreError) -> [ImportBatch] {
    try read { db in try ImportBatch.fetchAll(db, sql: ImportBatch.selectSQL + " ORDER BY b.id") }
  }

  func batch(withSHA256 sha256: String, _ db: Database) throws -> ImportBatch? {
    try ImportBatch.fetchOne(
      db, sql: ImportBatch.selectSQL + " WHERE b.sha256 = ?", arguments: [sha256])
  }

  /// The id and kind of the source called `name` (case-insensitively), made when it is new.
  ///
  /// - Throws: ``StoreError/sourceKindMismatch(source:stored:requested:)`` when the source
  ///   exists with another kind than `kind`: one source is one column of the PRISMA diagram.
  private func source(named name: String, kind: SourceKind?, _ db: Database) throws
    -> (id: Int64, kind: SourceKind)
  {
    if let row = try Row.fetchOne(
      db, sql: "SELECT id, kind FROM source WHERE name = ?", arguments: [name])
    {
      let id: Int64 = row[0]
      let storedName: String = row[1]
      guard let stored = SourceKind(rawValue: storedName) else {
        throw StoreError.database("unknown kind '\(storedName)' of source \(id)")
      }
      if let kind, kind != stored {
        throw StoreError.sourceKindMismatch(source: name, stored: stored, requested: kind)
      }
      return (id, stored)
    }
    let newKind = kind ?? .database
    try db.execute(
      sql: "INSERT INTO source (name, kind) VALUES (?, ?)", arguments: [name, newKind.rawValue])
    return (db.lastInsertedRowID, newKind)
  }
}

extension ImportBatch {
  static let selectSQL = """
    SELECT b.id, b.uuid, s.name, b.file_name, b.sha256, b.format, b.searched_on, b.query,
      b.record_count, b.warning_count, b.imported_at, b.imported_by, s.kind, b.export_file
    FROM import_batch b JOIN source s ON s.id = b.source_id
    """

  static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws
    -> [ImportBatch]
  {
    try Row.fetchAll(db, sql: sql, arguments: arguments).map(ImportBatch.init(row:))
  }

  static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = []) throws
    -> ImportBatch?
  {
    try Row.fetchOne(db, sql: sql, arguments: arguments).map(ImportBatch.init(row:))
  }

  init(row: Row) throws {
    let formatName: String = row[5]
    guard let format = SourceFormat(rawValue: formatName) else {
      throw StoreError.database("unknown format '\(formatName)' in import_batch \(row[0] as Int64)")
    }
    let kindName: String = row[12]
    guard let sourceKind = SourceKind(rawValue: kindName) else {
      throw StoreError.database(
        "unknown source kind '\(kindName)' of import_batch \(row[0] as Int64)")
    }
    self.init(
      id: row[0], uuid: row[1], source: row[2], sourceKind: sourceKind, fileName: row[3],
      sha256: row[4], format: format,
      searchedOn: row[6], query: row[7], recordCount: row[8], warningCount: row[9],
      importedAt: row[10], importedBy: row[11], exportFile: row[13])
  }
}
