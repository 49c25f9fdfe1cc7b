import ArgumentParser
import ReviewModel
import Screening

extension LitRev.Extractions {
  /// `litrev extractions resolve ID FIELD VALUE`: settles one field of one study.
  struct ExtractionsResolve: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "resolve",
      abstract: "Settle one field of a study, whatever its extractors said.",
      discussion: """
        The value is checked against the field's type and stored as a resolution event by \
        --reviewer; the extractors' own values stay in the log. The evidence table shows the \
        resolved value.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The study's record id.")
    var id: Int64

    @Argument(help: "The field's name, as the extraction form names it.")
    var field: String

    @Argument(help: "The value that holds.")
    var value: String

    func execute() async throws(CommandFailure) {
      let context = try ExtractionContext(project: project)
      try context.requireIncluded(id)
      let (name, typed) = try ExtractionAssignment.parse("\(field)=\(value)", context: context)
      let previous = ExtractionOutcome.outcomes(
        log: try context.extractions().filter { $0.recordID == id && $0.field == name })
      try context.record([
        ExtractionDraft(
          recordID: id, field: name, value: typed, reviewer: project.actor, method: .resolution)
      ])
      let was: String
      switch previous.first?.status {
      case .conflict(let values)?:
        was =
          " (it was in conflict: "
          + values.map { "\($0.reviewer) \($0.value)" }.joined(separator: ", ") + ")"
      case nil: was = " (nobody had extracted it)"
      default: was = ""
      }
      StandardStreams.output.writeLine(
        "Record \(id): \(name) = \(typed.storedText), resolved by \(project.actor)\(was)")
    }
  }
}
