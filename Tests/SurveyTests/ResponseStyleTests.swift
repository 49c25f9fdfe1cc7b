import ReviewModel
import ReviewTestSupport
import Testing

@testable import Survey

/// Each survey tool's export style, as written in `Fixtures/styles/` (by us, after the tools'
/// documented layouts): the same three answers come out of every one.
struct ResponseStyleTests {
  private func read(_ style: String) throws -> SurveyResponseFile {
    let definition = try SurveyDefinitionLoader().load(
      path: TestFiles.fixture("styles/\(style).yaml", in: "SurveyTests"))
    return try SurveyResponseReader(definition: definition).read(
      path: TestFiles.fixture("styles/\(style).csv", in: "SurveyTests"))
  }

  @Test(arguments: ["google-forms", "microsoft-forms", "surveymonkey", "qualtrics", "redcap"])
  func everyStyleGivesTheSameAnswers(style: String) throws {
    let file = try read(style)
    #expect(file.problems.isEmpty, "\(file.problems)")
    try #require(file.responses.count == 3)
    let (first, second, third) = (file.responses[0], file.responses[1], file.responses[2])
    #expect(first.answers["grade"] == ["CT1"])
    #expect(first.answers["platforms"] == ["YouTube", "Podcasts"])
    #expect(first.answers["value_learning"] == ["Agree"])
    #expect(first.answers["hours"] == ["3"])
    #expect(first.answers["comments"]?.first?.isEmpty == false)
    #expect(second.answers["platforms"] == ["Twitter"])
    #expect(second.answers["value_learning"] == ["Strongly agree"])
    #expect(third.answers["grade"] == ["CT3"])
    #expect(third.answers["value_learning"] == ["Neutral"])
    #expect(third.answers["platforms"] == nil)
    #expect(third.answers["hours"] == nil)
    #expect(third.answers["comments"] == nil)
  }

  @Test func respondentIdsComeFromTheNamedColumn() throws {
    #expect(try read("surveymonkey").responses.map(\.respondent) == ["114001", "114002", "114003"])
    #expect(try read("qualtrics").responses.map(\.respondent) == ["R_1abc", "R_2def", "R_3ghi"])
  }

  @Test func quotedMultiLineCellsKeepTheirLineBreakAndLaterLinesStayRight() throws {
    let file = try read("google-forms")
    #expect(
      file.responses[0].answers["comments"] == [
        "Videos before procedures.\r\nPodcasts on the commute."
      ])
    // The first row spans lines 2 and 3, so the next starts on line 4.
    #expect(file.responses.map(\.line) == [2, 4, 5])
  }

  @Test func doubledQuotesByteOrderMarkAndSemicolons() throws {
    #expect(
      try read("microsoft-forms").responses[0].answers["comments"] == [
        "He said \"watch this\" and I did"
      ])
    let redcap = try read("redcap")
    #expect(redcap.responses[0].answers["comments"] == ["Videos; podcasts"])
    // A decimal comma in a semicolon-separated file.
    #expect(redcap.responses[1].answers["hours"] == ["4.5"])
  }

  @Test func cellsThatDoNotFitAreReportedWithLineAndColumn() throws {
    let definition = try SurveyDefinitionLoader().load(
      path: TestFiles.fixture("styles/google-forms.yaml", in: "SurveyTests"))
    let text = """
      Timestamp,Participant code,Training grade,Which platforms do you use?,Social media is valuable for my learning,Hours a week,Comments
      t,P1,CT1,YouTube,Agree,3,fine
      t,P2,ST4,YouTube,Agree,3,bad grade
      t,P3,CT2,"YouTube, Myspace",Somewhat,lots,three problems
      t,P1,CT2,YouTube,Agree,3,a second P1

      """
    let file = try SurveyResponseReader(definition: definition).read(text: text, path: "r.csv")
    #expect(file.responses.map(\.respondent) == ["P1"])
    #expect(file.skippedLines == [3, 4, 5])
    let places = file.problems.compactMap(\.location).map(\.description)
    #expect(places == ["r.csv:3:6", "r.csv:4:10", "r.csv:4:29", "r.csv:4:38", "r.csv:5:3"])
    #expect(file.problems[0].message.contains("'ST4' is not an option"))
    #expect(file.problems[1].message.contains("'Myspace'"))
    #expect(file.problems[4].message.contains("line 2 already"))
  }

  @Test func aMissingColumnIsNamed() throws {
    let definition = try SurveyDefinitionLoader().load(
      path: TestFiles.fixture("styles/google-forms.yaml", in: "SurveyTests"))
    #expect(throws: SurveyError.self) {
      try SurveyResponseReader(definition: definition).read(
        text: "Timestamp,Participant code\nt,P1\n", path: "r.csv")
    }
    do {
      _ = try SurveyResponseReader(definition: definition).read(
        text: "Timestamp,Participant code\nt,P1\n", path: "r.csv")
    } catch {
      #expect(error.description.contains("no column 'Training grade'"))
    }
  }

  @Test func definitionMistakesNameTheLineAndKey() {
    let text = """
      version: 1
      title: T
      distributed: 10
      questions:
        - id: q1
          text: Q
          type: likert
          column: Q
          labels: [Low, High]
          agree_form: 2
      """
    do {
      _ = try SurveyDefinitionLoader().decode(text, file: "survey.yaml")
      Issue.record("an unknown key was accepted")
    } catch {
      #expect(error.description.hasPrefix("survey.yaml:10:"))
      #expect(error.description.contains("questions[0].agree_form: unknown key"))
    }
  }

  @Test func agreeingStartsAboveTheMiddleOfTheScale() {
    #expect(SurveyDefinitionLoader.defaultAgreeFrom(5) == 4)
    #expect(SurveyDefinitionLoader.defaultAgreeFrom(4) == 3)
    #expect(SurveyDefinitionLoader.defaultAgreeFrom(7) == 5)
    #expect(SurveyDefinitionLoader.defaultAgreeFrom(2) == 2)
  }

  @Test func aRowWithMoreCellsThanTheHeaderIsReportedAtTheExtraCell() throws {
    let definition = try SurveyDefinitionLoader().load(
      path: TestFiles.fixture("styles/google-forms.yaml", in: "SurveyTests"))
    let text = """
      Timestamp,Participant code,Training grade,Which platforms do you use?,Social media is valuable for my learning,Hours a week,Comments
      t,P1,CT1,YouTube,Agree,3,an unquoted, comma

      """
    let file = try SurveyResponseReader(definition: definition).read(text: text, path: "r.csv")
    #expect(file.responses.isEmpty)
    #expect(file.problems.map { $0.location?.description } == ["r.csv:2:38"])
    #expect(file.problems.first?.message.contains("must be quoted") == true)
  }
}
