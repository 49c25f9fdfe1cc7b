import ReviewModel

/// A free-text answer with its text.
public struct FreeTextAnswer: Sendable, Hashable {
  public var key: AnswerKey
  public var text: String
  /// The question's text.
  public var question: String
}

extension SurveyDefinition {
  /// Every free-text answer of `responses`, question by question, in file order.
  public func freeTextAnswers(_ responses: [SurveyResponse]) -> [FreeTextAnswer] {
    questions.filter { $0.kind == .freeText }.flatMap { question in
      responses.compactMap { response -> FreeTextAnswer? in
        guard let text = response.answers[question.id]?.first else { return nil }
        return FreeTextAnswer(
          key: AnswerKey(respondent: response.respondent, questionID: question.id), text: text,
          question: question.text)
      }
    }
  }
}
