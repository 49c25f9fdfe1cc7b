import ReviewModel

/// A question's answers split by a group (training grade), with a test of independence.
///
/// Which test, after rows and columns without any count are dropped: a 2 × 2 table gets
/// Fisher's exact test; a larger one the chi-square test when Cochran's rule holds (every
/// expected count at least 1, at most one in five below 5); otherwise no test, and the reason.
public struct CrossTabulation: Sendable, Hashable {
  public var groupQuestion: String
  public var question: String
  /// The group's values, the table's rows.
  public var groups: [String]
  /// The question's options, the table's columns.
  public var options: [String]
  /// `counts[row][column]`: respondents of `groups[row]` who chose `options[column]`.
  public var counts: [[Int]]
  public var test: IndependenceTest
  /// For a Likert item, the same test on the scale collapsed to agreeing or not, which small
  /// samples often allow where the full scale does not; nil for other questions.
  public var agreeingTest: IndependenceTest?

  /// The test chosen for a table, or why there is none.
  public enum IndependenceTest: Sendable, Hashable {
    case fisherExact(FisherExactTest)
    case chiSquare(ChiSquareTest)
    case notTested(String)

    /// The test's p-value, when there is one.
    public var pValue: Double? {
      switch self {
      case .fisherExact(let test): test.pValue
      case .chiSquare(let test): test.pValue
      case .notTested: nil
      }
    }
  }

  /// The cross-tabulation of `question` by `group`, over the respondents who answered both.
  public init(
    question: SurveyQuestion, by group: SurveyQuestion, responses: [SurveyResponse]
  ) {
    groupQuestion = group.id
    self.question = question.id
    let observedGroups = responses.compactMap { $0.answers[group.id]?.first }
    groups = group.kind.options.isEmpty ? Array(Set(observedGroups)).sorted() : group.kind.options
    options =
      question.kind.options.isEmpty
      ? Array(Set(responses.compactMap { $0.answers[question.id]?.first })).sorted()
      : question.kind.options
    var counts = Array(repeating: Array(repeating: 0, count: options.count), count: groups.count)
    for response in responses {
      guard let groupValue = response.answers[group.id]?.first,
        let row = groups.firstIndex(of: groupValue), let values = response.answers[question.id]
      else { continue }
      for value in values {
        if let column = options.firstIndex(of: value) { counts[row][column] += 1 }
      }
    }
    self.counts = counts
    test = Self.chooseTest(counts, multiple: question.kind.name == "multiple")
    if case .likert(_, let agreeFrom) = question.kind {
      let collapsed = counts.map { row in
        [row[(agreeFrom - 1)...].reduce(0, +), row[..<(agreeFrom - 1)].reduce(0, +)]
      }
      agreeingTest = Self.chooseTest(collapsed, multiple: false)
    }
  }

  private static func chooseTest(_ counts: [[Int]], multiple: Bool) -> IndependenceTest {
    if multiple {
      return .notTested(
        "a respondent can choose several options, so the cells are not independent")
    }
    let table = ContingencyTable(counts).withoutEmptyLines
    guard table.rows.count >= 2, (table.rows.first?.count ?? 0) >= 2 else {
      return .notTested("fewer than two groups or two answers hold any count")
    }
    if table.rows.count == 2, table.rows[0].count == 2,
      let test = FisherExactTest(counts: table.rows)
    {
      return .fisherExact(test)
    }
    guard let test = ChiSquareTest(counts: table.rows) else {
      return .notTested("the table is empty")
    }
    guard test.meetsCochransRule else {
      return .notTested(
        "expected counts too small for chi-square (Cochran's rule: none below 1, at most 20% "
          + "below 5)")
    }
    return .chiSquare(test)
  }
}
