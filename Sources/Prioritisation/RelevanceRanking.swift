/// Orders records by a model's scores, most likely relevant first.
public enum RelevanceRanking {
  /// The positions of `candidates` in `vectors`, best score first; equal scores keep the order
  /// of `candidates`, so a ranking is the same each time for the same model.
  public static func ranked(
    _ candidates: [Int], vectors: [SparseVector], model: LinearModel
  ) -> [Int] {
    let scores = candidates.map { model.score(vectors[$0]) }
    return candidates.indices.sorted { left, right in
      scores[left] != scores[right] ? scores[left] > scores[right] : left < right
    }.map { candidates[$0] }
  }

  /// The position in `vectors` of the best of `candidates`: the first of ``ranked(_:vectors:model:)``
  /// without sorting all of them.
  public static func best(
    of candidates: [Int], vectors: [SparseVector], model: LinearModel
  ) -> Int? {
    var best: (candidate: Int, score: Double)?
    for candidate in candidates {
      let score = model.score(vectors[candidate])
      if best.map({ score > $0.score }) ?? true { best = (candidate, score) }
    }
    return best?.candidate
  }
}
