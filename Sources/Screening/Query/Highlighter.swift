/// Finds where terms occur in a text, for showing them highlighted.
///
/// It matches exactly as ``QueryEvaluator`` does (the same folding, the same word boundaries),
/// but ignores field tags: the caller decides which text it shows.
public struct Highlighter: Sendable {
  private let matchers: [TermMatcher]

  /// A highlighter for `terms`; language terms are left out, as they name no words of a text.
  public init(terms: [SearchTerm]) {
    matchers = terms.filter { $0.field != .language }.map { TermMatcher($0.words) }
  }

  /// A highlighter for the terms a match of `query` was found by (those not under a `NOT`).
  public init(query: Query) {
    self.init(terms: query.positiveTerms)
  }

  /// The ranges of `text` that any of the terms match, in order, overlapping ones merged.
  public func ranges(in text: String) -> [Range<String.Index>] {
    guard !matchers.isEmpty else { return [] }
    let folded = FoldedText(text, keepsWords: true)
    var found: [Range<String.Index>] = []
    for matcher in matchers {
      for match in matcher.matches(in: folded) {
        let covered = folded.words.filter { $0.folded.overlaps(match) }
        if let first = covered.first, let last = covered.last {
          found.append(first.original.lowerBound..<last.original.upperBound)
        }
      }
    }
    found.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<String.Index>] = []
    for range in found {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }
}
