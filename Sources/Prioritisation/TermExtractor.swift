import Screening

/// Splits a record's text into the terms the model counts: words and pairs of adjacent words.
///
/// The words are the query language's (``FoldedText``), so `Müller` and `muller` are one term
/// here as they are in `litrev query`. One-character words are dropped before pairs are made,
/// as scikit-learn's default tokens (two or more word characters) drop them. A pair never spans
/// two values (a title and a keyword).
///
/// Stop words are kept by default, as ASReview's default model keeps them: in abstracts they
/// carry the study design ("effect of", "compared with", "review of"), and dropping them made
/// ranking worse on every labelled set of `make bench` but one (mean WSS@95 over seeds 0–4 with
/// the weighted SVM: ADHD 66.4 with them dropped against 69.0 kept, antihistamines 15.8 against
/// 29.4, urinary incontinence 52.9 against 48.8, Kitchenham 55.8 against 70.6). Pass
/// ``EnglishStopWords/all`` to drop them.
public struct TermExtractor: Sendable {
  /// Words that carry no topic.
  public var stopWords: Set<String>
  /// Whether pairs of adjacent words are terms too.
  public var includesWordPairs: Bool

  public init(stopWords: Set<String> = [], includesWordPairs: Bool = true) {
    self.stopWords = stopWords
    self.includesWordPairs = includesWordPairs
  }

  /// The terms of `text`, in reading order, repeated as often as they occur.
  public func terms(of text: ScreeningText) -> [String] {
    var folded = FoldedText()
    for value in text.values where !value.isEmpty { folded.append(value) }
    var terms: [String] = []
    for value in folded.bytes.split(separator: FoldedText.valueSeparator) {
      var previous: String?
      for wordBytes in value.split(separator: FoldedText.wordSeparator) {
        let word = String(decoding: wordBytes, as: UTF8.self)
        guard word.count > 1, !stopWords.contains(word) else { continue }
        terms.append(word)
        if includesWordPairs, let previous { terms.append(previous + " " + word) }
        previous = word
      }
    }
    return terms
  }
}
