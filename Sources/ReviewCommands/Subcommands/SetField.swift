import Appraisal
import ArgumentParser
import Foundation
import ReviewStore

extension LitRev {
  /// `litrev set ID design=…`: sets a property of a study.
  struct SetField: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Set a property of a study: its design (design=cross-sectional).",
      discussion: """
        The design chooses the instrument `litrev appraise` uses, through the protocol's \
        designs: mapping (for example cross-sectional: axis). When the protocol has such a \
        mapping, the design must be one it names. Each change is an event in the log; the \
        latest counts.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The record's id, as `litrev records` lists it.")
    var id: Int64

    @Argument(help: "What to set, as key=value; the key is design.")
    var assignment: String

    func execute() async throws(CommandFailure) {
      let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, parts[0] == "design" else {
        throw CommandFailure(
          "'\(assignment)': say design=NAME (the only property `litrev set` sets)",
          exitCode: .usage)
      }
      try StudyDesignSetter(project: project).set(parts[1], of: id)
    }
  }
}
