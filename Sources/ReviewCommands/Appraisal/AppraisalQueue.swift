import Appraisal
import ReviewModel
import ReviewStore
import TerminalUI

/// The studies one reviewer appraises in a session, each with its instrument, and the shell's
/// side of the session's effects: loading a study's form and storing each answer as it is given.
///
/// A study whose every counted item this reviewer has answered already is left out of a session
/// over all included studies, which is how leaving and coming back resumes.
struct AppraisalQueue {
  struct Study {
    var recordID: Int64
    var instrument: Instrument
  }

  let context: AppraisalContext
  let reviewer: String
  private(set) var studies: [Study]

  init(context: AppraisalContext, reviewer: String, studies: [Study], skipFinished: Bool) throws {
    self.context = context
    self.reviewer = reviewer
    self.studies = studies
    if skipFinished {
      self.studies = try studies.filter { study in
        !study.instrument.score(try answers(of: study).answers).isComplete
      }
    }
  }

  /// A fresh session state over this queue.
  func initialState() -> AppraisalSession.State {
    AppraisalSession.State(reviewer: reviewer, queue: studies.map(\.recordID))
  }

  /// This reviewer's current answers and notes about a study under its instrument.
  func answers(of study: Study) throws -> (answers: AnswerSet, notes: [String: String]) {
    var answers: AnswerSet = [:]
    var notes: [String: String] = [:]
    for answer in try context.store.appraisalAnswers(recordID: study.recordID)
    where answer.instrument == study.instrument.id && answer.reviewer == reviewer
      && answer.method != .resolution
    {
      answers[answer.item] = answer.answer
      notes[answer.item] = answer.note
    }
    return (answers, notes)
  }

  /// The form of the study at `position`.
  func form(at position: Int) throws -> AppraisalForm {
    let study = studies[position]
    let title = try context.store.record(id: study.recordID).record.title ?? "(no title)"
    let (answers, notes) = try answers(of: study)
    return AppraisalForm(
      recordID: study.recordID, title: title, instrumentID: study.instrument.id,
      instrumentName: study.instrument.name,
      questions: study.instrument.domains(
        forDesign: try context.store.studyDesigns()[study.recordID]
      )
      .flatMap { domain in
        domain.items.map { item in
          AppraisalForm.Question(
            itemID: item.id, domain: domain.name, text: item.question, guidance: item.guidance,
            choices: item.answers.map { AppraisalForm.Choice(id: $0.id, label: $0.label) })
        }
      }, answers: answers, notes: notes)
  }

  /// Carries out the session's effects; false once the session should end.
  func run(_ effects: [AppraisalEffect], on state: inout AppraisalSession.State) throws -> Bool {
    for effect in effects {
      switch effect {
      case .record(let recordID, let instrument, let item, let answer, let note):
        try context.store.recordAppraisalAnswer(
          AppraisalAnswerDraft(
            recordID: recordID, instrument: instrument, reviewer: reviewer, item: item,
            answer: answer, note: note))
      case .load(let position):
        state.show(try form(at: position))
      case .quit:
        return false
      }
    }
    return true
  }
}
