import ReviewModel
import Testing

@testable import Survey

/// Frequency tables of a small survey, worked by hand.
struct SummaryTests {
  private let definition = SurveyDefinition(
    title: "Test", distributed: 10,
    questions: [
      SurveyQuestion(
        id: "grade", text: "Grade", kind: .single(options: ["CT1", "CT2"], allowsOther: false),
        source: .column("Grade")),
      SurveyQuestion(
        id: "platforms", text: "Platforms",
        kind: .multiple(options: ["YouTube", "Twitter"], separator: ";"),
        source: .column("Platforms")),
      SurveyQuestion(
        id: "value", text: "Value",
        kind: .likert(labels: ["SD", "D", "N", "A", "SA"], agreeFrom: 4), source: .column("V")),
    ])

  private var responses: [SurveyResponse] {
    [
      SurveyResponse(
        respondent: "1", line: 2,
        answers: ["grade": ["CT1"], "platforms": ["YouTube", "Twitter"], "value": ["SA"]]),
      SurveyResponse(
        respondent: "2", line: 3,
        answers: ["grade": ["CT1"], "platforms": ["YouTube"], "value": ["A"]]),
      SurveyResponse(
        respondent: "3", line: 4, answers: ["grade": ["CT2"], "platforms": [], "value": ["N"]]),
      SurveyResponse(respondent: "4", line: 5, answers: ["grade": ["CT2"], "value": ["D"]]),
      SurveyResponse(respondent: "5", line: 6, answers: [:]),
    ]
  }

  @Test func responseRateIsReturnedOverDistributed() {
    let summary = SurveySummary(definition: definition, responses: responses)
    #expect(summary.returned == 5)
    #expect(summary.responseRate == 0.5)
  }

  @Test func singleChoiceSharesAreOfTheValidAnswers() throws {
    let summary = SurveySummary(definition: definition, responses: responses)
    let grade = try #require(summary.questions.first)
    #expect(grade.valid == 4)
    #expect(grade.missing == 1)
    #expect(grade.frequencies.map(\.count) == [2, 2])
    #expect(grade.frequencies.map(\.share) == [0.5, 0.5])
  }

  @Test func multipleChoiceIsAShareOfRespondentsWhoAnswered() throws {
    // Three answered (one by choosing nothing): YouTube 2 of 3, Twitter 1 of 3.
    let platforms = try #require(
      SurveySummary(definition: definition, responses: responses).questions.dropFirst().first)
    #expect(platforms.valid == 3)
    #expect(platforms.missing == 2)
    #expect(platforms.frequencies.map(\.count) == [2, 1])
    #expect(abs(platforms.frequencies[0].share - 2.0 / 3) < 1e-12)
  }

  @Test func likertMedianQuartilesAndAgreement() throws {
    // Points 5, 4, 3, 2: median 3.5, Q1 = 2 + 0.75 = 2.75, Q3 = 4.25; 2 of 4 agree.
    let value = try #require(
      SurveySummary(definition: definition, responses: responses).questions.last)
    let likert = try #require(value.likert)
    #expect(likert.median == 3.5)
    #expect(likert.lowerQuartile == 2.75)
    #expect(likert.upperQuartile == 4.25)
    #expect(likert.agreeing == 2)
    #expect(likert.agreeingShare == 0.5)
    #expect(likert.agreeingLabels == ["A", "SA"])
    #expect(value.frequencies.map(\.count) == [0, 1, 1, 1, 1])
  }
}
