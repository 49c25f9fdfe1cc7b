import Prioritisation
import Testing

struct SparseVectorTests {
  @Test func dotProductAndScaledAdditionTouchOnlyStoredEntries() {
    let vector = SparseVector(indices: [1, 3], values: [2, -1])
    #expect(vector.dot([10, 20, 30, 40]) == 0)
    var dense: [Double] = [1, 1, 1, 1]
    vector.add(scaledBy: 0.5, to: &dense)
    #expect(dense == [1, 2, 1, 0.5])
  }

  @Test func normalisingGivesLengthOne() {
    let vector = SparseVector(indices: [0, 2], values: [3, 4]).normalised()
    #expect(vector.values == [0.6, 0.8])
  }
}
