import Foundation
import GRDB
import ReviewModel

extension ProjectStore {
  /// Appends `draft` to the log in a transaction of its own.
  @discardableResult
  public func append(_ draft: EventDraft) throws(StoreError) -> Event {
    let createdAt = timestamp()
    return try write { db in try appendEvent(draft, at: createdAt, db) }
  }

  /// The whole log, oldest first.
  public func events() throws(StoreError) -> [Event] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, uuid, kind, actor, method, batch_id, record_id, payload, created_at
          FROM event ORDER BY id
          """
      ).map { row in
        Event(
          id: row[0], uuid: row[1], kind: EventKind(rawValue: row[2]), actor: row[3],
          method: row[4], batchID: row[5], recordID: row[6],
          payload: try JSONColumn.decode([String: String].self, from: row[7]), createdAt: row[8])
      }
    }
  }

  /// Appends `draft` inside the caller's transaction.
  @discardableResult
  func appendEvent(_ draft: EventDraft, at createdAt: String, _ db: Database) throws -> Event {
    // The byte-level writer, not JSONEncoder: `screen --auto` appends tens of thousands of
    // events in one transaction. Keys are sorted, as they always were.
    var json = JSONWriter(capacity: 128)
    json.beginObject()
    for key in draft.payload.keys.sorted() {
      json.key(key)
      json.string(draft.payload[key] ?? "")
    }
    json.endObject()
    let payload = json.text
    let uuid = UUID().uuidString.lowercased()
    // Cached: a transaction of many decisions or imports compiles the statement once.
    try db.cachedStatement(
      sql: """
        INSERT INTO event (uuid, kind, actor, method, batch_id, record_id, payload, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        uuid, draft.kind.rawValue, draft.actor, draft.method, draft.batchID, draft.recordID,
        payload, createdAt,
      ])
    return Event(
      id: db.lastInsertedRowID, uuid: uuid, kind: draft.kind, actor: draft.actor,
      method: draft.method, batchID: draft.batchID, recordID: draft.recordID,
      payload: draft.payload, createdAt: createdAt)
  }
}
