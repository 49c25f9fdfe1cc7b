import Foundation
import TerminalUI

/// Appraisal one line at a time, for when standard input or output is not a terminal: scripts
/// and pipes drive it through the same session as the full screen.
///
/// A line is an answer (its number, its id or its label), `note TEXT`, `back`, `forward` (or
/// `skip`), `next` (the next study) or `quit`; the first letter of the commands works too. The
/// end of input quits; every answer given so far is stored.
struct LineAppraisal {
  let queue: AppraisalQueue
  let write: (String) -> Void

  func run() throws -> AppraisalSession.State {
    var state = queue.initialState()
    var running = try queue.run(AppraisalSession.start(state), on: &state)
    if state.isAtEnd { write("Nothing to appraise: every study in the queue is done.\n") }
    while running, !state.isAtEnd {
      printCurrent(state)
      guard let line = readLine() else { break }
      state.message = nil
      switch Self.action(line, state: state) {
      case .success(let action):
        running = try queue.run(AppraisalSession.apply(action, to: &state), on: &state)
      case .failure(let problem):
        state.message = problem.message
      }
      if let message = state.message { write(message + "\n") }
    }
    return state
  }

  private func printCurrent(_ state: AppraisalSession.State) {
    guard let form = state.form, let question = state.currentQuestion else { return }
    var text = "\n[record \(form.recordID) · \(form.instrumentID) · item \(state.question + 1)"
    text += " of \(form.questions.count)] \(question.domain)\n"
    text += question.text + "\n"
    if let guidance = question.guidance { text += "  " + guidance + "\n" }
    let given = form.answers[question.itemID]
    for (index, choice) in question.choices.enumerated() {
      text += "  \(index + 1) \(choice.label)\(choice.id == given ? "  (your answer)" : "")\n"
    }
    write(text + "> ")
  }

  struct Problem: Error {
    var message: String
  }

  /// The action a typed line asks for.
  static func action(_ line: String, state: AppraisalSession.State) -> Result<
    AppraisalAction, Problem
  > {
    let words = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = words.first?.lowercased() else {
      return .failure(Problem(message: "type an answer's number, or quit"))
    }
    let rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
    switch first {
    case "note", "n": return .success(.note(rest))
    case "back", "b": return .success(.back)
    case "forward", "f", "skip", "s": return .success(.forward)
    case "next", "]": return .success(.nextStudy)
    case "quit", "q": return .success(.quit)
    default: break
    }
    let choices = state.currentQuestion?.choices ?? []
    let wanted = line.trimmingCharacters(in: .whitespaces).lowercased()
    if let number = Int(wanted), number >= 1, number <= choices.count {
      return .success(.answer(number - 1))
    }
    if let index = choices.firstIndex(where: { $0.id == wanted || $0.label.lowercased() == wanted })
    {
      return .success(.answer(index))
    }
    let allowed = choices.enumerated().map { "\($0.offset + 1) \($0.element.id)" }
    return .failure(
      Problem(
        message: "'\(line)' is not an answer here; allowed: \(allowed.joined(separator: ", ")) "
          + "(or note TEXT, back, forward, next, quit)"))
  }
}
