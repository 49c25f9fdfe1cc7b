import GRDB
import ReviewModel

extension ProjectStore {
  /// Stores extracted values, all in one transaction: every one of them, or none.
  ///
  /// Each value is an event of its own (`extraction_recorded`, or `extraction_resolved` for a
  /// resolution) and a row of `extraction_value`.
  ///
  /// - Parameter drafts: the values, in the order they were entered.
  /// - Returns: the values as stored.
  /// - Throws: ``StoreError/noSuchRecord(id:)`` for a record the project does not hold,
  ///   ``StoreError/database(_:)`` when a value breaks the schema's checks; nothing is stored then.
  @discardableResult
  public func recordExtractions(_ drafts: [ExtractionDraft]) throws(StoreError) -> [Extraction] {
    let recordedAt = timestamp()
    return try write { db in
      let recordExists = try db.makeStatement(sql: "SELECT 1 FROM record WHERE id = ?")
      let insert = try db.makeStatement(
        sql:
          "INSERT INTO extraction_value (event_id, record_id, field, value, method) VALUES (?, ?, ?, ?, ?)"
      )
      var stored: [Extraction] = []
      for draft in drafts {
        guard try Int.fetchOne(recordExists, arguments: [draft.recordID]) != nil else {
          throw StoreError.noSuchRecord(id: draft.recordID)
        }
        let text = draft.value.storedText
        var payload = ["field": draft.field, "value": text]
        payload["imported_from"] = draft.importedFrom
        let kind: EventKind =
          draft.method == .resolution ? .extractionResolved : .extractionRecorded
        let event = try appendEvent(
          EventDraft(
            kind: kind, actor: draft.reviewer, method: draft.method.rawValue,
            recordID: draft.recordID, payload: payload),
          at: recordedAt, db)
        try insert.execute(arguments: [
          event.id, draft.recordID, draft.field, text, draft.method.rawValue,
        ])
        stored.append(
          Extraction(
            eventID: event.id, recordID: draft.recordID, field: draft.field, value: text,
            reviewer: draft.reviewer, method: draft.method, recordedAt: recordedAt))
      }
      return stored
    }
  }

  /// Every extracted value in the log, oldest first; only those about `recordID` when given.
  public func extractions(recordID: Int64? = nil) throws(StoreError) -> [Extraction] {
    let condition = recordID == nil ? "" : " WHERE x.record_id = ?"
    let arguments: StatementArguments = recordID.map { [$0] } ?? []
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT x.event_id, x.record_id, x.field, x.value, e.actor, x.method, e.created_at
          FROM extraction_value x JOIN event e ON e.id = x.event_id\(condition)
          ORDER BY x.event_id
          """,
        arguments: arguments
      ).map { row in
        let methodName: String = row[5]
        guard let method = ExtractionMethod(rawValue: methodName) else {
          throw StoreError.database(
            "extraction_value \(row[0] as Int64) holds a method litrev does not know")
        }
        return Extraction(
          eventID: row[0], recordID: row[1], field: row[2], value: row[3], reviewer: row[4],
          method: method, recordedAt: row[6])
      }
    }
  }
}
