import ReviewModel
import Screening

/// The reason a command stores with a decision, checked against the protocol by
/// `ReviewProtocol.storedReason(_:verdict:stage:)`; `decide` and `resolve` share it.
enum DecisionReason {
  /// The reason to store, loading the protocol only when there is something to check.
  ///
  /// - Parameters:
  ///   - reason: `--reason`, or nil.
  ///   - verdict: the decision's verdict.
  ///   - stage: the decision's stage.
  ///   - protocolPath: the project's `protocol.yaml`.
  /// - Returns: the reason to store, or nil.
  /// - Throws: a usage failure for a full-text exclusion without one of the protocol's reasons;
  ///   the protocol's own failure when it cannot be loaded.
  static func stored(
    _ reason: String?, verdict: Verdict, stage: ScreeningStage, protocolPath: String
  ) throws(CommandFailure) -> String? {
    guard ReviewProtocol.reasonNeedsProtocol(reason, verdict: verdict, stage: stage) else {
      return nil
    }
    let reviewProtocol: ReviewProtocol
    do {
      reviewProtocol = try ProtocolLoader().load(path: protocolPath).reviewProtocol
    } catch {
      throw CommandFailure(error)
    }
    do {
      return try reviewProtocol.storedReason(reason, verdict: verdict, stage: stage)
    } catch {
      throw CommandFailure(message(error, option: "--reason"), exitCode: .usage)
    }
  }

  /// The sentence for `problem`.
  ///
  /// - Parameters:
  ///   - problem: what is wrong with the reason.
  ///   - option: how the reason is given (`--reason`, `a reason column`).
  /// - Returns: the sentence, without a place.
  static func message(_ problem: DecisionReasonProblem, option: String) -> String {
    switch problem {
    case .missing(let known):
      "excluding a full text needs \(option), one of: \(known.joined(separator: ", "))"
    case .unknown(let reason, let known):
      "'\(reason)' is not one of the protocol's full-text exclusion reasons: "
        + known.joined(separator: ", ")
    }
  }
}
