import Foundation
import Prioritisation
import Testing

struct TFIDFVectorizerTests {
  @Test func dropsTermsOfOneRecordWhenAskedAndWeighsTheRest() throws {
    // "rare" is in one record only; "common" in all three; "shared" in two, twice in the first.
    let documents = [["common", "shared", "shared", "rare"], ["common", "shared"], ["common"]]
    let (vectors, dimension) = TFIDFVectorizer(
      minimumDocumentFrequency: 2, maximumDocumentShare: 1
    ).vectors(of: documents)
    #expect(dimension == 2)  // common, shared (sorted)
    let commonWeight = log(4.0 / 4.0) + 1
    let sharedWeight = (1 + log(2.0)) * (log(4.0 / 3.0) + 1)
    let length = (commonWeight * commonWeight + sharedWeight * sharedWeight).squareRoot()
    #expect(vectors[0].indices == [0, 1])
    #expect(abs(vectors[0].values[0] - commonWeight / length) < 1e-12)
    #expect(abs(vectors[0].values[1] - sharedWeight / length) < 1e-12)
    #expect(abs(vectors[1].norm - 1) < 1e-12)
    #expect(vectors[2].indices == [0])
    #expect(abs(vectors[2].values[0] - 1) < 1e-12)
  }

  @Test func aRecordWithNoKeptTermIsTheZeroVector() {
    let (vectors, _) = TFIDFVectorizer(minimumDocumentFrequency: 2).vectors(
      of: [["alone"], ["both"], ["both"]])
    #expect(vectors[0].count == 0)
    #expect(vectors[0].norm == 0)
  }

  /// The vectors of `documents` with every term its own entry: what folding must not change.
  static func unfoldedVectors(of documents: [[String]]) -> [[String: Double]] {
    let total = Double(documents.count)
    var frequency: [String: Int] = [:]
    for terms in documents { for term in Set(terms) { frequency[term, default: 0] += 1 } }
    return documents.map { terms in
      var counts: [String: Int] = [:]
      for term in terms { counts[term, default: 0] += 1 }
      var weights = counts.mapValues { Double($0) }
      for (term, count) in counts {
        weights[term] =
          (1 + log(Double(count)))
          * (log((1 + total) / (1 + Double(frequency[term, default: 0]))) + 1)
      }
      let length = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return weights.mapValues { $0 / length }
    }
  }

  @Test func foldsTermsOfOneRecordWithoutChangingAnyDotProduct() {
    let documents = [
      ["podcast", "trainee", "rare", "rare", "unique"], ["podcast", "surgery", "odd"],
      ["surgery", "trainee"], ["podcast", "trainee", "surgery", "alone"],
    ]
    let (vectors, dimension) = TFIDFVectorizer(maximumDocumentShare: 1).vectors(of: documents)
    // Three shared terms (podcast, surgery, trainee), then one private entry per record.
    #expect(dimension == 3 + documents.count)
    #expect(vectors[0].count == 3)  // podcast, trainee and one entry for "rare" and "unique"
    #expect(vectors[2].count == 2)  // nothing private
    #expect(vectors[0].indices.last == 3)
    #expect(vectors[3].indices.last == 6)
    let unfolded = Self.unfoldedVectors(of: documents)
    for left in documents.indices {
      #expect(abs(vectors[left].norm - 1) < 1e-12)
      for right in documents.indices {
        var dense = [Double](repeating: 0, count: dimension)
        vectors[right].add(scaledBy: 1, to: &dense)
        let expected = unfolded[left].reduce(0) { $0 + $1.value * (unfolded[right][$1.key] ?? 0) }
        #expect(abs(vectors[left].dot(dense) - expected) < 1e-12)
      }
    }
  }

  @Test func dropsTermsInMoreThanTheShareOfRecords() {
    // "everywhere" is in all four records, "often" in three of four.
    let documents = [
      ["everywhere", "often", "a"], ["everywhere", "often", "a"], ["everywhere", "often"],
      ["everywhere", "b", "b"],
    ]
    let (vectors, dimension) = TFIDFVectorizer(
      minimumDocumentFrequency: 2, maximumDocumentShare: 0.8
    ).vectors(of: documents)
    #expect(dimension == 2)  // a, often
    #expect(vectors[3].count == 0)
    #expect(vectors[2].indices == [1])
  }
}
