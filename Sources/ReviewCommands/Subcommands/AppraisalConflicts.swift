import Appraisal
import ArgumentParser
import Foundation

extension LitRev.Appraisals {
  /// `litrev appraisals conflicts`: the items two appraisers answered differently.
  struct AppraisalConflicts: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "conflicts",
      abstract: "List the items the appraisers of a study answered differently.",
      discussion: """
        An item is in conflict while its appraisers' latest answers differ and no resolution \
        has settled it. Settle one with `litrev appraisals resolve ID ITEM ANSWER`.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Print the conflicts as one JSON array.")
    var json = false

    func execute() async throws(CommandFailure) {
      let context = try AppraisalContext.open(project)
      let conflicts = try context.studies().flatMap(\.conflicts)
      if json {
        StandardStreams.output.writeLine(
          AppraisalJSON.encode(
            conflicts.map {
              ConflictJSON(
                id: $0.recordID, instrument: $0.instrument, item: $0.item, answers: $0.answers)
            }))
        return
      }
      guard !conflicts.isEmpty else {
        StandardStreams.output.writeLine("No appraisal conflicts.")
        return
      }
      var table = TextTable(headers: ["ID", "Instrument", "Item", "Appraiser", "Answer"])
      table.rightAligned = [0]
      for conflict in conflicts {
        for (index, appraiser) in conflict.answers.keys.sorted().enumerated() {
          table.rows.append([
            index == 0 ? String(conflict.recordID) : "", index == 0 ? conflict.instrument : "",
            index == 0 ? conflict.item : "", appraiser, conflict.answers[appraiser] ?? "",
          ])
        }
      }
      StandardStreams.output.write(table.render())
      StandardStreams.output.writeLine(
        "\(conflicts.count) item\(conflicts.count == 1 ? "" : "s") in conflict; settle each with "
          + "`litrev appraisals resolve ID ITEM ANSWER`.")
    }
  }
}

/// One conflict in `litrev appraisals conflicts --json`.
private struct ConflictJSON: Encodable {
  var id: Int64
  var instrument: String
  var item: String
  var answers: [String: String]
}
