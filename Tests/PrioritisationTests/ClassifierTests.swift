import Prioritisation
import Testing

struct ClassifierTests {
  /// Includes mention podcasts, excludes mention surgery; all share "trainees".
  static let texts = [
    "podcasts for trainees", "trainees and surgery outcomes", "surgery in trainees",
    "surgery complications trainees", "podcasts in teaching trainees", "trainees surgery audit",
    "podcasts listened trainees", "trainees surgery review", "unknown words trainees",
  ].map { ScreeningText(title: $0, abstract: "") }

  static func vectors() -> (vectors: [SparseVector], dimension: Int) {
    let extractor = TermExtractor()
    return TFIDFVectorizer(minimumDocumentFrequency: 1).vectors(
      of: texts.map(extractor.terms(of:)))
  }

  @Test(arguments: Classifier.allCases)
  func aTermOnlyIncludesCarryRanksItsRecordsFirst(_ classifier: Classifier) {
    let (vectors, dimension) = Self.vectors()
    let examples = [
      TrainingExample(vector: vectors[0], isIncluded: true),
      TrainingExample(vector: vectors[1], isIncluded: false),
      TrainingExample(vector: vectors[2], isIncluded: false),
      TrainingExample(vector: vectors[3], isIncluded: false),
    ]
    let model = classifier.train(examples, dimension: dimension, seed: 7)
    let ranked = RelevanceRanking.ranked(Array(4..<9), vectors: vectors, model: model)
    #expect(Set(ranked.prefix(2)) == [4, 6])
    #expect(Set(ranked.suffix(2)) == [5, 7])
    #expect(RelevanceRanking.best(of: Array(4..<9), vectors: vectors, model: model) == ranked[0])
  }

  @Test func withoutAnIncludeEveryRecordScoresTheSame() {
    let (vectors, dimension) = Self.vectors()
    let model = Classifier.logisticRegression.train(
      [TrainingExample(vector: vectors[1], isIncluded: false)], dimension: dimension, seed: 1)
    #expect(Set(vectors.map(model.score)) == [0])
  }

  @Test(arguments: Classifier.allCases)
  func theSameSeedGivesTheSameModel(_ classifier: Classifier) {
    let (vectors, dimension) = Self.vectors()
    let examples = vectors.enumerated().map {
      TrainingExample(vector: $0.element, isIncluded: $0.offset % 2 == 0)
    }
    let first = classifier.train(examples, dimension: dimension, seed: 42)
    let second = classifier.train(examples, dimension: dimension, seed: 42)
    #expect(first == second)
  }

  @Test func anotherSeedVisitsTheExamplesInAnotherOrder() {
    let (vectors, dimension) = Self.vectors()
    let examples = vectors.enumerated().map {
      TrainingExample(vector: $0.element, isIncluded: $0.offset % 2 == 0)
    }
    let first = Classifier.logisticRegression.train(examples, dimension: dimension, seed: 1)
    let second = Classifier.logisticRegression.train(examples, dimension: dimension, seed: 2)
    #expect(first != second)
  }
}
