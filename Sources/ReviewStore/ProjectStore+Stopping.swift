import GRDB
import ReviewModel

/// A stop recorded by `litrev stop`: who stopped by which rule, with what evidence, and which
/// records it excluded.
public struct ScreeningStop: Sendable, Hashable {
  /// The `screening_stopped` event.
  public var event: Event
  public var rule: String
  public var reviewer: String
  /// The records excluded by the stop.
  public var recordIDs: [Int64]
  /// The `screening_stop_undone` event, when the stop was undone.
  public var undoneBy: Event?
}

extension ProjectStore {
  /// Records a stop: one `screening_stopped` event holding `evidence`, and an exclusion with the
  /// method `stop:<rule>` for each of `recordIDs`, all in one transaction.
  ///
  /// - Parameters:
  ///   - rule: the stopping rule's name, without spaces.
  ///   - reviewer: whose screening ends; the exclusions are that reviewer's.
  ///   - recordIDs: the records left in the reviewer's title/abstract queue.
  ///   - evidence: what the decision rests on (records screened, includes found, p-value…).
  /// - Returns: the stop as stored.
  /// - Throws: ``StoreError/noSuchRecord(id:)``, or ``StoreError/database(_:)`` when a value
  ///   breaks the schema's checks; nothing is stored then.
  @discardableResult
  public func recordStop(
    rule: String, reviewer: String, recordIDs: [Int64], evidence: [String: String]
  ) throws(StoreError) -> ScreeningStop {
    let createdAt = timestamp()
    let method = DecisionMethod.stoppingRule(rule).description
    return try write { db in
      var payload = evidence
      payload["rule"] = rule
      payload["records"] = String(recordIDs.count)
      let stop = try appendEvent(
        EventDraft(kind: .screeningStopped, actor: reviewer, method: method, payload: payload),
        at: createdAt, db)
      try db.execute(
        sql: "INSERT INTO screening_stop (event_id, rule, reviewer) VALUES (?, ?, ?)",
        arguments: [stop.id, rule, reviewer])
      let recordExists = try db.makeStatement(sql: "SELECT 1 FROM record WHERE id = ?")
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO screening_decision (event_id, record_id, stage, verdict, reason, method)
          VALUES (?, ?, 'title_abstract', 'exclude', ?, ?)
          """)
      let link = try db.makeStatement(
        sql: "INSERT INTO screening_stop_decision (decision_event_id, stop_event_id) VALUES (?, ?)")
      for recordID in recordIDs {
        guard try Int.fetchOne(recordExists, arguments: [recordID]) != nil else {
          throw StoreError.noSuchRecord(id: recordID)
        }
        let event = try appendEvent(
          EventDraft(
            kind: .screeningDecision, actor: reviewer, method: method, recordID: recordID,
            payload: [
              "stage": ScreeningStage.titleAbstract.rawValue, "verdict": Verdict.exclude.rawValue,
              "reason": rule, "stop": stop.uuid,
            ]),
          at: createdAt, db)
        try insert.execute(arguments: [event.id, recordID, rule, method])
        try link.execute(arguments: [event.id, stop.id])
      }
      return ScreeningStop(
        event: stop, rule: rule, reviewer: reviewer, recordIDs: recordIDs, undoneBy: nil)
    }
  }

  /// Undoes `reviewer`'s latest stop that is still in force (by `rule`, when given): one
  /// `screening_stop_undone` event, after which the stop's exclusions no longer count.
  ///
  /// - Returns: the stop undone, or nil when there was none to undo.
  @discardableResult
  public func undoStop(reviewer: String, rule: String? = nil) throws(StoreError) -> ScreeningStop? {
    guard
      var stop = try stops().last(where: {
        $0.reviewer == reviewer && $0.undoneBy == nil && (rule == nil || $0.rule == rule)
      })
    else { return nil }
    let createdAt = timestamp()
    let undo = try write { db in
      let event = try appendEvent(
        EventDraft(
          kind: .screeningStopUndone, actor: reviewer, method: stop.event.method,
          payload: [
            "stop": stop.event.uuid, "rule": stop.rule, "records": String(stop.recordIDs.count),
          ]),
        at: createdAt, db)
      try db.execute(
        sql: "INSERT INTO screening_stop_undo (stop_event_id, event_id) VALUES (?, ?)",
        arguments: [stop.event.id, event.id])
      return event
    }
    stop.undoneBy = undo
    return stop
  }

  /// Every stop, oldest first, with whether it was undone.
  public func stops() throws(StoreError) -> [ScreeningStop] {
    let events = Dictionary(uniqueKeysWithValues: try events().map { ($0.id, $0) })
    return try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT s.event_id, s.rule, s.reviewer, u.event_id FROM screening_stop s
          LEFT JOIN screening_stop_undo u ON u.stop_event_id = s.event_id ORDER BY s.event_id
          """)
      return try rows.compactMap { row -> ScreeningStop? in
        let eventID: Int64 = row[0]
        guard let event = events[eventID] else { return nil }
        let records = try Int64.fetchAll(
          db,
          sql: """
            SELECT d.record_id FROM screening_stop_decision s
            JOIN screening_decision d ON d.event_id = s.decision_event_id
            WHERE s.stop_event_id = ? ORDER BY d.record_id
            """, arguments: [eventID])
        let undoID: Int64? = row[3]
        return ScreeningStop(
          event: event, rule: row[1], reviewer: row[2], recordIDs: records,
          undoneBy: undoID.flatMap { events[$0] })
      }
    }
  }
}
