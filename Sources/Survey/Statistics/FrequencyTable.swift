/// How often each option of a question was chosen, with Wilson 95% intervals.
public struct FrequencyRow: Sendable, Hashable {
  public var option: String
  public var count: Int
  /// `count` over the question's valid n (for multiple choice: of the respondents who answered
  /// it, so shares can add up to more than 100%).
  public var share: Double
  public var interval: ClosedRange<Double>
}

/// A Likert item's centre and spread, on scale points 1…k.
public struct LikertSummary: Sendable, Hashable {
  /// Quartiles by ``Quantile`` (type 7), in scale points.
  public var median: Double
  public var lowerQuartile: Double
  public var upperQuartile: Double
  /// How many answered at ``SurveyQuestion/Kind/likert(labels:agreeFrom:)``'s `agreeFrom` or
  /// above, their share of the valid n and its Wilson interval.
  public var agreeing: Int
  public var agreeingShare: Double
  public var agreeingInterval: ClosedRange<Double>
  /// The labels that count as agreeing.
  public var agreeingLabels: [String]

  /// The interquartile range, in scale points.
  public var interquartileRange: Double { upperQuartile - lowerQuartile }
}

/// A numeric question's distribution.
public struct NumberSummary: Sendable, Hashable {
  public var mean: Double
  /// The sample standard deviation (n − 1); 0 for a single answer.
  public var standardDeviation: Double
  public var median: Double
  public var lowerQuartile: Double
  public var upperQuartile: Double
  public var minimum: Double
  public var maximum: Double
}

/// One question's figures.
public struct QuestionSummary: Sendable, Hashable {
  public var id: String
  public var text: String
  public var type: String
  /// How many respondents answered it.
  public var valid: Int
  /// How many returned questionnaires left it blank.
  public var missing: Int
  /// One row per option (choices and scale points), in the definition's order; for a single
  /// choice with no options listed, or with other answers allowed, in the order of frequency.
  public var frequencies: [FrequencyRow]
  public var likert: LikertSummary?
  public var number: NumberSummary?
}
