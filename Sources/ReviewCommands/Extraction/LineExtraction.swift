import ReviewModel
import TerminalUI

/// Extraction one line per field, for when standard input is not a terminal: scripts and
/// pipes drive it.
///
/// Each line is the value of the field asked for; an empty line keeps what the field holds.
/// `:back` goes to the previous field, `:next` to the next study, `:quit` (or the end of input)
/// stops. A value that does not fit the field's type is refused with the reason, and the field
/// is asked again.
struct LineExtraction {
  let effects: ExtractionEffects
  let write: (String) -> Void

  func run(_ state: inout ExtractionSession.State) throws {
    var running = try effects.run(ExtractionSession.start(state), on: &state)
    var shownStudy: Int64?
    while running {
      guard let study = state.study, let field = state.field else {
        write("Every study of this queue has been seen.\n")
        break
      }
      if shownStudy != study.recordID {
        shownStudy = study.recordID
        write(
          "\n[study \(state.position + 1) of \(state.queue.count)] record \(study.recordID)\n"
            + "\(study.title)\n\(study.details)\n")
      }
      var prompt = field.summary
      if let help = field.help { prompt += " — \(help)" }
      if let value = study.values[field.name] { prompt += " [now: \(value)]" }
      write(prompt + "\n> ")
      guard let line = readLine() else { break }
      state.message = nil
      let action: ExtractionAction =
        switch line.trimmingWhitespace() {
        case ":back": .previousField
        case ":next": .nextStudy
        case ":quit": .quit
        default: .enter(line)
        }
      running = try effects.run(ExtractionSession.apply(action, to: &state), on: &state)
      if let message = state.message { write(message + "\n") }
    }
    write("\n")
  }
}
