import Foundation

/// Turns each record's terms into a TF-IDF vector over the terms of the whole set.
///
/// - Term frequency is sublinear, 1 + ln(count): a word said five times is not five times
///   as telling as a word said once.
/// - Inverse document frequency is smoothed, ln((1 + n) / (1 + df)) + 1, so a term in every
///   record still weighs a little and none divides by zero.
/// - Terms in only one record are dropped: such a term can move only its own record's score,
///   so it cannot help rank the others, and it would dilute that record's other terms when
///   the vector is normalised.
/// - Each vector is normalised to length 1, so long abstracts do not outrank short ones.
///
/// The vocabulary is fitted on every record, screened or not, as ASReview does: the text of
/// unscreened records is known, only their labels are not.
public struct TFIDFVectorizer: Sendable {
  /// The smallest number of records a term must occur in to be kept.
  public var minimumDocumentFrequency: Int

  public init(minimumDocumentFrequency: Int = 2) {
    self.minimumDocumentFrequency = minimumDocumentFrequency
  }

  /// The vectors of `documents` (each a list of terms), and how many terms they range over.
  public func vectors(of documents: [[String]]) -> (vectors: [SparseVector], dimension: Int) {
    var documentFrequency: [String: Int] = [:]
    var counts: [[String: Int]] = []
    counts.reserveCapacity(documents.count)
    for terms in documents {
      var termCounts: [String: Int] = [:]
      for term in terms { termCounts[term, default: 0] += 1 }
      for term in termCounts.keys { documentFrequency[term, default: 0] += 1 }
      counts.append(termCounts)
    }
    // Sorted, so that a term's index, and with it every tie in training, is the same each run.
    let kept = documentFrequency.filter { $0.value >= minimumDocumentFrequency }.keys.sorted()
    var index: [String: Int32] = [:]
    index.reserveCapacity(kept.count)
    for (position, term) in kept.enumerated() { index[term] = Int32(position) }
    let total = Double(documents.count)
    let inverseFrequency = kept.map { term in
      log((1 + total) / (1 + Double(documentFrequency[term, default: 0]))) + 1
    }
    let vectors = counts.map { termCounts in
      var entries: [(Int32, Double)] = []
      for (term, count) in termCounts {
        guard let position = index[term] else { continue }
        entries.append((position, (1 + log(Double(count))) * inverseFrequency[Int(position)]))
      }
      entries.sort { $0.0 < $1.0 }
      return SparseVector(indices: entries.map(\.0), values: entries.map(\.1)).normalised()
    }
    return (vectors, kept.count)
  }
}
