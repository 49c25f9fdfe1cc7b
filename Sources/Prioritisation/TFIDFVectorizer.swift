import Foundation

/// Turns each record's terms into a TF-IDF vector over the terms of the whole set.
///
/// The defaults are those of ASReview's default model (scikit-learn's `TfidfVectorizer` with
/// `sublinear_tf=True, min_df=1, max_df=0.95`), which measured best on the labelled sets
/// (see ``Classifier/default``):
/// - Term frequency is sublinear, 1 + ln(count): a word said five times is not five times
///   as telling as a word said once.
/// - Inverse document frequency is smoothed, ln((1 + n) / (1 + df)) + 1, so a term in every
///   record still weighs a little and none divides by zero.
/// - Terms in more than `maximumDocumentShare` of the records are dropped: they say nothing
///   about any one record.
/// - Each vector is normalised to length 1, so long abstracts do not outrank short ones.
///
/// Terms in only one record are kept, because they make that record's shared terms weigh less
/// once the vector is normalised, as they do in ASReview; but they are folded into one private
/// entry per record, of the same length. That changes no dot product between two records, nor a
/// record's length, so a linear model ranks exactly as it would with every such term apart; and
/// it keeps the vectors short (half of a set's terms, counting word pairs, are in one record).
///
/// The vocabulary is fitted on every record, screened or not, as ASReview does: the text of
/// unscreened records is known, only their labels are not.
public struct TFIDFVectorizer: Sendable {
  /// The smallest number of records a term must occur in to be kept; with 1, terms of one
  /// record are kept, folded together.
  public var minimumDocumentFrequency: Int
  /// The largest share of the records a term may occur in and still be kept.
  public var maximumDocumentShare: Double

  public init(minimumDocumentFrequency: Int = 1, maximumDocumentShare: Double = 0.95) {
    self.minimumDocumentFrequency = minimumDocumentFrequency
    self.maximumDocumentShare = maximumDocumentShare
  }

  /// The vectors of `documents` (each a list of terms), and how many entries they range over:
  /// the shared terms, then one private entry per record.
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
    let total = Double(documents.count)
    let mostRecords = maximumDocumentShare * total
    // Sorted, so that a term's index, and with it every tie in training, is the same each run.
    let shared = documentFrequency.filter {
      $0.value >= max(minimumDocumentFrequency, 2) && Double($0.value) <= mostRecords
    }.keys.sorted()
    let keepsPrivateTerms = minimumDocumentFrequency <= 1 && mostRecords >= 1
    var index: [String: Int32] = [:]
    index.reserveCapacity(shared.count)
    for (position, term) in shared.enumerated() { index[term] = Int32(position) }
    func inverseFrequency(_ frequency: Int) -> Double {
      log((1 + total) / (1 + Double(frequency))) + 1
    }
    let sharedInverseFrequency = shared.map { inverseFrequency(documentFrequency[$0, default: 0]) }
    let privateInverseFrequency = inverseFrequency(1)
    let vectors = counts.enumerated().map { record, termCounts in
      var entries: [(Int32, Double)] = []
      var privateSquares = 0.0
      for (term, count) in termCounts {
        let frequency = 1 + log(Double(count))
        if let position = index[term] {
          entries.append((position, frequency * sharedInverseFrequency[Int(position)]))
        } else if keepsPrivateTerms, documentFrequency[term] == 1 {
          let weight = frequency * privateInverseFrequency
          privateSquares += weight * weight
        }
      }
      entries.sort { $0.0 < $1.0 }
      if privateSquares > 0 {
        entries.append((Int32(shared.count + record), privateSquares.squareRoot()))
      }
      return SparseVector(indices: entries.map(\.0), values: entries.map(\.1)).normalised()
    }
    return (vectors, shared.count + (keepsPrivateTerms ? documents.count : 0))
  }
}
