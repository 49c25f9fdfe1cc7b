import Survey

/// `survey summary --json`: the summary, and the cross-tabulations when `--by` asks for them.
struct SurveySummaryJSON: Encodable {
  struct Row: Encodable {
    var answer: String
    var n: Int
    var percent: Double
    var ci95: [Double]
  }

  struct Likert: Encodable {
    var median: Double
    var lowerQuartile: Double
    var upperQuartile: Double
    var interquartileRange: Double
    var quantileDefinition = "Hyndman-Fan type 7"
    var agreeing: Int
    var agreeingPercent: Double
    var agreeingCI95: [Double]
    var agreeingLabels: [String]
  }

  struct Question: Encodable {
    var id: String
    var text: String
    var type: String
    var valid: Int
    var missing: Int
    var frequencies: [Row]
    var likert: Likert?
    var number: NumberSummary?
  }

  struct Table: Encodable {
    var question: String
    var by: String
    var groups: [String]
    var answers: [String]
    var counts: [[Int]]
    var test: String
    var pValue: Double?
    var agreeingTest: String?
    var agreeingPValue: Double?
  }

  var title: String
  var distributed: Int
  var returned: Int
  var responseRatePercent: Double
  var responseRateCI95: [Double]?
  var questions: [Question]
  var crossTabulations: [Table]?

  init(_ summary: SurveySummary, tables: [CrossTabulation]?) {
    func percent(_ share: Double) -> Double { (share * 1000).rounded() / 10 }
    func interval(_ range: ClosedRange<Double>) -> [Double] {
      [percent(range.lowerBound), percent(range.upperBound)]
    }
    title = summary.title
    distributed = summary.distributed
    returned = summary.returned
    responseRatePercent = percent(summary.responseRate)
    responseRateCI95 = summary.responseRateInterval.map(interval)
    questions = summary.questions.map { question in
      Question(
        id: question.id, text: question.text, type: question.type, valid: question.valid,
        missing: question.missing,
        frequencies: question.frequencies.map {
          Row(
            answer: $0.option, n: $0.count, percent: percent($0.share), ci95: interval($0.interval))
        },
        likert: question.likert.map {
          Likert(
            median: $0.median, lowerQuartile: $0.lowerQuartile, upperQuartile: $0.upperQuartile,
            interquartileRange: $0.interquartileRange, agreeing: $0.agreeing,
            agreeingPercent: percent($0.agreeingShare), agreeingCI95: interval($0.agreeingInterval),
            agreeingLabels: $0.agreeingLabels)
        }, number: question.number)
    }
    crossTabulations = tables?.map {
      Table(
        question: $0.question, by: $0.groupQuestion, groups: $0.groups, answers: $0.options,
        counts: $0.counts, test: CrossTabulationRenderer.testText($0.test), pValue: $0.test.pValue,
        agreeingTest: $0.agreeingTest.map(CrossTabulationRenderer.testText),
        agreeingPValue: $0.agreeingTest?.pValue)
    }
  }
}

extension NumberSummary: Encodable {
  private enum CodingKeys: String, CodingKey {
    case mean, standardDeviation, median, lowerQuartile, upperQuartile, minimum, maximum
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(mean, forKey: .mean)
    try container.encode(standardDeviation, forKey: .standardDeviation)
    try container.encode(median, forKey: .median)
    try container.encode(lowerQuartile, forKey: .lowerQuartile)
    try container.encode(upperQuartile, forKey: .upperQuartile)
    try container.encode(minimum, forKey: .minimum)
    try container.encode(maximum, forKey: .maximum)
  }
}
