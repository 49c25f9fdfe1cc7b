import Testing

@testable import Prioritisation

struct DualCoordinateSVMTrainerTests {
  /// One include about podcasts among excludes about surgery, audits and imaging.
  static let texts = [
    "podcasts for trainees", "surgery for trainees", "surgery audit", "imaging audit",
    "surgery outcomes", "imaging outcomes", "audit outcomes", "podcasts audit", "trainees audit",
  ].map { ScreeningText(title: $0, abstract: "") }

  static func examples(
    labelled count: Int
  ) -> (examples: [TrainingExample], vectors: [SparseVector], dimension: Int) {
    let extractor = TermExtractor(includesWordPairs: false)
    let (vectors, dimension) = TFIDFVectorizer(
      minimumDocumentFrequency: 2, maximumDocumentShare: 1
    ).vectors(of: texts.map(extractor.terms(of:)))
    let examples = (0..<count).map { TrainingExample(vector: vectors[$0], isIncluded: $0 == 0) }
    return (examples, vectors, dimension)
  }

  @Test func weightingUpALoneIncludeRanksItsTermsFirst() throws {
    let (examples, vectors, dimension) = Self.examples(labelled: 7)
    var state = DualCoordinateSVMTrainer.DualState()
    let model = DualCoordinateSVMTrainer().train(
      examples, dimension: dimension, seed: 3, state: &state)
    // "podcasts" is the one term of the include that no exclude has: it weighs most.
    let excluded = Set(examples.dropFirst().flatMap(\.vector.indices))
    let ownTerms = examples[0].vector.indices.filter { !excluded.contains($0) }.map(Int.init)
    #expect(ownTerms.count == 1)
    let largest = model.weights.indices.max { model.weights[$0] < model.weights[$1] }
    #expect(largest == ownTerms.first)
    // So of the two unlabelled records, the one that shares it ranks first.
    #expect(RelevanceRanking.ranked([8, 7], vectors: vectors, model: model) == [7, 8])
  }

  /// At the optimum of ½‖w‖² + Σ Cᵢ max(0, 1 − yᵢ(w·xᵢ + b))², the gradient is zero:
  /// w = Σ 2Cᵢ max(0, 1 − mᵢ) yᵢ xᵢ, and b the same sum without xᵢ.
  @Test func reachesTheOptimum() {
    let (examples, _, dimension) = Self.examples(labelled: 9)
    let trainer = DualCoordinateSVMTrainer(tolerance: 1e-9, maximumPasses: 10_000)
    var state = DualCoordinateSVMTrainer.DualState()
    let model = trainer.train(examples, dimension: dimension, seed: 1, state: &state)
    let (includeWeight, excludeWeight) = trainer.weighting.sampleWeights(
      includes: 1, total: examples.count)
    var weights = [Double](repeating: 0, count: dimension)
    var bias = 0.0
    for example in examples {
      let label: Double = example.isIncluded ? 1 : -1
      let cost = trainer.cost * (example.isIncluded ? includeWeight : excludeWeight)
      let slack = max(0, 1 - label * model.score(example.vector))
      example.vector.add(scaledBy: 2 * cost * slack * label, to: &weights)
      bias += 2 * cost * slack * label
    }
    #expect(model.weights.contains { $0 != 0 })
    for term in 0..<dimension { #expect(abs(weights[term] - model.weights[term]) < 1e-6) }
    #expect(abs(bias - model.bias) < 1e-6)
  }

  @Test func aWarmStartReachesTheModelOfAColdOne() {
    let (examples, _, dimension) = Self.examples(labelled: 9)
    let trainer = DualCoordinateSVMTrainer(tolerance: 1e-9, maximumPasses: 10_000)
    var warm = DualCoordinateSVMTrainer.DualState()
    _ = trainer.train(Array(examples.prefix(6)), dimension: dimension, seed: 1, state: &warm)
    #expect(warm.alpha.count == 6)
    let fromWarm = trainer.train(examples, dimension: dimension, seed: 2, state: &warm)
    var cold = DualCoordinateSVMTrainer.DualState()
    let fromCold = trainer.train(examples, dimension: dimension, seed: 2, state: &cold)
    #expect(warm.alpha.count == examples.count)
    for term in 0..<dimension {
      #expect(abs(fromWarm.weights[term] - fromCold.weights[term]) < 1e-6)
    }
    #expect(abs(fromWarm.bias - fromCold.bias) < 1e-6)
  }
}
