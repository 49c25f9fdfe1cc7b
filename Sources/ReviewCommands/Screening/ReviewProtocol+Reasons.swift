import ReviewModel

extension ReviewProtocol {
  /// The reasons a reviewer picks from at `stage`: the full-text exclusion reasons at full
  /// text; at title and abstract, the exclusion criteria and each inclusion criterion not met.
  func reasons(at stage: ScreeningStage) -> [ExclusionReason] {
    if stage == .fullText { return fullTextExclusionReasons }
    return criteria.exclude.map { ExclusionReason(id: $0.id, label: $0.label) }
      + criteria.include.map { ExclusionReason(id: $0.id, label: "Not met: \($0.label)") }
  }
}
