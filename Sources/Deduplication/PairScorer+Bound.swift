import Foundation

extension PairScorer {
  /// The most evidence the fields after the title can add.
  ///
  /// Year 0.5, authors 2, volume 1, issue 0.3, pages 1.8, journal 0.5, abstract 2. Kept beside the weights in ``score(_:_:)``:
  /// raising one of those means raising this.
  static let mostEvidenceAfterTitle = 8.1

  /// False when the pair cannot score `threshold` or more, whatever its other fields say.
  ///
  /// Most candidate pairs are neighbours in the title order with titles nothing alike; for
  /// them the title's evidence against (−4) outweighs everything the other fields could add,
  /// and scoring authors, journal and abstract (and allocating the score's field lists) is
  /// work thrown away. Exact: a pair this rejects would have scored below `threshold`.
  func mayReach(_ threshold: Double, _ a: MatchKeys, _ b: MatchKeys) -> Bool {
    if threshold <= 0 || a.titleIsTranslation || b.titleIsTranslation { return true }
    var identifiers = 0.0
    if let x = a.doi, let y = b.doi {
      guard x == y else { return false }  // kept apart: scores 0
      identifiers += 4
    }
    if let x = a.pmid, let y = b.pmid {
      guard x == y else { return false }
      identifiers += 4
    }
    if TitleSimilarity.score(a, b) >= 0.75 { return true }
    let most = identifiers - 4 + Self.mostEvidenceAfterTitle
    return 1 / (1 + exp(-(most - Self.midpoint))) >= threshold
  }
}
