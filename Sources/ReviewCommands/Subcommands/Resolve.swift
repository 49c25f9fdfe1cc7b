import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev resolve ID include|exclude`: settles a record the reviewers disagree about.
  struct Resolve: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Settle a record the reviewers disagree about.",
      discussion: """
        The resolution is a decision of its own in the log, with the method resolution; it \
        settles the record at the stage, and the reviewers' own decisions stay as they were \
        (`litrev agreement` still counts them). A record can be resolved when its reviewers \
        disagree, when they all said maybe, or again after an earlier resolution. At full text \
        an exclusion needs one of the protocol's full_text_exclusion_reasons.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The record's id, as `litrev conflicts` lists it.")
    var id: Int64

    @Argument(help: "include or exclude.")
    var verdict: Verdict

    @Option(help: "Why: a criterion or full-text exclusion reason (id or label), or words.")
    var reason: String?

    @Option(help: "A note kept with the resolution.")
    var note: String?

    @Option(help: "The screening stage.")
    var stage: ScreeningStage = .titleAbstract

    func validate() throws {
      guard verdict == .include || verdict == .exclude else {
        throw ValidationError("A resolution includes or excludes: say include or exclude.")
      }
      if let reason, reason.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("--reason must not be empty.")
      }
    }

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let settings = try StageSettingsLoader.settings(
        of: stage, protocolPath: location.protocolPath)
      let outcome: ScreeningOutcome?
      do {
        _ = try store.record(id: id)
        outcome =
          ScreeningOutcome.outcomes(
            log: try store.decisions(recordID: id, stage: stage), settings: settings
          ).first
      } catch {
        throw CommandFailure(error)
      }
      let settled: [Decision]
      switch outcome?.status {
      case .conflict(let decisions), .undecided(let decisions):
        settled = decisions
      case .decided(_, .resolution):
        settled = outcome?.reviewerDecisions ?? []
      case .some(let status):
        throw CommandFailure(
          "record \(id) has nothing to resolve at \(stage.commandLineName): \(status.summary)",
          exitCode: .dataError)
      case nil:
        throw CommandFailure(
          "record \(id) has nothing to resolve at \(stage.commandLineName): "
            + "nobody has decided about it", exitCode: .dataError)
      }
      let storedReason = try DecisionReason.stored(
        reason, verdict: verdict, stage: stage, protocolPath: location.protocolPath)
      let draft = DecisionDraft(
        recordID: id, stage: stage, verdict: verdict, reason: storedReason, note: note,
        reviewer: project.actor, method: .resolution, resolves: settled.map(\.uuid))
      do {
        let decision = try store.recordDecision(draft)
        let why = decision.reason.map { " (reason: \($0))" } ?? ""
        let reviewers = settled.map { "\($0.reviewer): \($0.verdict.commandLineName)" }
        StandardStreams.output.writeLine(
          "Record \(id): resolved as \(verdict.commandLineName) at \(stage.commandLineName) by "
            + "\(decision.reviewer)\(why); it settles \(reviewers.joined(separator: ", "))")
      } catch {
        throw CommandFailure(error)
      }
    }
  }
}
