import Foundation
import ReviewModel
import ReviewStore
import Survey

/// The line-by-line coding session: one answer at a time, one command per line, so that it
/// works through a pipe as well as at a terminal.
///
/// Commands: `a [N…]` accepts the suggested codes (all, or those numbered) and rejects the
/// rest, then moves on; `r` rejects every suggestion and moves on; `+ CODE…` applies codes;
/// `- CODE…` removes them; `new ID THEME NAME…` makes a code (THEME `-` for none) and applies
/// it; `memo TEXT` keeps a note; `n` moves on keeping what is applied; `s` skips without
/// marking the answer coded; `q` stops. Every action is stored as an event at once.
struct LineCoding {
  let store: ProjectStore
  var codebook: Codebook
  let coder: String
  let highlights: Bool

  /// Codes `answers` from standard input, returning how many answers were finished.
  mutating func run(_ answers: [FreeTextAnswer], coded: CodedAnswers) throws(CommandFailure)
    -> Int
  {
    var suggester = CodeSuggester(codebook: codebook)
    var finished = 0
    for (index, answer) in answers.enumerated() {
      let suggestions = suggester.suggestions(for: answer.text)
      var applied = coded.codes(of: answer.key, coder: coder)
      show(answer, index: index, of: answers.count, suggestions: suggestions, applied: applied)
      answerLoop: while true {
        StandardStreams.output.write("code> ")
        guard let line = readLine() else { return finished }
        let words = line.split(separator: " ").map(String.init)
        let command = words.first ?? "n"
        let arguments = Array(words.dropFirst())
        switch command {
        case "q": return finished
        case "s": break answerLoop
        case "a", "r":
          let chosen = command == "r" ? [] : chosenSuggestions(arguments, suggestions)
          guard let chosen else {
            StandardStreams.output.writeLine("  a takes the numbers of suggestions")
            continue
          }
          var actions: [CodingAction] = []
          for (number, suggestion) in suggestions.enumerated() {
            let accept = command == "a" && (arguments.isEmpty || chosen.contains(number + 1))
            actions.append(
              action(answer, accept ? .apply : .reject, code: suggestion.codeID, "suggested"))
          }
          actions.append(action(answer, .reviewed))
          try save(actions)
          finished += 1
          break answerLoop
        case "n":
          try save([action(answer, .reviewed)])
          finished += 1
          break answerLoop
        case "+", "-":
          let unknown = arguments.filter { codebook.code($0) == nil }
          guard unknown.isEmpty, !arguments.isEmpty else {
            StandardStreams.output.writeLine(
              "  no code '\(unknown.first ?? "")' in the codebook (`new ID THEME NAME` makes one)")
            continue
          }
          let codes = arguments
          try save(codes.map { action(answer, command == "+" ? .apply : .remove, code: $0) })
          if command == "+" { applied.formUnion(codes) } else { applied.subtract(codes) }
          StandardStreams.output.writeLine("  codes: \(applied.sorted().joined(separator: ", "))")
        case "new":
          guard arguments.count >= 3 else {
            StandardStreams.output.writeLine("  new ID THEME NAME… (THEME - for none)")
            continue
          }
          let theme = arguments[1] == "-" ? nil : arguments[1]
          let code = AddedCode(
            id: arguments[0], name: arguments[2...].joined(separator: " "), themeID: theme,
            addedBy: coder)
          do {
            try store.addCode(code)
          } catch {
            throw CommandFailure(error)
          }
          codebook.add([(code.id, code.name, code.themeID)])
          suggester = CodeSuggester(codebook: codebook)
          try save([action(answer, .apply, code: code.id)])
          applied.insert(code.id)
          StandardStreams.output.writeLine("  codes: \(applied.sorted().joined(separator: ", "))")
        case "memo":
          try save([action(answer, .memo, memo: arguments.joined(separator: " "))])
        default:
          StandardStreams.output.writeLine(
            "  a [N…] accept, r reject, + CODE, - CODE, new ID THEME NAME, memo TEXT, n next, "
              + "s skip, q quit")
        }
      }
    }
    return finished
  }

  private func show(
    _ answer: FreeTextAnswer, index: Int, of count: Int,
    suggestions: [CodeSuggester.Suggestion], applied: Set<String>
  ) {
    StandardStreams.output.writeLine(
      "\n[\(index + 1)/\(count)] \(answer.key.respondent) · \(answer.key.questionID): "
        + answer.question)
    let ranges = suggestions.flatMap(\.ranges).sorted { $0.lowerBound < $1.lowerBound }
    StandardStreams.output.writeLine("  " + marked(answer.text, ranges))
    for (number, suggestion) in suggestions.enumerated() {
      let name = codebook.code(suggestion.codeID)?.name ?? ""
      StandardStreams.output.writeLine("  \(number + 1) \(suggestion.codeID): \(name)")
    }
    if suggestions.isEmpty { StandardStreams.output.writeLine("  (no suggested code)") }
    if !applied.isEmpty {
      StandardStreams.output.writeLine("  codes: \(applied.sorted().joined(separator: ", "))")
    }
  }

  /// The text with the suggesting words in bold on a terminal, or between `*` otherwise.
  private func marked(_ text: String, _ ranges: [Range<String.Index>]) -> String {
    var out = ""
    var position = text.startIndex
    for range in ranges where range.lowerBound >= position {
      out += text[position..<range.lowerBound]
      out += highlights ? "\u{1B}[1m\(text[range])\u{1B}[22m" : "*\(text[range])*"
      position = range.upperBound
    }
    return out + text[position...]
  }

  /// The suggestion numbers given, or nil when one is not a suggestion's number.
  private func chosenSuggestions(_ arguments: [String], _ suggestions: [CodeSuggester.Suggestion])
    -> Set<Int>?
  {
    var chosen: Set<Int> = []
    for argument in arguments {
      guard let number = Int(argument), (1...max(1, suggestions.count)).contains(number) else {
        return nil
      }
      chosen.insert(number)
    }
    return chosen
  }

  private func action(
    _ answer: FreeTextAnswer, _ kind: CodingAction.Kind, code: String? = nil,
    _ method: String = "manual", memo: String? = nil
  ) -> CodingAction {
    CodingAction(
      respondent: answer.key.respondent, questionID: answer.key.questionID, coder: coder,
      kind: kind, codeID: code, memo: memo, method: method)
  }

  private func save(_ actions: [CodingAction]) throws(CommandFailure) {
    do {
      try store.recordCodingActions(actions)
    } catch {
      throw CommandFailure(error)
    }
  }
}
