import ReviewModel
import TerminalUI

/// Screening one command per line, for when standard input is not a terminal: scripts and
/// pipes drive it, and each record is printed as text.
///
/// Commands: `include [DESIGN]` (a design at full text), `exclude [REASON]`, `maybe`,
/// `not-retrieved [REASON]` (full text), `note TEXT`, `undo`, `skip`, `search WORDS`, `quit`;
/// the first letter of each works too. A reason or a design is its number in the list printed,
/// or its id (a reason's label too). The end of input quits.
struct LineScreening {
  let effects: ScreeningEffects
  let usesColor: Bool
  let write: (String) -> Void

  func run(_ state: inout ScreeningSession.State) throws {
    var running = try effects.run(ScreeningSession.start(state), on: &state)
    printReasons(state)
    while running {
      printCurrent(state)
      guard let line = readLine() else { break }
      state.message = nil
      switch Self.action(line, state: state) {
      case .success(let action):
        running = try effects.run(ScreeningSession.apply(action, to: &state), on: &state)
      case .failure(let problem):
        state.message = problem.message
      }
      if let message = state.message { write(message + "\n") }
    }
    write("\n")
  }

  private func printReasons(_ state: ScreeningSession.State) {
    guard !state.reasons.isEmpty else { return }
    write("Reasons: ")
    let list = state.reasons.enumerated().map { "\($0.offset + 1) \($0.element.id)" }
    write(list.joined(separator: ", ") + "\n")
    if !state.designs.isEmpty {
      let designs = state.designs.enumerated().map { "\($0.offset + 1) \($0.element)" }
      write("Designs (include DESIGN): " + designs.joined(separator: ", ") + "\n")
    }
  }

  private func printCurrent(_ state: ScreeningSession.State) {
    let progress = state.progress
    guard let item = state.item else {
      write("All \(progress.total) records of this queue are seen; undo or quit.\n> ")
      return
    }
    var text = "\n[\(progress.decided)/\(progress.total) decided] record \(item.recordID)"
    if let standing = item.standingVerdict { text += " (you decided: \(standing.commandLineName))" }
    text += "\n"
    if let status = ScreeningSession.modelStatus(state) { text += status + "\n" }
    let wrapper = TextWrapper(width: 100)
    for line in wrapper.wrap(item.title) { text += shown(line) + "\n" }
    if !item.byline.isEmpty { text += item.byline + "\n" }
    text += item.details + "\n\n"
    for line in wrapper.wrap(item.abstract) { text += shown(line) + "\n" }
    write(text + "> ")
  }

  /// The line with its highlights where colour is allowed, and as plain text where it is not
  /// (a pipe or a file gets no escape sequences).
  private func shown(_ line: StyledLine) -> String {
    usesColor ? line.rendered(usesColor: true) : line.plainText
  }

  struct Problem: Error {
    var message: String
  }

  /// The action a typed line asks for.
  static func action(_ line: String, state: ScreeningSession.State) -> Result<
    ScreeningAction, Problem
  > {
    let trimmed = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
    guard let command = trimmed.first?.lowercased() else { return .failure(Problem(message: "")) }
    let argument = trimmed.count > 1 ? String(trimmed[1]).trimmingSpaces() : ""
    switch command {
    case "include", "i": return designed(argument, state)
    case "maybe", "m": return .success(.decide(.maybe, reason: nil))
    case "exclude", "e": return reasoned(.exclude, argument, state)
    case "not-retrieved", "r": return reasoned(.notRetrieved, argument, state)
    case "note", "n": return .success(.note(argument))
    case "undo", "u": return .success(.undo)
    case "skip", "s": return .success(.skip)
    case "search", "/": return .success(.search(argument))
    case "quit", "q": return .success(.quit)
    default:
      return .failure(
        Problem(
          message:
            "unknown command '\(command)': include [DESIGN], exclude [REASON], maybe, note TEXT, undo, skip, search WORDS, quit"
        ))
    }
  }

  /// An inclusion, with the design `argument` names (by number or name) at full text.
  private static func designed(_ argument: String, _ state: ScreeningSession.State)
    -> Result<ScreeningAction, Problem>
  {
    guard !argument.isEmpty else { return .success(.decide(.include, reason: nil)) }
    guard state.stage == .fullText, !state.designs.isEmpty else {
      return .failure(
        Problem(
          message: "a design goes with an inclusion at full text, when the protocol has designs:"))
    }
    if let number = Int(argument), number >= 1, number <= state.designs.count {
      return .success(.includeWithDesign(state.designs[number - 1]))
    }
    if let design = state.designs.first(where: { $0.lowercased() == argument.lowercased() }) {
      return .success(.includeWithDesign(design))
    }
    let known = state.designs.joined(separator: ", ")
    return .failure(Problem(message: "'\(argument)' is not a design here; use one of: \(known)"))
  }

  private static func reasoned(
    _ verdict: Verdict, _ argument: String, _ state: ScreeningSession.State
  )
    -> Result<ScreeningAction, Problem>
  {
    guard !argument.isEmpty else { return .success(.decide(verdict, reason: nil)) }
    let wanted = argument.lowercased()
    if let number = Int(argument), number >= 1, number <= state.reasons.count {
      return .success(.decide(verdict, reason: state.reasons[number - 1].id))
    }
    if let reason = state.reasons.first(where: {
      $0.id == wanted || $0.label.lowercased() == wanted
    }) {
      return .success(.decide(verdict, reason: reason.id))
    }
    let known = state.reasons.map(\.id).joined(separator: ", ")
    return .failure(Problem(message: "'\(argument)' is not a reason here; use one of: \(known)"))
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
