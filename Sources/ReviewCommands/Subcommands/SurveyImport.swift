import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Survey

extension LitRev {
  /// `litrev survey import RESPONSES.csv`.
  struct SurveyImportCommand: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import a survey tool's CSV export of the responses, all of it or none.",
      discussion: """
        Reads exports of Google Forms, Microsoft Forms, SurveyMonkey (header_rows: 2), \
        Qualtrics (header_rows: 3) and REDCap: a byte order mark, quoted cells with line \
        breaks, commas or semicolons, multiple choices in one cell or one column per option. \
        Every cell that does not fit survey.yaml is reported as file:line:column, and nothing \
        is stored unless every row fits; --skip-bad-rows stores the rows that fit and names \
        each one skipped. The import is one event; a later import takes the place of the \
        earlier in reports.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Argument(help: "The CSV file of responses.")
    var file: String

    @Flag(help: "Store the rows that fit and report each row left out.")
    var skipBadRows = false

    @Flag(help: "Import the file even if these exact bytes were imported before.")
    var again = false

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let definition = try files.loadDefinition(location)
      let read: SurveyResponseFile
      do {
        read = try SurveyResponseReader(definition: definition).read(path: file)
      } catch {
        throw CommandFailure(error)
      }
      if !read.problems.isEmpty {
        guard skipBadRows else { throw CommandFailure(SurveyError.rowsDoNotFit(read.problems)) }
        for problem in read.problems {
          StandardStreams.error.writeLine("\(problem)")
        }
        for line in read.skippedLines {
          StandardStreams.error.writeLine("\(file):\(line): skipped this row")
        }
      }
      let stored: SurveyImport
      do {
        stored = try store.importSurvey(
          SurveyImportDraft(
            fileName: file, sha256: read.sha256 ?? "", title: definition.title,
            distributed: definition.distributed, responses: read.responses,
            skippedCount: read.skippedLines.count, actor: project.actor),
          again: again)
      } catch {
        throw CommandFailure(error)
      }
      let rate = Double(stored.responseCount) / Double(definition.distributed) * 100
      var line =
        "imported \(stored.responseCount) responses of \(definition.distributed) distributed "
        + "(\(String(format: "%.0f", rate))% response rate)"
      if stored.skippedCount > 0 { line += "; skipped \(stored.skippedCount) rows" }
      StandardStreams.output.writeLine(line)
    }
  }
}
