import GRDB
import ReviewModel

/// A survey response file as it was imported.
public struct SurveyImport: Sendable, Hashable {
  public var id: Int64
  public var fileName: String
  public var sha256: String
  public var title: String
  public var distributed: Int
  public var responseCount: Int
  public var skippedCount: Int
  public var importedAt: String
  public var importedBy: String
}

/// What `survey import` hands the store: the file, its figures, and the rows that fit.
public struct SurveyImportDraft: Sendable {
  public var fileName: String
  public var sha256: String
  public var title: String
  public var distributed: Int
  public var responses: [SurveyResponse]
  public var skippedCount: Int
  public var actor: String

  public init(
    fileName: String, sha256: String, title: String, distributed: Int,
    responses: [SurveyResponse], skippedCount: Int, actor: String
  ) {
    self.fileName = fileName
    self.sha256 = sha256
    self.title = title
    self.distributed = distributed
    self.responses = responses
    self.skippedCount = skippedCount
    self.actor = actor
  }
}

extension ProjectStore {
  /// Stores a survey import, its event, its respondents and their answers, in one transaction.
  ///
  /// - Throws: ``StoreError/alreadyImportedSurvey(file:previous:)`` when the same bytes were
  ///   imported before (unless `again`), ``StoreError/database(_:)`` when SQLite fails;
  ///   nothing is stored then.
  @discardableResult
  public func importSurvey(_ draft: SurveyImportDraft, again: Bool = false) throws(StoreError)
    -> SurveyImport
  {
    if !again, let previous = try surveyImports().first(where: { $0.sha256 == draft.sha256 }) {
      throw .alreadyImportedSurvey(file: draft.fileName, previous: previous)
    }
    let importedAt = timestamp()
    return try write { db in
      let event = try appendEvent(
        EventDraft(
          kind: .surveyImported, actor: draft.actor, method: "import",
          payload: [
            "file": draft.fileName, "sha256": draft.sha256,
            "responses": String(draft.responses.count), "skipped": String(draft.skippedCount),
          ]),
        at: importedAt, db)
      try db.execute(
        sql: """
          INSERT INTO survey_import
            (event_id, file_name, sha256, title, distributed, response_count, skipped_count)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          event.id, draft.fileName, draft.sha256, draft.title, draft.distributed,
          draft.responses.count, draft.skippedCount,
        ])
      let importID = db.lastInsertedRowID
      let respondent = try db.makeStatement(
        sql: "INSERT INTO survey_respondent (import_id, respondent, line) VALUES (?, ?, ?)")
      let answer = try db.makeStatement(
        sql: """
          INSERT INTO survey_answer (respondent_id, question_id, position, value)
          VALUES (?, ?, ?, ?)
          """)
      for response in draft.responses {
        try respondent.execute(arguments: [importID, response.respondent, response.line])
        let respondentID = db.lastInsertedRowID
        for (question, values) in response.answers.sorted(by: { $0.key < $1.key }) {
          if values.isEmpty {
            try answer.execute(arguments: [respondentID, question, 0, nil as String?])
          }
          for (position, value) in values.enumerated() {
            try answer.execute(arguments: [respondentID, question, position, value])
          }
        }
      }
      return SurveyImport(
        id: importID, fileName: draft.fileName, sha256: draft.sha256, title: draft.title,
        distributed: draft.distributed, responseCount: draft.responses.count,
        skippedCount: draft.skippedCount, importedAt: importedAt, importedBy: draft.actor)
    }
  }

  /// Every survey import, oldest first.
  public func surveyImports() throws(StoreError) -> [SurveyImport] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.id, s.file_name, s.sha256, s.title, s.distributed, s.response_count,
            s.skipped_count, e.created_at, e.actor
          FROM survey_import s JOIN event e ON e.id = s.event_id ORDER BY s.id
          """
      ).map { row in
        SurveyImport(
          id: row[0], fileName: row[1], sha256: row[2], title: row[3], distributed: row[4],
          responseCount: row[5], skippedCount: row[6], importedAt: row[7], importedBy: row[8])
      }
    }
  }

  /// The responses of the latest import, in file order: a later import of a corrected file
  /// takes the place of the earlier one, which stays in the store and the log.
  public func currentSurveyResponses() throws(StoreError) -> (SurveyImport, [SurveyResponse])? {
    guard let latest = try surveyImports().last else { return nil }
    let responses = try read { db in
      var byRespondent: [Int64: SurveyResponse] = [:]
      var order: [Int64] = []
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT r.id, r.respondent, r.line, a.question_id, a.value
          FROM survey_respondent r LEFT JOIN survey_answer a ON a.respondent_id = r.id
          WHERE r.import_id = ? ORDER BY r.id, a.question_id, a.position
          """, arguments: [latest.id])
      {
        let id: Int64 = row[0]
        if byRespondent[id] == nil {
          byRespondent[id] = SurveyResponse(respondent: row[1], line: row[2], answers: [:])
          order.append(id)
        }
        guard let question: String = row[3] else { continue }
        let value: String? = row[4]
        byRespondent[id]?.answers[question, default: []] += value.map { [$0] } ?? []
      }
      return order.compactMap { byRespondent[$0] }
    }
    return (latest, responses)
  }
}
