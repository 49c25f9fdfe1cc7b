import Appraisal
import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import TerminalUI

extension LitRev {
  /// `litrev appraise [ID]`: appraises studies, item by item or from an answer sheet.
  struct Appraise: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Appraise the quality of included studies with an instrument.",
      discussion: """
        With --answers, the answers of one study are read from a YAML sheet (answers: \
        {ITEM: ANSWER or {answer:, note:}}) and stored together, or not at all when one is \
        wrong. Without it, the instrument's items are asked one by one: full screen on a \
        terminal, as lines of text when standard input or output is not one. Each answer is \
        stored the moment it is given, so leaving and coming back resumes. With no ID, every \
        study included at full text that this reviewer has not finished is appraised in turn. \
        The instrument is --instrument, or the one the protocol's designs: names for the \
        study's design (`litrev set ID design=…`).
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The study's record id; by default every included study left to appraise.")
    var id: Int64?

    @Option(help: "The instrument's id (`litrev instruments` lists them).")
    var instrument: String?

    @Option(help: ArgumentHelp("A YAML sheet of answers for the study.", valueName: "file"))
    var answers: String?

    @Flag(help: "Ask line by line even on a terminal.")
    var lines = false

    func validate() throws {
      if answers != nil, id == nil {
        throw ValidationError("--answers needs the study's id: litrev appraise ID --answers FILE")
      }
    }

    func execute() async throws(CommandFailure) {
      let context = try AppraisalContext.open(project)
      if let answers, let id {
        try appraiseFromSheet(answers, recordID: id, context: context)
        return
      }
      let studies: [Int64]
      if let id {
        studies = [id]
      } else {
        studies = try context.includedStudies()
      }
      var queue: [AppraisalQueue.Study] = []
      for recordID in studies {
        do {
          queue.append(
            AppraisalQueue.Study(
              recordID: recordID,
              instrument: try context.instrument(for: recordID, named: instrument)))
        } catch  where id == nil {
          // One study without a design does not hold up the others.
          StandardStreams.error.writeLine("litrev: warning: skipped: \(error.message)")
        }
      }
      let capabilities = TerminalCapabilities.detect(
        environment: ProcessInfo.processInfo.environment)
      do {
        let session = try AppraisalQueue(
          context: context, reviewer: project.actor, studies: queue, skipFinished: id == nil)
        let state: AppraisalSession.State
        if capabilities.supportsFullScreen && !lines {
          state = try FullScreenAppraisal(
            terminal: Terminal(capabilities: capabilities), queue: session
          ).run()
        } else {
          state = try LineAppraisal(queue: session) { StandardStreams.output.write($0) }.run()
        }
        try printProgress(session, state: state)
      } catch {
        throw CommandFailure(error)
      }
    }

    /// One line per study of the session: how far this reviewer's appraisal has come.
    private func printProgress(_ session: AppraisalQueue, state: AppraisalSession.State) throws {
      for study in session.studies {
        let answers = try session.answers(of: study).answers
        guard !answers.isEmpty else { continue }
        let score = study.instrument.score(
          answers, bands: session.context.settings.bands(for: study.instrument))
        StandardStreams.output.writeLine(
          "Record \(study.recordID): \(study.instrument.id) by \(project.actor); "
            + AppraisalText.summary(score))
      }
    }

    private func appraiseFromSheet(_ path: String, recordID: Int64, context: AppraisalContext)
      throws(CommandFailure)
    {
      do {
        let sheet = try AnswerSheet.load(path: path)
        if let named = sheet.instrumentID, let instrument, named != instrument {
          throw CommandFailure(
            "\(path): the sheet is for \(named), but --instrument says \(instrument)",
            exitCode: .dataError)
        }
        let chosen = try context.instrument(for: recordID, named: instrument ?? sheet.instrumentID)
        try chosen.validate(sheet.answers)
        _ = try context.store.record(id: recordID)
        let stored = try context.store.recordAppraisalAnswers(
          sheet.answers.map { given in
            AppraisalAnswerDraft(
              recordID: recordID, instrument: chosen.id, reviewer: project.actor,
              item: given.item, answer: given.answer, note: given.note)
          })
        let mine = AnswerSet(
          try context.store.appraisalAnswers(recordID: recordID)
            .filter {
              $0.instrument == chosen.id && $0.reviewer == project.actor && $0.method != .resolution
            }
            .map { ($0.item, $0.answer) }, uniquingKeysWith: { _, later in later })
        let score = chosen.score(mine, bands: context.settings.bands(for: chosen))
        StandardStreams.output.writeLine(
          "Record \(recordID): \(stored.count) answer\(stored.count == 1 ? "" : "s") to "
            + "\(chosen.id) by \(project.actor); \(AppraisalText.summary(score))")
      } catch {
        throw CommandFailure(error)
      }
    }
  }
}
