import GRDB
import ReviewModel

extension ProjectStore {
  /// Stores coding actions, each with its event, all in one transaction.
  ///
  /// - Throws: ``StoreError/database(_:)`` when a value breaks the schema's checks; nothing is
  ///   stored then.
  @discardableResult
  public func recordCodingActions(_ actions: [CodingAction]) throws(StoreError) -> [CodingAction] {
    let codedAt = timestamp()
    return try write { db in
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO survey_coding
            (event_id, respondent, question_id, coder, action, code_id, memo, method)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """)
      var stored: [CodingAction] = []
      for action in actions {
        var payload = [
          "respondent": action.respondent, "question": action.questionID,
          "action": action.kind.rawValue,
        ]
        payload["code"] = action.codeID
        payload["memo"] = action.memo
        let event = try appendEvent(
          EventDraft(
            kind: .answerCoded, actor: action.coder, method: action.method, payload: payload),
          at: codedAt, db)
        try insert.execute(arguments: [
          event.id, action.respondent, action.questionID, action.coder, action.kind.rawValue,
          action.codeID, action.memo, action.method,
        ])
        var copy = action
        copy.eventID = event.id
        stored.append(copy)
      }
      return stored
    }
  }

  /// Every coding action, oldest first.
  public func codingActions() throws(StoreError) -> [CodingAction] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT event_id, respondent, question_id, coder, action, code_id, memo, method
          FROM survey_coding ORDER BY event_id
          """
      ).compactMap { row in
        guard let kind = CodingAction.Kind(rawValue: row[4]) else { return nil }
        return CodingAction(
          eventID: row[0], respondent: row[1], questionID: row[2], coder: row[3], kind: kind,
          codeID: row[5], memo: row[6], method: row[7])
      }
    }
  }

  /// Stores a code made while coding, with its event.
  ///
  /// - Throws: ``StoreError/database(_:)`` when the id is taken already.
  public func addCode(_ code: AddedCode) throws(StoreError) {
    let addedAt = timestamp()
    try write { db in
      var payload = ["code": code.id, "name": code.name]
      payload["theme"] = code.themeID
      let event = try appendEvent(
        EventDraft(kind: .codeAdded, actor: code.addedBy, method: "manual", payload: payload),
        at: addedAt, db)
      try db.execute(
        sql:
          "INSERT INTO survey_code_added (event_id, code_id, name, theme_id) VALUES (?, ?, ?, ?)",
        arguments: [event.id, code.id, code.name, code.themeID])
    }
  }

  /// The codes made while coding, oldest first.
  public func addedCodes() throws(StoreError) -> [AddedCode] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.code_id, c.name, c.theme_id, e.actor
          FROM survey_code_added c JOIN event e ON e.id = c.event_id ORDER BY c.event_id
          """
      ).map { row in AddedCode(id: row[0], name: row[1], themeID: row[2], addedBy: row[3]) }
    }
  }

  /// Links or unlinks studies and themes, each with its event, in one transaction.
  ///
  /// - Throws: ``StoreError/noSuchRecord(id:)`` for a study the project does not hold.
  @discardableResult
  public func recordThemeLinks(_ actions: [ThemeLinkAction]) throws(StoreError)
    -> [ThemeLinkAction]
  {
    let linkedAt = timestamp()
    return try write { db in
      var stored: [ThemeLinkAction] = []
      for action in actions {
        guard
          try Int.fetchOne(
            db, sql: "SELECT 1 FROM record WHERE id = ?", arguments: [action.recordID])
            != nil
        else { throw StoreError.noSuchRecord(id: action.recordID) }
        var payload = ["theme": action.themeID, "action": action.kind.rawValue]
        payload["evidence"] = action.evidence
        let event = try appendEvent(
          EventDraft(
            kind: .studyThemeLinked, actor: action.actor, method: action.method,
            recordID: action.recordID, payload: payload),
          at: linkedAt, db)
        try db.execute(
          sql: """
            INSERT INTO study_theme_link (event_id, record_id, theme_id, action, method, evidence)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            event.id, action.recordID, action.themeID, action.kind.rawValue, action.method,
            action.evidence,
          ])
        var copy = action
        copy.eventID = event.id
        stored.append(copy)
      }
      return stored
    }
  }

  /// Every link and unlink, oldest first.
  public func themeLinkActions() throws(StoreError) -> [ThemeLinkAction] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT l.event_id, l.record_id, l.theme_id, l.action, l.method, l.evidence, e.actor
          FROM study_theme_link l JOIN event e ON e.id = l.event_id ORDER BY l.event_id
          """
      ).compactMap { row in
        guard let kind = ThemeLinkAction.Kind(rawValue: row[3]) else { return nil }
        return ThemeLinkAction(
          eventID: row[0], recordID: row[1], themeID: row[2], kind: kind, method: row[4],
          evidence: row[5], actor: row[6])
      }
    }
  }
}
