import Foundation
import Prioritisation
import ReviewModel
import ReviewStore

/// The TF-IDF vectors of every record of a project, and rankings from one reviewer's decisions.
///
/// Built once when the screen opens; training and ranking then touch only vectors, never the
/// store, so they can run off the key loop.
struct ProjectRelevanceModel: Sendable {
  private let index: [Int64: Int]
  private let vectors: [SparseVector]
  private let dimension: Int
  let classifier: Classifier

  init(store: ProjectStore, classifier: Classifier = .default) throws {
    var ids: [Int64] = []
    var terms: [[String]] = []
    let extractor = TermExtractor()
    try store.forEachRecord { stored in
      ids.append(stored.id)
      terms.append(extractor.terms(of: ScreeningText(stored.record)))
    }
    let (vectors, dimension) = TFIDFVectorizer().vectors(of: terms)
    index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, $0.offset) })
    self.vectors = vectors
    self.dimension = dimension
    self.classifier = classifier
  }

  /// What the model of one reviewer learns from.
  ///
  /// That reviewer's own includes and excludes at title and abstract (typed, imported or
  /// decided with `litrev decide`), and the records protocol rules excluded. Other reviewers' decisions are never read, so blind screening
  /// stays blind; maybes and stops teach nothing.
  static func trainingLabels(store: ProjectStore, reviewer: String) throws -> [Int64: Bool] {
    var labels: [Int64: Bool] = [:]
    for decision in try store.currentDecisions(stage: .titleAbstract) {
      switch decision.method {
      case .rule: labels[decision.recordID] = labels[decision.recordID] ?? false
      case .manual where decision.reviewer == reviewer,
        .imported where decision.reviewer == reviewer:
        switch decision.verdict {
        case .include: labels[decision.recordID] = true
        case .exclude: labels[decision.recordID] = false
        case .maybe, .notRetrieved: labels[decision.recordID] = nil
        }
      default: break
      }
    }
    return labels
  }

  /// Whether `labels` hold an include and an exclude: what the model needs to train.
  static func canTrain(_ labels: [Int64: Bool]) -> Bool {
    labels.values.contains(true) && labels.values.contains(false)
  }

  /// `candidates` ranked by a model trained on `labels`, or nil when it cannot train yet.
  func ranking(labels: [Int64: Bool], candidates: [Int64], seed: UInt64) -> [Int64]? {
    guard Self.canTrain(labels) else { return nil }
    let examples = labels.sorted { $0.key < $1.key }.compactMap { id, included in
      index[id].map { TrainingExample(vector: vectors[$0], isIncluded: included) }
    }
    let model = classifier.train(examples, dimension: dimension, seed: seed)
    let positions = candidates.compactMap { index[$0] }
    let ranked = RelevanceRanking.ranked(positions, vectors: vectors, model: model)
    let ids = index.reduce(into: [Int: Int64]()) { $0[$1.value] = $1.key }
    return ranked.compactMap { ids[$0] }
  }
}
