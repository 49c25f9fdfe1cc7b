import GRDB
import ReviewModel

extension ProjectStore {
  /// Stores one appraisal answer, in a transaction of its own, so that an answer given at the
  /// terminal is kept even if the session is killed right after.
  ///
  /// - Throws: ``StoreError/noSuchRecord(id:)`` when the record does not exist.
  @discardableResult
  public func recordAppraisalAnswer(_ draft: AppraisalAnswerDraft) throws(StoreError)
    -> AppraisalAnswer
  {
    let stored = try recordAppraisalAnswers([draft])
    guard let answer = stored.first else { throw .database("no appraisal answer was stored") }
    return answer
  }

  /// Stores appraisal answers, all in one transaction: every one of them, or none.
  ///
  /// - Throws: ``StoreError/noSuchRecord(id:)`` for a record that does not exist, or
  ///   ``StoreError/database(_:)`` when a value breaks the schema's checks; nothing is stored.
  @discardableResult
  public func recordAppraisalAnswers(_ drafts: [AppraisalAnswerDraft]) throws(StoreError)
    -> [AppraisalAnswer]
  {
    let answeredAt = timestamp()
    return try write { db in
      let recordExists = try db.makeStatement(sql: "SELECT 1 FROM record WHERE id = ?")
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO appraisal_answer
            (event_id, record_id, instrument, reviewer, item, answer, note, method)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """)
      var stored: [AppraisalAnswer] = []
      for draft in drafts {
        guard try Int.fetchOne(recordExists, arguments: [draft.recordID]) != nil else {
          throw StoreError.noSuchRecord(id: draft.recordID)
        }
        var payload = [
          "instrument": draft.instrument, "item": draft.item, "answer": draft.answer,
        ]
        payload["note"] = draft.note
        let event = try appendEvent(
          EventDraft(
            kind: .appraisalAnswer, actor: draft.reviewer, method: draft.method.rawValue,
            recordID: draft.recordID, payload: payload),
          at: answeredAt, db)
        try insert.execute(arguments: [
          event.id, draft.recordID, draft.instrument, draft.reviewer, draft.item, draft.answer,
          draft.note, draft.method.rawValue,
        ])
        stored.append(
          AppraisalAnswer(
            eventID: event.id, uuid: event.uuid, recordID: draft.recordID,
            instrument: draft.instrument, reviewer: draft.reviewer, item: draft.item,
            answer: draft.answer, note: draft.note, method: draft.method,
            answeredAt: answeredAt))
      }
      return stored
    }
  }

  /// Every appraisal answer, oldest first; only those about `recordID` when one is given.
  ///
  /// Earlier answers that a later one replaced are included: `AppraisalLog` in the Appraisal
  /// target works out which count.
  public func appraisalAnswers(recordID: Int64? = nil) throws(StoreError) -> [AppraisalAnswer] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.event_id, e.uuid, a.record_id, a.instrument, a.reviewer, a.item, a.answer,
            a.note, a.method, e.created_at
          FROM appraisal_answer a JOIN event e ON e.id = a.event_id
          WHERE ?1 IS NULL OR a.record_id = ?1
          ORDER BY a.event_id
          """, arguments: [recordID]
      ).map { row in
        let methodName: String = row[8]
        guard let method = AppraisalMethod(rawValue: methodName) else {
          throw StoreError.database(
            "appraisal_answer \(row[0] as Int64) has the unknown method \(methodName)")
        }
        return AppraisalAnswer(
          eventID: row[0], uuid: row[1], recordID: row[2], instrument: row[3], reviewer: row[4],
          item: row[5], answer: row[6], note: row[7], method: method, answeredAt: row[9])
      }
    }
  }

  /// Sets a study's design, in a transaction of its own.
  ///
  /// - Throws: ``StoreError/noSuchRecord(id:)`` when the record does not exist.
  public func setStudyDesign(recordID: Int64, design: String, actor: String) throws(StoreError) {
    let at = timestamp()
    try write { db in
      guard
        try Int.fetchOne(db, sql: "SELECT 1 FROM record WHERE id = ?", arguments: [recordID])
          != nil
      else { throw StoreError.noSuchRecord(id: recordID) }
      let event = try appendEvent(
        EventDraft(
          kind: .studyDesignSet, actor: actor, method: "manual", recordID: recordID,
          payload: ["design": design]),
        at: at, db)
      try db.execute(
        sql: "INSERT INTO study_design (event_id, record_id, design) VALUES (?, ?, ?)",
        arguments: [event.id, recordID, design])
    }
  }

  /// Each study's current design: the latest set, by record id.
  public func studyDesigns() throws(StoreError) -> [Int64: String] {
    try read { db in
      var designs: [Int64: String] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT record_id, design FROM study_design ORDER BY event_id")
      {
        designs[row[0]] = row[1]
      }
      return designs
    }
  }
}
