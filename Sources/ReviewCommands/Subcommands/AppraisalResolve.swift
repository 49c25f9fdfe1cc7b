import Appraisal
import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore

extension LitRev.Appraisals {
  /// `litrev appraisals resolve ID ITEM ANSWER`: settles an item the appraisers disagree on.
  struct AppraisalResolve: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "resolve",
      abstract: "Settle an item the appraisers of a study answered differently.",
      discussion: """
        The resolution is an answer of its own in the log, with the method resolution; the \
        appraisers' answers stay as they were (`litrev appraisals agreement` still counts \
        them), and the study's score uses the resolution. An item can be resolved while in \
        conflict, or again after an earlier resolution.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The study's record id.")
    var id: Int64

    @Argument(help: "The item's id, as `litrev appraisals conflicts` lists it.")
    var item: String

    @Argument(help: "The answer that settles it: an id the item allows.")
    var answer: String

    @Option(help: "The instrument, when the study was appraised with more than one.")
    var instrument: String?

    @Option(help: "A note kept with the resolution.")
    var note: String?

    func execute() async throws(CommandFailure) {
      let context = try AppraisalContext.open(project)
      let candidates = try context.studies().filter {
        $0.recordID == id && (instrument == nil || $0.instrument.id == instrument)
      }
      guard let study = candidates.first else {
        throw CommandFailure(
          "record \(id) has no appraisal\(instrument.map { " with \($0)" } ?? "") to resolve",
          exitCode: .dataError)
      }
      guard candidates.count == 1 else {
        throw CommandFailure(
          "record \(id) is appraised with \(candidates.map(\.instrument.id).joined(separator: " and ")); "
            + "say which with --instrument", exitCode: .usage)
      }
      do {
        try study.instrument.validate([GivenAnswer(item: item, answer: answer)])
      } catch {
        throw CommandFailure(error)
      }
      let wasResolved: Bool
      do {
        wasResolved = try context.store.appraisalAnswers(recordID: id).contains {
          $0.method == .resolution && $0.instrument == study.instrument.id && $0.item == item
        }
      } catch {
        throw CommandFailure(error)
      }
      let conflict = study.conflicts.first { $0.item == item }
      guard conflict != nil || wasResolved else {
        throw CommandFailure(
          "record \(id) has nothing to resolve at \(item): its appraisers agree or it is unanswered",
          exitCode: .dataError)
      }
      do {
        try context.store.recordAppraisalAnswer(
          AppraisalAnswerDraft(
            recordID: id, instrument: study.instrument.id, reviewer: project.actor, item: item,
            answer: answer, note: note, method: .resolution))
      } catch {
        throw CommandFailure(error)
      }
      let given = conflict?.answers ?? [:]
      let settles = given.keys.sorted().map { "\($0): \(given[$0] ?? "")" }
      StandardStreams.output.writeLine(
        "Record \(id): \(item) resolved as \(answer) by \(project.actor)"
          + (settles.isEmpty ? "" : "; it settles \(settles.joined(separator: ", "))"))
    }
  }
}
