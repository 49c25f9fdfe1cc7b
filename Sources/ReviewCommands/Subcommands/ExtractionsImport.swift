import ArgumentParser
import Foundation
import Ingest
import ReviewModel

extension LitRev.Extractions {
  /// `litrev extractions import FILE.csv`: an extractor's spreadsheet into the log.
  struct ExtractionsImport: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import extracted values from a CSV spreadsheet, all of them or none.",
      discussion: """
        Columns are found by their header: id is needed, reviewer is read when present (a row \
        without one is --reviewer's), first_author, year and title are ignored, and every \
        other column must be a field of the protocol's extraction form. Each non-empty cell \
        is checked against its field's type; empty cells are left alone. Only studies \
        included at full text can be imported. The file is one transaction: a bad cell is \
        reported as file:line:column and nothing is stored.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The CSV file; - reads standard input.")
    var file: String

    func execute() async throws(CommandFailure) {
      let context = try ExtractionContext(project: project)
      let stored: [Extraction]
      do {
        let reader = try CSVReader(try FileByteSource(path: file), path: file)
        let drafts = try ExtractionSheet.drafts(
          from: reader, path: file, context: context, defaultReviewer: project.actor)
        stored = try context.record(drafts)
      } catch {
        var failure = CommandFailure(error)
        if failure.exitCode != .noInput || FileManager.default.fileExists(atPath: file) {
          failure.message += "\n\(file): nothing from this file was stored"
        }
        throw failure
      }
      let studies = Set(stored.map(\.recordID)).count
      let reviewers = Set(stored.map(\.reviewer)).sorted()
      // A sheet gathered from a whole team names its first few extractors, then a count.
      var named = reviewers.prefix(5).joined(separator: ", ")
      if reviewers.count > 5 { named += " and \(reviewers.count - 5) more" }
      StandardStreams.output.writeLine(
        "\(file): imported \(stored.count) value\(stored.count == 1 ? "" : "s") for \(studies) "
          + "stud\(studies == 1 ? "y" : "ies")" + (reviewers.isEmpty ? "" : " by \(named)"))
    }
  }
}
