import ReviewModel
import ReviewStore
import Survey
import TerminalUI

/// The full-screen coding loop.
///
/// Reads keys, lets ``CodingSession`` decide, stores its effects as events, redraws. The
/// terminal is restored on every way out (see ``RawMode``).
struct FullScreenCoding {
  let terminal: Terminal
  let store: ProjectStore

  /// The session's items for `answers`, with the codebook's suggestions.
  static func items(
    _ answers: [FreeTextAnswer], codebook: Codebook, coded: CodedAnswers, coder: String
  ) -> [CodingItem] {
    let suggester = CodeSuggester(codebook: codebook)
    return answers.map { answer in
      let suggestions = suggester.suggestions(for: answer.text)
      return CodingItem(
        respondent: answer.key.respondent, questionID: answer.key.questionID,
        question: answer.question, text: answer.text, suggestions: suggestions.map(\.codeID),
        highlights: suggestions.flatMap(\.ranges),
        applied: coded.codes(of: answer.key, coder: coder))
    }
  }

  func run(_ state: inout CodingSession.State) throws {
    try terminal.enterFullScreen()
    defer { terminal.leaveFullScreen() }
    var size = terminal.size
    terminal.draw(CodingView.lines(state, size: size))
    var running = true
    while running {
      let keys = try terminal.readKeys(timeout: 100)
      for key in keys where running {
        for effect in CodingSession.handle(key, in: &state) {
          switch effect {
          case .record(let action): try store.recordCodingActions([action])
          case .addCode(let code): try store.addCode(code)
          case .quit: running = false
          }
        }
      }
      let newSize = terminal.size
      if running && (!keys.isEmpty || newSize != size) {
        size = newSize
        terminal.draw(CodingView.lines(state, size: size))
      }
    }
  }
}
