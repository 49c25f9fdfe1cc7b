import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import TerminalUI

extension LitRev {
  /// `litrev extract [ID]`: the protocol's extraction form, for the studies included at full
  /// text, field by field or with `--set`.
  struct Extract: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract data from the included studies, by the protocol's extraction form.",
      discussion: """
        With --set FIELD=VALUE (repeatable), stores those values for study ID at once: a number \
        field takes a number, a choice field one of its choices (by name or number), a list \
        field items separated by ;. Without --set, asks field by field for each study included \
        at full text that this reviewer has not finished (or for study ID only): full-screen in \
        a terminal (Enter stores, an empty Enter keeps, Up goes back a field, Page Down to the \
        next study, Esc quits), one value per line from a pipe (:back, :next, :quit). Each \
        value is in the log the moment it is entered. Only studies included at full text, as \
        the protocol counts a decision, can be extracted.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The study's record id; without it, every included study still to extract.")
    var id: Int64?

    @Option(
      name: .customLong("set"),
      help: ArgumentHelp("A value to store: FIELD=VALUE (repeatable).", valueName: "field=value"))
    var assignments: [String] = []

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorMode = .auto

    func validate() throws {
      if !assignments.isEmpty, id == nil {
        throw ValidationError("--set needs the study's id: litrev extract ID --set FIELD=VALUE.")
      }
    }

    func execute() async throws(CommandFailure) {
      let context = try ExtractionContext(project: project)
      if let id { try context.requireIncluded(id) }
      if let id, !assignments.isEmpty {
        try store(id, context)
      } else {
        try extractInteractively(context)
      }
    }

    private func store(_ id: Int64, _ context: ExtractionContext) throws(CommandFailure) {
      var drafts: [ExtractionDraft] = []
      for assignment in assignments {
        let (field, value) = try ExtractionAssignment.parse(assignment, context: context)
        drafts.append(
          ExtractionDraft(recordID: id, field: field, value: value, reviewer: project.actor))
      }
      try context.record(drafts)
      let values = drafts.map { "\($0.field) = \($0.value.storedText)" }
      StandardStreams.output.writeLine(
        "Record \(id), by \(project.actor): " + values.joined(separator: "; "))
    }

    private func extractInteractively(_ context: ExtractionContext) throws(CommandFailure) {
      let reviewer = project.actor
      let queue: [Int64]
      if let id {
        queue = [id]
      } else {
        queue = try ExtractionEffects.queue(context, reviewer: reviewer)
      }
      var state = ExtractionSession.State(
        reviewer: reviewer, fields: context.fields, queue: queue)
      let effects = ExtractionEffects(context: context, reviewer: reviewer)
      let capabilities = TerminalCapabilities.detect(
        environment: ProcessInfo.processInfo.environment, colorMode: color)
      do {
        if capabilities.supportsFullScreen {
          try FullScreenExtraction(
            terminal: Terminal(capabilities: capabilities), effects: effects
          ).run(&state)
        } else {
          try LineExtraction(effects: effects) { StandardStreams.output.write($0) }.run(&state)
        }
      } catch {
        throw CommandFailure(error)
      }
      let left = try ExtractionEffects.queue(context, reviewer: reviewer).count
      StandardStreams.output.writeLine(
        "\(reviewer): \(state.storedCount) value\(state.storedCount == 1 ? "" : "s") stored; "
          + "\(left) included stud\(left == 1 ? "y" : "ies") still to extract; "
          + "every value is in the log.")
    }
  }
}
