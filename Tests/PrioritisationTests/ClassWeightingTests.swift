import Prioritisation
import Testing

struct ClassWeightingTests {
  @Test(arguments: [(1.0, 3, 40), (9.8, 3, 40), (9.8, 1, 2), (20, 10, 11)])
  func theIncludesWeighTheRatioOfTheExcludesAndTheMeanIsOne(
    ratio: Double, includes: Int, total: Int
  ) {
    let (include, exclude) = ClassWeighting(ratio: ratio).sampleWeights(
      includes: includes, total: total)
    let includeTotal = include * Double(includes)
    let excludeTotal = exclude * Double(total - includes)
    #expect(abs(includeTotal / excludeTotal - ratio) < 1e-9)
    #expect(abs((includeTotal + excludeTotal) / Double(total) - 1) < 1e-9)
  }

  @Test func oneClassAloneWeighsOne() {
    let weighting = ClassWeighting()
    #expect(weighting.sampleWeights(includes: 0, total: 5) == (1, 1))
    #expect(weighting.sampleWeights(includes: 5, total: 5) == (1, 1))
  }
}
