import ReviewModel
import ReviewStore
import Testing

/// Survey imports, coding actions and theme links in the store.
struct SurveyStoreTests {
  private func draft(sha256: String = "abc") -> SurveyImportDraft {
    SurveyImportDraft(
      fileName: "responses.csv", sha256: sha256, title: "Survey", distributed: 10,
      responses: [
        SurveyResponse(
          respondent: "R1", line: 2,
          answers: ["grade": ["CT1"], "platforms": ["YouTube", "Twitter"]]),
        SurveyResponse(respondent: "R2", line: 3, answers: ["platforms": []]),
      ], skippedCount: 1, actor: "ana")
  }

  @Test func anImportRoundTripsItsAnswers() throws {
    let store = try ProjectStore()
    try store.importSurvey(draft())
    let (stored, responses) = try #require(try store.currentSurveyResponses())
    #expect(stored.responseCount == 2)
    #expect(stored.skippedCount == 1)
    #expect(responses.map(\.respondent) == ["R1", "R2"])
    #expect(responses[0].answers["platforms"] == ["YouTube", "Twitter"])
    // Answered by choosing nothing: present, and empty.
    #expect(responses[1].answers["platforms"] == [])
    #expect(responses[1].answers["grade"] == nil)
    #expect(try store.events().last?.kind == .surveyImported)
  }

  @Test func theSameBytesAreNotImportedTwice() throws {
    let store = try ProjectStore()
    try store.importSurvey(draft())
    #expect(throws: StoreError.self) { try store.importSurvey(draft()) }
    try store.importSurvey(draft(), again: true)
    #expect(try store.surveyImports().count == 2)
  }

  @Test func codingActionsAreEventsInOrder() throws {
    let store = try ProjectStore()
    try store.recordCodingActions([
      CodingAction(respondent: "R1", questionID: "q", coder: "ana", kind: .apply, codeID: "c1"),
      CodingAction(respondent: "R1", questionID: "q", coder: "ana", kind: .memo, memo: "note"),
      CodingAction(respondent: "R1", questionID: "q", coder: "ana", kind: .reviewed),
    ])
    let actions = try store.codingActions()
    #expect(actions.map(\.kind) == [.apply, .memo, .reviewed])
    #expect(try store.events().filter { $0.kind == .answerCoded }.count == 3)
    // The schema refuses an apply without a code, and stores nothing of the batch.
    #expect(throws: StoreError.self) {
      try store.recordCodingActions([
        CodingAction(respondent: "R2", questionID: "q", coder: "ana", kind: .reviewed),
        CodingAction(respondent: "R2", questionID: "q", coder: "ana", kind: .apply),
      ])
    }
    #expect(try store.codingActions().count == 3)
  }

  @Test func linksNeedAnExistingRecord() throws {
    let store = try ProjectStore()
    #expect(throws: StoreError.noSuchRecord(id: 99)) {
      try store.recordThemeLinks([
        ThemeLinkAction(recordID: 99, themeID: "t", kind: .link, method: "manual", actor: "ana")
      ])
    }
  }

  @Test func theCurrentLinksAreTheLatestActionPerStudyAndTheme() {
    let actions = [
      ThemeLinkAction(
        eventID: 1, recordID: 1, themeID: "a", kind: .link, method: "manual", actor: "x"),
      ThemeLinkAction(
        eventID: 2, recordID: 2, themeID: "a", kind: .link, method: "suggested", actor: "x"),
      ThemeLinkAction(
        eventID: 3, recordID: 1, themeID: "a", kind: .unlink, method: "manual", actor: "x"),
    ]
    #expect(ThemeLinkAction.current(actions).map(\.recordID) == [2])
  }
}
