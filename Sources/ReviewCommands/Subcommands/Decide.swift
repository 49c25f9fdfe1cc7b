import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev decide ID VERDICT`: records one screening decision.
  struct Decide: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a screening decision about one record.",
      discussion: """
        The decision is appended to the log; an earlier decision by the same reviewer about \
        the same record at the same stage stays in the log but no longer counts. At full text \
        an exclusion needs one of the protocol's full_text_exclusion_reasons (its id or its \
        label), and not-retrieved marks a report that could not be obtained. At title and \
        abstract a reason is optional; a criterion's id or label is stored as the id.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The record's id, as `litrev records` lists it.")
    var id: Int64

    @Argument(help: "include, exclude, maybe, or (at full text) not-retrieved.")
    var verdict: Verdict

    @Option(help: "Why: a criterion or full-text exclusion reason (id or label), or words.")
    var reason: String?

    @Option(help: "A note kept with the decision.")
    var note: String?

    @Option(help: "The screening stage.")
    var stage: ScreeningStage = .titleAbstract

    @Option(
      help: "At a full-text inclusion: the study's design, as `litrev set ID design=` sets it.")
    var design: String?

    func validate() throws {
      if verdict == .notRetrieved, stage != .fullText {
        throw ValidationError("not-retrieved applies to full texts: add --stage full-text.")
      }
      if let reason, reason.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("--reason must not be empty.")
      }
      if design != nil, verdict != .include || stage != .fullText {
        throw ValidationError("--design goes with include --stage full-text.")
      }
    }

    func execute() async throws(CommandFailure) {
      // A design the protocol does not name is refused before the decision is stored.
      if let design { _ = try StudyDesignSetter(project: project).checked(design) }
      let (location, store) = try project.openStore()
      let storedReason = try DecisionReason.stored(
        reason, verdict: verdict, stage: stage, protocolPath: location.protocolPath)
      let draft = DecisionDraft(
        recordID: id, stage: stage, verdict: verdict, reason: storedReason, note: note,
        reviewer: project.actor)
      do {
        let decision = try store.recordDecision(draft)
        let why = decision.reason.map { " (reason: \($0))" } ?? ""
        StandardStreams.output.writeLine(
          "Record \(decision.recordID): \(decision.verdict.commandLineName) at "
            + "\(decision.stage.commandLineName) by \(decision.reviewer)\(why)")
      } catch {
        throw CommandFailure(error)
      }
      if let design {
        try StudyDesignSetter(project: project).set(design, of: id)
      }
    }
  }
}
