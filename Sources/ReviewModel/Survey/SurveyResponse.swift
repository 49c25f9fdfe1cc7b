/// One returned questionnaire: who, where in the file, and the answers it holds.
public struct SurveyResponse: Sendable, Hashable {
  /// The respondent's id from the file, or `row N` when the file names none.
  public var respondent: String
  /// The line of the file the row starts on.
  public var line: Int
  /// The answers by question id; a question left blank has no entry.
  ///
  /// Single choices, scale
  /// points, numbers and texts are one value; multiple choices are one value per option chosen
  /// (possibly none, when the respondent answered by choosing nothing).
  public var answers: [String: [String]]

  public init(respondent: String, line: Int, answers: [String: [String]]) {
    self.respondent = respondent
    self.line = line
    self.answers = answers
  }
}
