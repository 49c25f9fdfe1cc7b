import ReviewModel

/// Per theme, how many respondents' answers carry one of its codes, and quotes that show it.
public struct ThemeFrequency: Sendable {
  public var themeID: String
  public var name: String
  public var description: String
  /// Respondents with at least one answer carrying a code of the theme.
  public var respondents: Int
  /// The returned questionnaires, the share's denominator.
  public var returned: Int
  /// `respondents` over the returned questionnaires, with its Wilson interval.
  public var share: Double
  public var interval: ClosedRange<Double>
  /// How many respondents carry each of the theme's codes, in the codebook's order.
  public var codeCounts: [(codeID: String, name: String, respondents: Int)]
  /// Up to three answers carrying the theme's codes: those with the most of its codes first,
  /// then the shorter (a quote should be quotable); the same words are quoted once.
  public var exemplars: [(respondent: String, text: String)]

  /// The frequencies of every theme of `codebook`.
  ///
  /// A code counts for an answer when any coder applied it, or `coder` alone when given: with
  /// two coders, a conflict still counts until it is settled by removing the code.
  ///
  /// - Parameters:
  ///   - responses: the returned questionnaires; their count is the denominator.
  ///   - coder: whose codes count; nil for everyone's.
  public static func all(
    codebook: Codebook, responses: [SurveyResponse], coded: CodedAnswers, coder: String? = nil
  ) -> [ThemeFrequency] {
    let texts = Dictionary(
      responses.flatMap { response in
        response.answers.map { question, values in
          (AnswerKey(respondent: response.respondent, questionID: question), values.joined())
        }
      }, uniquingKeysWith: { first, _ in first })
    let codedAnswers = coded.codes.keys.filter { texts[$0] != nil }
    return codebook.themes.map { theme in
      let codeIDs = Set(theme.codes.map(\.id))
      var carrying: Set<String> = []
      var quotes: [(respondent: String, text: String, hits: Int)] = []
      for answer in codedAnswers.sorted() {
        let hits = coded.codes(of: answer, coder: coder).intersection(codeIDs).count
        guard hits > 0, let text = texts[answer] else { continue }
        carrying.insert(answer.respondent)
        quotes.append((answer.respondent, text, hits))
      }
      quotes.sort { ($1.hits, $0.text.count) < ($0.hits, $1.text.count) }
      var quoted: Set<String> = []
      quotes = quotes.filter { quoted.insert($0.text).inserted }
      let counts = theme.codes.map { code in
        let people = Set(
          codedAnswers.filter { coded.codes(of: $0, coder: coder).contains(code.id) }
            .map(\.respondent))
        return (code.id, code.name, people.count)
      }
      return ThemeFrequency(
        themeID: theme.id, name: theme.name, description: theme.description,
        respondents: carrying.count, returned: responses.count,
        share: SurveySummary.share(carrying.count, responses.count),
        interval: WilsonInterval.interval(successes: carrying.count, of: responses.count) ?? 0...0,
        codeCounts: counts, exemplars: quotes.prefix(3).map { ($0.respondent, $0.text) })
    }
  }
}
