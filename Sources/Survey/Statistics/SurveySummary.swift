import ReviewModel

/// The frequency analysis of a survey: the response rate, then every question's figures.
public struct SurveySummary: Sendable, Hashable {
  public var title: String
  public var distributed: Int
  public var returned: Int
  /// Returned over distributed, with its Wilson interval.
  public var responseRate: Double
  public var responseRateInterval: ClosedRange<Double>?
  public var questions: [QuestionSummary]

  /// The summary of `responses` under `definition`.
  public init(definition: SurveyDefinition, responses: [SurveyResponse]) {
    title = definition.title
    distributed = definition.distributed
    returned = responses.count
    responseRate = Double(returned) / Double(max(1, distributed))
    responseRateInterval = WilsonInterval.interval(
      successes: min(returned, distributed), of: distributed)
    questions = definition.questions.map { question in
      Self.summarise(question, answers: responses.compactMap { $0.answers[question.id] })
        .withMissing(responses.count)
    }
  }

  private static func summarise(_ question: SurveyQuestion, answers: [[String]])
    -> QuestionSummary
  {
    var summary = QuestionSummary(
      id: question.id, text: question.text, type: question.kind.name, valid: answers.count,
      missing: 0, frequencies: [])
    var options = question.kind.options
    if case .single(_, let allowsOther) = question.kind, options.isEmpty || allowsOther {
      var counts: [String: Int] = [:]
      for value in answers.flatMap({ $0 }) where !options.contains(value) {
        counts[value, default: 0] += 1
      }
      options += counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
    summary.frequencies = options.map { option in
      let count = answers.filter { $0.contains(option) }.count
      return FrequencyRow(
        option: option, count: count, share: share(count, answers.count),
        interval: WilsonInterval.interval(successes: count, of: answers.count) ?? 0...0)
    }
    switch question.kind {
    case .likert(let labels, let agreeFrom):
      let points = answers.compactMap { $0.first.flatMap(labels.firstIndex(of:)) }.map {
        Double($0 + 1)
      }
      if let median = Quantile.of(points, 0.5), let q1 = Quantile.of(points, 0.25),
        let q3 = Quantile.of(points, 0.75)
      {
        let agreeing = points.filter { $0 >= Double(agreeFrom) }.count
        summary.likert = LikertSummary(
          median: median, lowerQuartile: q1, upperQuartile: q3, agreeing: agreeing,
          agreeingShare: share(agreeing, points.count),
          agreeingInterval: WilsonInterval.interval(successes: agreeing, of: points.count)
            ?? 0...0,
          agreeingLabels: Array(labels[(agreeFrom - 1)...]))
      }
    case .number:
      let values = answers.compactMap { $0.first.flatMap(Double.init) }
      summary.number = numberSummary(values)
    default: break
    }
    return summary
  }

  private static func numberSummary(_ values: [Double]) -> NumberSummary? {
    guard let median = Quantile.of(values, 0.5), let q1 = Quantile.of(values, 0.25),
      let q3 = Quantile.of(values, 0.75), let minimum = values.min(), let maximum = values.max()
    else { return nil }
    let mean = values.reduce(0, +) / Double(values.count)
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let deviation = values.count > 1 ? (squares / Double(values.count - 1)).squareRoot() : 0
    return NumberSummary(
      mean: mean, standardDeviation: deviation, median: median, lowerQuartile: q1,
      upperQuartile: q3, minimum: minimum, maximum: maximum)
  }

  static func share(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) / Double(whole)
  }
}

extension QuestionSummary {
  fileprivate func withMissing(_ returned: Int) -> QuestionSummary {
    var copy = self
    copy.missing = returned - valid
    return copy
  }
}
