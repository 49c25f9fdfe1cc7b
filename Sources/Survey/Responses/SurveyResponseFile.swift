import ReviewModel

/// What reading a response file gave: the rows that fit, and a problem for each cell that
/// does not (with its line and column).
public struct SurveyResponseFile: Sendable, Hashable {
  public var responses: [SurveyResponse]
  public var problems: [Diagnostic]
  /// The lines of the rows that did not fit, which ``responses`` leaves out.
  public var skippedLines: [Int]
  /// The SHA-256 of the file's bytes, when it was read from a file.
  public var sha256: String?
}
