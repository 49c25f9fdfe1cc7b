import ReviewModel

/// Why a decision's reason cannot be stored as given.
public enum DecisionReasonProblem: Error, Equatable, Sendable {
  /// A full-text exclusion without a reason; `known` lists the protocol's reason ids.
  case missing(known: [String])
  /// A full-text exclusion whose reason is none of the protocol's.
  case unknown(String, known: [String])
}

extension ReviewProtocol {
  /// The reason to store with a decision, checked against the protocol.
  ///
  /// At full text an exclusion needs one of ``fullTextExclusionReasons`` (its id or its label)
  /// and stores its id. Anywhere else a reason is optional: a criterion's id or label, or a
  /// full-text exclusion reason, is stored as its id, and other words as they are.
  ///
  /// - Parameters:
  ///   - reason: the reason as a person gave it, or nil.
  ///   - verdict: the decision's verdict.
  ///   - stage: the decision's stage.
  /// - Returns: the reason to store, or nil for none.
  /// - Throws: ``DecisionReasonProblem`` for a full-text exclusion without one of the protocol's
  ///   reasons.
  public func storedReason(_ reason: String?, verdict: Verdict, stage: ScreeningStage)
    throws(DecisionReasonProblem) -> String?
  {
    if stage == .fullText && verdict == .exclude {
      let known = fullTextExclusionReasons.map(\.id)
      guard let reason else { throw .missing(known: known) }
      guard let match = fullTextExclusionReason(reason) else {
        throw .unknown(reason, known: known)
      }
      return match.id
    }
    guard let reason else { return nil }
    let wanted = reason.lowercased()
    if let criterion = (criteria.include + criteria.exclude).first(where: {
      $0.id == wanted || $0.label.lowercased() == wanted
    }) {
      return criterion.id
    }
    return fullTextExclusionReason(reason)?.id ?? reason
  }

  /// Whether storing a decision with this verdict at this stage and `reason` needs the protocol.
  ///
  /// - Parameters:
  ///   - reason: the reason given, or nil.
  ///   - verdict: the decision's verdict.
  ///   - stage: the decision's stage.
  /// - Returns: true when ``storedReason(_:verdict:stage:)`` has something to check.
  public static func reasonNeedsProtocol(
    _ reason: String?, verdict: Verdict, stage: ScreeningStage
  ) -> Bool {
    reason != nil || (stage == .fullText && verdict == .exclude)
  }
}
