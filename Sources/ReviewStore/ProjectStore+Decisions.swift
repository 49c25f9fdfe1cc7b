import GRDB
import ReviewModel

/// One entry of the audit trail: an event and, for a screening decision, what was decided.
public struct AuditEntry: Sendable, Hashable {
  public var event: Event
  public var decision: Decision?
}

extension ProjectStore {
  /// The reviewer name the log records for decisions made by protocol rules.
  public static let automationActor = "litrev"

  /// Records one decision, in a transaction of its own.
  ///
  /// - Throws: ``StoreError/noSuchRecord(id:)`` when the record does not exist;
  ///   ``StoreError/database(_:)`` when a value breaks the schema's checks.
  @discardableResult
  public func recordDecision(_ draft: DecisionDraft) throws(StoreError) -> Decision {
    let decisions = try recordDecisions([draft])
    guard let decision = decisions.first else { throw .database("no decision was stored") }
    return decision
  }

  /// Records decisions, all in one transaction: every one of them is stored, or none.
  ///
  /// - Throws: ``StoreError/noSuchRecord(id:)`` for a record that does not exist, and
  ///   ``StoreError/database(_:)`` when a value breaks the schema's checks; nothing is stored
  ///   then.
  @discardableResult
  public func recordDecisions(_ drafts: [DecisionDraft]) throws(StoreError) -> [Decision] {
    let decidedAt = timestamp()
    return try write { db in
      let recordExists = try db.makeStatement(sql: "SELECT 1 FROM record WHERE id = ?")
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO screening_decision (event_id, record_id, stage, verdict, reason, note, method)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """)
      var decisions: [Decision] = []
      decisions.reserveCapacity(drafts.count)
      for draft in drafts {
        guard try Int.fetchOne(recordExists, arguments: [draft.recordID]) != nil else {
          throw StoreError.noSuchRecord(id: draft.recordID)
        }
        var payload = ["stage": draft.stage.rawValue, "verdict": draft.verdict.rawValue]
        payload["reason"] = draft.reason
        payload["note"] = draft.note
        payload["run_by"] = draft.runBy
        payload["imported_from"] = draft.importedFrom
        if !draft.resolves.isEmpty { payload["resolves"] = draft.resolves.joined(separator: ",") }
        let event = try appendEvent(
          EventDraft(
            kind: .screeningDecision, actor: draft.reviewer, method: draft.method.description,
            recordID: draft.recordID, payload: payload),
          at: decidedAt, db)
        try insert.execute(arguments: [
          event.id, draft.recordID, draft.stage.rawValue, draft.verdict.rawValue, draft.reason,
          draft.note, draft.method.description,
        ])
        decisions.append(
          Decision(
            eventID: event.id, uuid: event.uuid, recordID: draft.recordID, stage: draft.stage,
            verdict: draft.verdict, reason: draft.reason, note: draft.note,
            reviewer: draft.reviewer, method: draft.method, decidedAt: decidedAt))
      }
      return decisions
    }
  }

  /// Takes back `reviewer`'s latest decision in force about `recordID` at `stage`: one
  /// `screening_decision_retracted` event, after which their earlier decision, if any, stands.
  ///
  /// Resolutions are not taken back this way; nor are decisions by rules or stops, which are
  /// not the reviewer's own.
  ///
  /// - Returns: the decision taken back, or nil when the reviewer had none in force there.
  @discardableResult
  public func retractLatestDecision(recordID: Int64, stage: ScreeningStage, reviewer: String)
    throws(StoreError) -> Decision?
  {
    let createdAt = timestamp()
    return try write { db -> Decision? in
      guard
        let row = try Row.fetchOne(
          db,
          sql: Decision.selectSQL + """
             WHERE d.record_id = ? AND d.stage = ? AND e.actor = ?
              AND d.method IN ('manual', 'import')
            ORDER BY d.event_id DESC LIMIT 1
            """,
          arguments: [recordID, stage.rawValue, reviewer])
      else { return nil }
      let decision = try Decision(row: row)
      let event = try appendEvent(
        EventDraft(
          kind: .screeningDecisionRetracted, actor: reviewer, method: "manual",
          recordID: recordID,
          payload: [
            "decision": decision.uuid, "stage": stage.rawValue,
            "verdict": decision.verdict.rawValue,
          ]),
        at: createdAt, db)
      try db.execute(
        sql: """
          INSERT INTO screening_decision_retraction (decision_event_id, event_id) VALUES (?, ?)
          """,
        arguments: [decision.eventID, event.id])
      return decision
    }
  }

  /// Every decision in force, oldest first, optionally only those about one record or at one
  /// stage; `includingTakenBack` adds those taken back (by undo, or by undoing a stop), as the
  /// audit trail shows them.
  public func decisions(
    recordID: Int64? = nil, stage: ScreeningStage? = nil, includingTakenBack: Bool = false
  ) throws(StoreError) -> [Decision] {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if let recordID {
      conditions.append("d.record_id = ?")
      arguments += [recordID]
    }
    if let stage {
      conditions.append("d.stage = ?")
      arguments += [stage.rawValue]
    }
    let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    return try read { db in
      try Row.fetchAll(
        db,
        sql: (includingTakenBack ? Decision.selectAllSQL : Decision.selectSQL) + whereClause
          + " ORDER BY d.event_id", arguments: arguments
      ).map(Decision.init(row:))
    }
  }

  /// The screening decisions in force at `stage`: each reviewer's latest about each record, by
  /// record and then reviewer.
  ///
  /// A later decision by the same reviewer about the same record replaces an earlier one; the
  /// earlier stays in the log. Resolutions are not screening decisions and are left out, so a
  /// reviewer who resolves a conflict keeps the verdict they screened with (agreement counts
  /// it); `ScreeningOutcome` weighs the resolutions.
  public func currentDecisions(stage: ScreeningStage) throws(StoreError) -> [Decision] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM (
            \(Decision.selectSQL) WHERE d.stage = ? AND d.method <> 'resolution'
          ) AS latest
          WHERE latest.event_id = (
            SELECT max(d2.event_id) FROM screening_decision_in_force d2
            JOIN event e2 ON e2.id = d2.event_id
            WHERE d2.record_id = latest.record_id AND d2.stage = latest.stage
              AND e2.actor = latest.actor AND d2.method <> 'resolution'
          )
          ORDER BY latest.record_id, latest.actor
          """,
        arguments: [stage.rawValue]
      ).map(Decision.init(row:))
    }
  }

  /// The ids of the records that anyone (a person or a rule) has decided about at `stage`.
  public func decidedRecordIDs(stage: ScreeningStage) throws(StoreError) -> Set<Int64> {
    try read { db in
      Set(
        try Int64.fetchAll(
          db,
          sql: "SELECT DISTINCT record_id FROM screening_decision_in_force WHERE stage = ?",
          arguments: [stage.rawValue]))
    }
  }

  /// The log, oldest first, with each screening decision beside its event; only the events
  /// about `recordID` when one is given.
  public func auditTrail(recordID: Int64? = nil) throws(StoreError) -> [AuditEntry] {
    let events = try events().filter { recordID == nil || $0.recordID == recordID }
    let decisions = try self.decisions(recordID: recordID, includingTakenBack: true)
    let byEvent = Dictionary(uniqueKeysWithValues: decisions.map { ($0.eventID, $0) })
    return events.map { AuditEntry(event: $0, decision: byEvent[$0.id]) }
  }
}

extension Decision {
  /// The decisions in force: neither taken back nor made by a stop that was undone.
  static let selectSQL = select(from: "screening_decision_in_force")
  /// Every decision ever made.
  static let selectAllSQL = select(from: "screening_decision")

  private static func select(from table: String) -> String {
    """
    SELECT d.event_id, e.uuid, d.record_id, d.stage, d.verdict, d.reason, d.note, e.actor,
      d.method, e.created_at
    FROM \(table) d JOIN event e ON e.id = d.event_id
    """
  }

  init(row: Row) throws {
    let stageName: String = row[3]
    let verdictName: String = row[4]
    let methodName: String = row[8]
    guard let stage = ScreeningStage(rawValue: stageName),
      let verdict = Verdict(rawValue: verdictName),
      let method = DecisionMethod(stored: methodName)
    else {
      throw StoreError.database(
        "screening_decision \(row[0] as Int64) holds values litrev does not know")
    }
    self.init(
      eventID: row[0], uuid: row[1], recordID: row[2], stage: stage, verdict: verdict,
      reason: row[5], note: row[6], reviewer: row[7], method: method, decidedAt: row[9])
  }
}
