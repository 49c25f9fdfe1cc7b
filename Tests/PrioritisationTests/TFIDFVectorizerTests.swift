import Foundation
import Prioritisation
import Testing

struct TFIDFVectorizerTests {
  @Test func dropsTermsOfOneRecordAndWeighsTheRest() throws {
    // "rare" is in one record only; "common" in all three; "shared" in two, twice in the first.
    let documents = [["common", "shared", "shared", "rare"], ["common", "shared"], ["common"]]
    let (vectors, dimension) = TFIDFVectorizer().vectors(of: documents)
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
    let (vectors, _) = TFIDFVectorizer().vectors(of: [["alone"], ["both"], ["both"]])
    #expect(vectors[0].count == 0)
    #expect(vectors[0].norm == 0)
  }
}
