import ReviewModel
import Screening

/// Suggests codes for a free-text answer from the codebook's patterns and example phrases,
/// with the stretches of the answer that suggest each.
///
/// It uses the screening query language unchanged: the answer is searched as if it were the
/// abstract of a record, so `video*` or `"wider network"` mean here what they mean in a
/// protocol rule, with the same folding of case and accents.
public struct CodeSuggester: Sendable {
  private let entries: [(code: Code, evaluators: [QueryEvaluator], highlighter: Highlighter)]

  public init(codebook: Codebook) {
    entries = codebook.codes.map { code in
      let queries = code.suggestingQueries
      return (
        code, queries.map(QueryEvaluator.init),
        Highlighter(terms: queries.flatMap(\.positiveTerms))
      )
    }
  }

  /// A suggested code and where the answer shows it.
  public struct Suggestion: Sendable {
    public var codeID: String
    public var ranges: [Range<String.Index>]
  }

  /// The codes whose patterns match `text`, in the codebook's order.
  public func suggestions(for text: String) -> [Suggestion] {
    var record = SearchableRecord(Record(abstract: text))
    return entries.compactMap { entry in
      guard entry.evaluators.contains(where: { $0.matches(&record) }) else { return nil }
      return Suggestion(codeID: entry.code.id, ranges: entry.highlighter.ranges(in: text))
    }
  }
}
