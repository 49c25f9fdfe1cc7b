import ArgumentParser
import Foundation
import Ingest
import ReviewModel
import ReviewStore
import Screening

extension LitRev.Decisions {
  /// `litrev decisions import FILE.csv`: a co-reviewer's spreadsheet into the log.
  struct Import: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import decisions from a CSV spreadsheet, all of them or none.",
      discussion: """
        Columns are found by their header, in any case and order: id and decision (or \
        verdict) are needed; reason, reviewer, note, stage and method are read when present, \
        and other columns (title, source…) are ignored. A row without a reviewer is the \
        --reviewer's (the sheet's owner; the log records who ran the import as run_by, from \
        $LITREV_REVIEWER or $USER); one without a stage is at --stage. Decisions are stored with the method \
        import (a row whose method is rule:<id> or resolution keeps it). At full text an \
        exclusion needs one of the protocol's full_text_exclusion_reasons. The file is one \
        transaction: a bad cell is reported as file:line:column and nothing is stored.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The CSV file; - reads standard input.")
    var file: String

    @Option(help: "The stage of rows that do not name one.")
    var stage: ScreeningStage = .titleAbstract

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let stored: [Decision]
      do {
        let reader = try CSVReader(try FileByteSource(path: file), path: file)
        let context = DecisionSheet.ImportContext(
          path: file, defaultStage: stage, defaultReviewer: project.reviewer,
          importedBy: reviewerName(nil),
          loadProtocol: { () throws(CommandFailure) -> ReviewProtocol in
            do {
              return try ProtocolLoader().load(path: location.protocolPath).reviewProtocol
            } catch {
              throw CommandFailure(error)
            }
          },
          existingRecordIDs: { (ids: Set<Int64>) throws(CommandFailure) -> Set<Int64> in
            do {
              return try store.existingRecordIDs(ids)
            } catch {
              throw CommandFailure(error)
            }
          })
        let drafts = try DecisionSheet.drafts(from: reader, context)
        stored = try store.recordDecisions(drafts)
      } catch {
        var failure = CommandFailure(error)
        if failure.exitCode != .noInput || FileManager.default.fileExists(atPath: file) {
          failure.message += "\n\(file): nothing from this file was stored"
        }
        throw failure
      }
      let reviewers = Set(stored.map(\.reviewer)).sorted()
      StandardStreams.output.writeLine(
        "\(file): imported \(stored.count) decision\(stored.count == 1 ? "" : "s")"
          + (reviewers.isEmpty ? "" : " by \(reviewers.joined(separator: ", "))"))
    }
  }
}
