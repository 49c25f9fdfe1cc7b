import ArgumentParser
import Foundation
import ReviewModel
import Screening

extension LitRev.Extractions {
  /// `litrev extractions conflicts`: the fields where extractors gave different values.
  struct ExtractionsConflicts: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "conflicts",
      abstract: "List the fields where two extractors differ, until they are resolved.",
      discussion: """
        Values that differ only in case or spacing agree. Settle a field with \
        `litrev extractions resolve ID FIELD VALUE`.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Print the conflicts as JSON.")
    var json = false

    func execute() async throws(CommandFailure) {
      let context = try ExtractionContext(project: project, needsForm: false)
      let conflicts = ExtractionOutcome.outcomes(log: try context.extractions()).compactMap {
        outcome -> (ExtractionOutcome, [Extraction])? in
        if case .conflict(let values) = outcome.status { (outcome, values) } else { nil }
      }
      if json {
        var writer = JSONWriter()
        writer.beginArray()
        for (outcome, values) in conflicts {
          writer.beginObject()
          writer.key("id")
          writer.int(Int(outcome.recordID))
          writer.key("field")
          writer.string(outcome.field)
          writer.key("values")
          writer.beginObject()
          for value in values {
            writer.key(value.reviewer)
            writer.string(value.value)
          }
          writer.endObject()
          writer.endObject()
        }
        writer.endArray()
        StandardStreams.output.writeLine(writer.text)
        return
      }
      guard !conflicts.isEmpty else {
        StandardStreams.output.writeLine("No conflicts: the extractors agree on every field.")
        return
      }
      var table = TextTable(headers: ["ID", "Field", "Reviewer", "Value"], rightAligned: [0])
      for (outcome, values) in conflicts {
        for value in values {
          table.rows.append([String(outcome.recordID), outcome.field, value.reviewer, value.value])
        }
      }
      StandardStreams.output.write(table.render())
      StandardStreams.output.writeLine(
        "\(conflicts.count) field\(conflicts.count == 1 ? "" : "s") in conflict; settle each with "
          + "`litrev extractions resolve ID FIELD VALUE --reviewer NAME`.")
    }
  }
}
