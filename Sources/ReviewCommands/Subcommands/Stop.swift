import ArgumentParser
import Foundation
import Prioritisation
import ReviewStore
import Screening

extension LitRev {
  /// `litrev stop --rule NAME --reviewer NAME`: ends a reviewer's title/abstract screening by a
  /// stopping rule, excluding the records left; `--undo` takes the latest stop back.
  struct Stop: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Stop title/abstract screening by a stopping rule, or undo the latest stop.",
      discussion: """
        Excludes every record left in the reviewer's title/abstract queue with the method \
        stop:<rule>, as one stop event holding the evidence (records screened, includes \
        found, the stopping test's p-value) and, in the same transaction, one decision per \
        record; PRISMA counts them apart from the records people excluded. It refuses while \
        the stopping test (see `litrev progress`) is not met, unless --even-if-not-met is \
        given. --undo appends an event after which the stop's exclusions no longer count.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Stopping test")
    var stopping: StoppingTestOptions

    @Option(help: "The stopping rule's name, as the log and PRISMA show it (no spaces).")
    var rule: String?

    @Flag(help: "Undo the reviewer's latest stop (by --rule, when given).")
    var undo = false

    @Flag(help: "Stop even when the stopping test is not met (the evidence is still kept).")
    var evenIfNotMet = false

    func validate() throws {
      guard project.reviewer?.isEmpty == false else {
        throw ValidationError("Name the reviewer whose screening stops: --reviewer NAME.")
      }
      if !undo {
        guard let rule, !rule.isEmpty, !rule.contains(" ") else {
          throw ValidationError("Name the stopping rule, without spaces: --rule NAME.")
        }
      }
    }

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let reviewer = project.actor
      if undo {
        do {
          guard let stop = try store.undoStop(reviewer: reviewer, rule: rule) else {
            throw CommandFailure(
              "\(reviewer) has no stop to undo\(rule.map { " by \($0)" } ?? "").",
              exitCode: .dataError)
          }
          StandardStreams.output.writeLine(
            "Undid \(reviewer)'s stop by \(stop.rule): \(stop.recordIDs.count) records are "
              + "back in the title/abstract queue.")
        } catch {
          throw CommandFailure(error)
        }
        return
      }
      let ruleName = rule ?? ""
      do {
        let loaded = try ProtocolLoader().load(path: location.protocolPath)
        let screening = try ReviewerScreening(store: store, loaded: loaded, reviewer: reviewer)
        let progress = screening.progress(test: stopping.test)
        guard progress.stopping.isMet || evenIfNotMet else {
          throw CommandFailure(
            "the stopping test is not met for \(reviewer) (p = "
              + "\(String(format: "%.4g", progress.stopping.pValue)), needs p < "
              + "\(String(format: "%.4g", 1 - stopping.confidence))); screen on, or give "
              + "--even-if-not-met", exitCode: .dataError)
        }
        guard !screening.remaining.isEmpty else {
          throw CommandFailure("\(reviewer) has no records left to screen.", exitCode: .dataError)
        }
        let evidence = [
          "screened": String(progress.screened), "includes": String(progress.includes),
          "p_value": String(format: "%.6g", progress.stopping.pValue),
          "recall_target": String(stopping.recallTarget), "confidence": String(stopping.confidence),
          "criterion_met": progress.stopping.isMet ? "yes" : "no",
        ]
        let stop = try store.recordStop(
          rule: ruleName, reviewer: reviewer, recordIDs: screening.remaining, evidence: evidence)
        StandardStreams.output.writeLine(
          "\(reviewer) stopped by \(ruleName) after \(progress.screened) records "
            + "(\(progress.includes) includes, p = \(String(format: "%.4g", progress.stopping.pValue))): "
            + "\(stop.recordIDs.count) records excluded as stop:\(ruleName).")
      } catch {
        throw CommandFailure(error)
      }
    }
  }
}
