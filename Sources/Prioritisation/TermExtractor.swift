import Screening

/// Splits a record's text into the terms the model counts: words and pairs of adjacent words.
///
/// The words are the query language's (``FoldedText``), so `Müller` and `muller` are one term
/// here as they are in `litrev query`. Stop words and one-character words are dropped before
/// pairs are made, as most TF-IDF tools do, so "use of social media" yields the pair
/// "social media" and not "of social". A pair never spans two values (a title and a keyword).
public struct TermExtractor: Sendable {
  /// Words that carry no topic.
  public var stopWords: Set<String>
  /// Whether pairs of adjacent words are terms too.
  public var includesWordPairs: Bool

  public init(stopWords: Set<String> = EnglishStopWords.all, includesWordPairs: Bool = true) {
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
