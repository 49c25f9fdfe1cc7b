import Foundation

/// Bag-of-words vectors weighted by TF-IDF, for the similarity of a theme's description to a
/// study's text.
///
/// Words are folded to lower case, split at anything not a letter or digit, stripped of a
/// plural `s` (so `podcasts` meets `podcast`) and of common English function words. Weights are
/// raw term counts times the smoothed inverse document frequency `ln((1 + N) / (1 + df)) + 1`
/// over the studies compared (so a word every study has still counts a little, and a theme word
/// no study has counts nothing). Similarity is the cosine of two vectors.
public struct TextVectors: Sendable {
  private let inverseFrequency: [String: Double]

  /// The weights learnt from `documents` (the studies' texts).
  public init(documents: [String]) {
    var documentFrequency: [String: Int] = [:]
    for document in documents {
      for word in Set(Self.words(document)) { documentFrequency[word, default: 0] += 1 }
    }
    let n = Double(documents.count)
    inverseFrequency = documentFrequency.mapValues { log((1 + n) / (1 + Double($0))) + 1 }
  }

  /// The unit vector of `text`; words no document has get no weight.
  public func vector(_ text: String) -> [String: Double] {
    var counts: [String: Double] = [:]
    for word in Self.words(text) { counts[word, default: 0] += 1 }
    var vector: [String: Double] = [:]
    for (word, count) in counts {
      if let idf = inverseFrequency[word] { vector[word] = count * idf }
    }
    let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return norm > 0 ? vector.mapValues { $0 / norm } : [:]
  }

  /// The cosine of two unit vectors.
  public static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
  }

  /// The words of `text` as they are compared.
  public static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.compactMap { part in
      var word = String(part)
      if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
      return word.count < 3 || stopWords.contains(word) ? nil : word
    }
  }

  private static let stopWords: Set<String> = [
    "the", "and", "for", "with", "that", "this", "from", "was", "were", "are", "had", "has",
    "have", "not", "but", "our", "their", "they", "them", "its", "into", "than", "then", "who",
    "which", "what", "when", "where", "how", "all", "any", "can", "could", "would", "should",
    "may", "also", "been", "being", "such", "these", "those", "there", "more", "most", "other",
    "use", "used", "using", "one", "two", "per", "between", "about", "over", "out", "very",
  ]
}

/// Splits text into sentences: at `.`, `?` or `!` followed by a space and a capital letter or
/// a digit, so that `e.g. video` and `p = 0.03` stay whole.
public enum SentenceSplitter {
  public static func sentences(_ text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      current.append(character)
      guard ".?!".contains(character), index + 2 < characters.count,
        characters[index + 1].isWhitespace,
        characters[index + 2].isUppercase || characters[index + 2].isNumber
      else { continue }
      sentences.append(current.trimmingSurveySpace())
      current = ""
    }
    let last = current.trimmingSurveySpace()
    if !last.isEmpty { sentences.append(last) }
    return sentences.filter { !$0.isEmpty }
  }
}
