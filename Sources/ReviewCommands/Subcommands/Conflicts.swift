import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev conflicts`: the records the reviewers disagree about.
  struct Conflicts: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the records the reviewers disagree about at a stage.",
      discussion: """
        A record is in conflict when the latest decisions of its reviewers differ (include \
        against exclude, or against maybe) and no resolution has settled it. Rules' exclusions \
        decide alone and are never in conflict. Settle a conflict with `litrev resolve`.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(help: "The screening stage.")
    var stage: ScreeningStage = .titleAbstract

    @Flag(help: "Print the conflicts as one JSON array.")
    var json = false

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let settings = try StageSettingsLoader.settings(
        of: stage, protocolPath: location.protocolPath)
      var conflicts: [ConflictJSON] = []
      do {
        let outcomes = ScreeningOutcome.outcomes(
          log: try store.decisions(stage: stage), settings: settings)
        for outcome in outcomes {
          guard case .conflict(let decisions) = outcome.status else { continue }
          let stored = try store.record(id: outcome.recordID)
          conflicts.append(ConflictJSON(id: outcome.recordID, stored: stored, decisions: decisions))
        }
      } catch {
        throw CommandFailure(error)
      }
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(conflicts) {
          StandardStreams.output.writeLine(String(decoding: data, as: UTF8.self))
        }
        return
      }
      guard !conflicts.isEmpty else {
        StandardStreams.output.writeLine("No conflicts at \(stage.commandLineName).")
        return
      }
      var table = TextTable(headers: ["ID", "Title", "Reviewer", "Verdict", "Reason"])
      table.rightAligned = [0]
      for conflict in conflicts {
        for (index, decision) in conflict.decisions.enumerated() {
          table.rows.append([
            index == 0 ? String(conflict.id) : "",
            index == 0 ? (conflict.title ?? "(no title)").truncated(to: 50) : "",
            decision.reviewer, decision.verdict, decision.reason ?? "",
          ])
        }
      }
      StandardStreams.output.write(table.render())
      let count = conflicts.count
      StandardStreams.output.writeLine(
        "\(count) record\(count == 1 ? "" : "s") in conflict at \(stage.commandLineName); "
          + "settle one with `litrev resolve ID include|exclude`")
    }
  }
}

/// One conflict as `conflicts --json` prints it.
private struct ConflictJSON: Encodable {
  struct ReviewerDecision: Encodable {
    var reviewer: String
    var verdict: String
    var reason: String?
    var note: String?
    var method: String
    var time: String
    var uuid: String
  }

  var id: Int64
  var title: String?
  var source: String
  var decisions: [ReviewerDecision]

  init(id: Int64, stored: StoredRecord, decisions: [Decision]) {
    self.id = id
    title = stored.record.title
    source = stored.source
    self.decisions = decisions.map {
      ReviewerDecision(
        reviewer: $0.reviewer, verdict: $0.verdict.commandLineName, reason: $0.reason,
        note: $0.note, method: $0.method.description, time: $0.decidedAt, uuid: $0.uuid)
    }
  }
}
