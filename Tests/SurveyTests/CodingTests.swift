import ReviewModel
import ReviewTestSupport
import Testing

@testable import Survey

/// The codebook, its suggestions, and two coders' agreement.
struct CodingTests {
  private func codebook() throws -> Codebook {
    try CodebookLoader().load(path: TestFiles.corpus("survey/codebook.yaml"))
  }

  @Test func theExampleCodebookHasItsThemes() throws {
    let themes = try codebook().themes.map(\.id)
    #expect(
      themes == [
        "audiovisual_learning", "wider_networks", "research_collaboration", "patient_education",
        "not_integrated", "professionalism",
      ])
  }

  @Test func patternsAndExamplesSuggestCodesWithTheirWords() throws {
    let suggester = CodeSuggester(codebook: try codebook())
    let text = "Watching procedure videos on YouTube, and I found collaborators for an audit."
    let suggestions = suggester.suggestions(for: text)
    #expect(suggestions.map(\.codeID) == ["video_learning", "collaborators"])
    let words = suggestions[0].ranges.map { String(text[$0]) }
    #expect(words == ["procedure videos", "YouTube"])
    #expect(suggester.suggestions(for: "Nothing relevant here.").isEmpty)
  }

  @Test func aBadPatternIsReportedWithItsKey() {
    let text = """
      version: 1
      themes:
        - id: t
          name: T
          codes:
            - id: c
              name: C
              patterns: ['video* AND']
      """
    do {
      _ = try CodebookLoader().decode(text, file: "codebook.yaml")
      Issue.record("a bad pattern was accepted")
    } catch {
      #expect(error.description.hasPrefix("codebook.yaml:8:"))
      #expect(error.description.contains("themes[0].codes[0].patterns[0]: not a valid pattern"))
    }
  }

  private func action(
    _ respondent: String, _ coder: String, _ kind: CodingAction.Kind, _ code: String? = nil
  ) -> CodingAction {
    CodingAction(respondent: respondent, questionID: "q", coder: coder, kind: kind, codeID: code)
  }

  @Test func codesInForceFollowTheLog() {
    let coded = CodedAnswers([
      action("R1", "ana", .apply, "a"), action("R1", "ana", .apply, "b"),
      action("R1", "ana", .remove, "a"), action("R1", "bo", .apply, "a"),
    ])
    let answer = AnswerKey(respondent: "R1", questionID: "q")
    #expect(coded.codes(of: answer, coder: "ana") == ["b"])
    #expect(coded.codes(of: answer) == ["a", "b"])
  }

  @Test func kappaPerCodeOverTheAnswersBothCoded() throws {
    // Ten answers both coded. Code x: both 4, ana only 1, bo only 1, neither 4:
    // pₒ = 0.8, pₑ = 0.5·0.5 + 0.5·0.5 = 0.5, κ = 0.6.
    var actions: [CodingAction] = []
    for index in 0..<10 {
      let respondent = "R\(index)"
      if index < 5 { actions.append(action(respondent, "ana", .apply, "x")) }
      if index < 4 || index == 5 { actions.append(action(respondent, "bo", .apply, "x")) }
      actions += [action(respondent, "ana", .reviewed), action(respondent, "bo", .reviewed)]
    }
    // An answer only ana coded is left out.
    actions.append(action("R99", "ana", .apply, "x"))
    let comparison = CodingComparison(
      first: "ana", second: "bo", coded: CodedAnswers(actions), codeIDs: ["x", "y"])
    #expect(comparison.sharedAnswers.count == 10)
    let x = comparison.agreements[0]
    #expect([x.both, x.firstOnly, x.secondOnly, x.neither] == [4, 1, 1, 4])
    #expect(abs((x.kappa ?? 0) - 0.6) < 1e-12)
    // Nobody used y: agreement is perfect and kappa undefined.
    #expect(comparison.agreements[1].percentAgreement == 1)
    #expect(comparison.agreements[1].kappa == nil)
    #expect(
      comparison.conflicts.map { "\($0.answer.respondent) \($0.appliedBy)" } == ["R4 ana", "R5 bo"])
  }

  @Test func themesCountRespondentsOnceWithShareOfReturned() throws {
    let book = try codebook()
    let responses = [
      SurveyResponse(respondent: "R1", line: 2, answers: ["a": ["videos"], "b": ["podcasts"]]),
      SurveyResponse(respondent: "R2", line: 3, answers: ["a": ["a network"]]),
      SurveyResponse(respondent: "R3", line: 4, answers: [:]),
      SurveyResponse(respondent: "R4", line: 5, answers: [:]),
    ]
    let coded = CodedAnswers([
      CodingAction(
        respondent: "R1", questionID: "a", coder: "ana", kind: .apply, codeID: "video_learning"),
      CodingAction(
        respondent: "R1", questionID: "b", coder: "ana", kind: .apply, codeID: "podcasts"),
      CodingAction(
        respondent: "R2", questionID: "a", coder: "ana", kind: .apply, codeID: "wider_network"),
    ])
    let themes = ThemeFrequency.all(codebook: book, responses: responses, coded: coded)
    #expect(themes[0].respondents == 1)
    #expect(themes[0].share == 0.25)
    #expect(themes[0].exemplars.map(\.text) == ["videos", "podcasts"])
    #expect(themes[1].respondents == 1)
    #expect(themes[2].respondents == 0)
  }
}
