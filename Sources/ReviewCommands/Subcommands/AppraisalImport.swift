import Appraisal
import ArgumentParser
import Foundation
import Ingest
import ReviewStore

extension LitRev.Appraisals {
  /// `litrev appraisals import FILE.csv`: a co-appraiser's spreadsheet of answers.
  struct AppraisalImport: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import appraisal answers from a CSV spreadsheet, all rows or none.",
      discussion: """
        One row per answer; columns found by their header: \(AppraisalSheet.columns). Rows \
        without a reviewer take --reviewer (or $LITREV_REVIEWER). A bad cell is named by \
        file:line:column and nothing of the file is stored.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The CSV file.")
    var file: String

    func execute() async throws(CommandFailure) {
      let context = try AppraisalContext.open(project)
      let stored: Int
      do {
        let reader = try CSVReader(try FileByteSource(path: file), path: file)
        let drafts = try AppraisalSheet.drafts(
          from: reader, path: file, catalogue: context.catalogue, defaultReviewer: project.actor,
          recordExists: { id in !(try context.store.existingRecordIDs([id]).isEmpty) })
        stored = try context.store.recordAppraisalAnswers(drafts).count
      } catch {
        var failure = CommandFailure(error)
        if failure.exitCode != .noInput || FileManager.default.fileExists(atPath: file) {
          failure.message += "\n\(file): nothing from this file was stored"
        }
        throw failure
      }
      StandardStreams.output.writeLine(
        "\(file): imported \(stored) appraisal answer\(stored == 1 ? "" : "s")")
    }
  }
}
