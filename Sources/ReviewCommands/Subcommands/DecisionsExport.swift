import ArgumentParser
import Foundation
import Ingest
import ReviewModel
import ReviewStore

extension LitRev.Decisions {
  /// `litrev decisions export`: the decision log as CSV.
  struct Export: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write every screening decision as CSV, oldest first.",
      discussion: """
        Columns: id, source, sourceId, title, stage, reviewer, verdict, reason, note, method, \
        time. Every decision of the log is a row, including those a reviewer later changed, so \
        that `litrev decisions import` of the file into another project gives the same \
        decisions. A cell that starts with = + - @, a tab or a carriage return gets a leading \
        apostrophe, so that no spreadsheet runs it as a formula.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(help: "Only the decisions at this stage; by default every stage.")
    var stage: ScreeningStage?

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp(
        "Write the CSV to this file instead of standard output.", valueName: "file"))
    var output: String?

    func execute() async throws(CommandFailure) {
      let (_, store) = try project.openStore()
      var text = CSVWriter.row(DecisionSheet.exportHeader)
      var count = 0
      do {
        var records: [Int64: StoredRecord] = [:]
        for decision in try store.decisions(stage: stage) {
          let stored = try records[decision.recordID] ?? store.record(id: decision.recordID)
          records[decision.recordID] = stored
          text += CSVWriter.row(DecisionSheet.exportCells(decision, record: stored))
          count += 1
        }
      } catch {
        throw CommandFailure(error)
      }
      if try OutputFile.write(text, to: output), let output {
        StandardStreams.output.writeLine(
          "\(output): wrote \(count) decision\(count == 1 ? "" : "s")")
      }
    }
  }
}
