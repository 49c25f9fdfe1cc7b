import ReviewModel

/// Where one record stands at a screening stage, by the protocol's rule for that stage.
///
/// The rule, in order:
/// 1. A resolution (`litrev resolve`) settles the record; the latest one counts.
/// 2. A protocol rule's exclusion decides alone: automation needs no second reviewer.
/// 3. Otherwise each reviewer's latest decision counts. Reviewers who differ are in
///    ``Status/conflict(_:)``, whatever the protocol's number of reviewers. Fewer reviewers than
///    the stage's `reviewers_per_record` leave it ``Status/awaitingSecondReviewer(_:)``. When
///    enough agree, the record is decided by that verdict, unless it is `maybe`: then it is
///    ``Status/undecided(_:)``, waiting for a discussion or a resolution.
public struct ScreeningOutcome: Sendable, Hashable {
  /// How a record came to be decided.
  public enum Settlement: Sendable, Hashable {
    /// The stage has one reviewer per record, and that reviewer decided.
    case singleReviewer(Decision)
    /// Every reviewer gave the same verdict (as many reviewers as the stage needs, or more).
    case agreement([Decision])
    /// A resolution settled it.
    case resolution(Decision)
    /// A protocol rule excluded it.
    case rule(Decision)
  }

  /// Whether the record is decided and, if not, what it waits for.
  public enum Status: Sendable, Hashable {
    /// Decided, with the verdict that holds.
    case decided(Verdict, Settlement)
    /// The reviewers disagree; their decisions in force, by reviewer.
    case conflict([Decision])
    /// Two reviewers are needed and one has decided.
    case awaitingSecondReviewer(Decision)
    /// Enough reviewers decided, and all of them said `maybe`.
    case undecided([Decision])

    /// The verdict that holds, when the record is decided.
    public var verdict: Verdict? {
      if case .decided(let verdict, _) = self { verdict } else { nil }
    }

    /// A short phrase for people: `included (2 reviewers agree)`, `conflict`,
    /// `awaiting second reviewer`.
    public var summary: String {
      switch self {
      case .decided(let verdict, let settlement):
        let how =
          switch settlement {
          case .singleReviewer: "one reviewer"
          case .agreement(let decisions): "\(decisions.count) reviewers agree"
          case .resolution(let decision): "resolved by \(decision.reviewer)"
          case .rule(let decision): "\(decision.method)"
          }
        return "\(verdict.commandLineName) (\(how))"
      case .conflict: return "conflict"
      case .awaitingSecondReviewer: return "awaiting second reviewer"
      case .undecided: return "undecided (maybe)"
      }
    }
  }

  public var recordID: Int64
  public var status: Status
  /// Each reviewer's latest screening decision, by reviewer: what the reviewers said, whatever
  /// settled the record.
  public var reviewerDecisions: [Decision]

  public init(recordID: Int64, status: Status, reviewerDecisions: [Decision]) {
    self.recordID = recordID
    self.status = status
    self.reviewerDecisions = reviewerDecisions
  }

  /// The outcome of every record the log holds decisions about at one stage.
  ///
  /// - Parameters:
  ///   - log: the decisions at the stage, oldest first, as the store's `decisions(stage:)` gives
  ///     them (a later decision by a reviewer replaces their earlier one).
  ///   - settings: the stage's settings from the protocol; `reviewersPerRecord` above 2 counts as
  ///     2, below 1 as 1.
  /// - Returns: one outcome per record with at least one decision, by record id. A record
  ///   nobody has decided about is absent: it is still to be screened.
  public static func outcomes(log: [Decision], settings: StageSettings) -> [ScreeningOutcome] {
    let needed = min(max(settings.reviewersPerRecord, 1), 2)
    var byRecord: [Int64: RecordLog] = [:]
    for decision in log {
      byRecord[decision.recordID, default: RecordLog()].add(decision)
    }
    return byRecord.keys.sorted().compactMap { recordID in
      byRecord[recordID]?.outcome(recordID: recordID, reviewersNeeded: needed)
    }
  }
}

/// What the log says about one record at one stage, as it is read oldest first.
private struct RecordLog {
  var latestByReviewer: [String: Decision] = [:]
  var latestRule: Decision?
  var latestResolution: Decision?

  mutating func add(_ decision: Decision) {
    switch decision.method {
    case .resolution: latestResolution = decision
    case .rule: latestRule = decision
    // Stopping ends one reviewer's screening: it stands for that reviewer's exclusion.
    case .manual, .imported, .stoppingRule: latestByReviewer[decision.reviewer] = decision
    }
  }

  func outcome(recordID: Int64, reviewersNeeded: Int) -> ScreeningOutcome? {
    let reviewers = latestByReviewer.keys.sorted().compactMap { latestByReviewer[$0] }
    let status: ScreeningOutcome.Status
    if let resolution = latestResolution {
      status = .decided(resolution.verdict, .resolution(resolution))
    } else if let rule = latestRule {
      status = .decided(rule.verdict, .rule(rule))
    } else if let first = reviewers.first {
      if reviewers.contains(where: { $0.verdict != first.verdict }) {
        status = .conflict(reviewers)
      } else if reviewers.count < reviewersNeeded {
        status = .awaitingSecondReviewer(first)
      } else if first.verdict == .maybe {
        status = .undecided(reviewers)
      } else if reviewers.count == 1 {
        status = .decided(first.verdict, .singleReviewer(first))
      } else {
        status = .decided(first.verdict, .agreement(reviewers))
      }
    } else {
      return nil
    }
    return ScreeningOutcome(recordID: recordID, status: status, reviewerDecisions: reviewers)
  }
}
