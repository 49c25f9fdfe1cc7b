import ReviewModel

/// One free-text answer on the coding screen, with the codes suggested for it.
public struct CodingItem: Sendable, Hashable {
  public var respondent: String
  public var questionID: String
  public var question: String
  public var text: String
  /// The suggested codes in the codebook's order.
  public var suggestions: [String]
  /// The stretches of `text` that suggest them, shown highlighted.
  public var highlights: [Range<String.Index>]
  /// The coder's codes for the answer so far.
  public var applied: Set<String>

  public init(
    respondent: String, questionID: String, question: String, text: String,
    suggestions: [String], highlights: [Range<String.Index>], applied: Set<String>
  ) {
    self.respondent = respondent
    self.questionID = questionID
    self.question = question
    self.text = text
    self.suggestions = suggestions
    self.highlights = highlights
    self.applied = applied
  }
}

/// What the coding screen asks its shell to do: the only ways it reaches the store.
public enum CodingEffect: Sendable, Hashable {
  /// Store a coding action as an event, now.
  case record(CodingAction)
  /// Store a code made while coding (its event), before it is applied.
  case addCode(AddedCode)
  case quit
}

/// The coding screen's logic: a pure reducer from a state and a key to the next state and the
/// effects, tested without a terminal or a store.
///
/// Keys: ↑/↓ move over the suggestions; `y` or space accepts the one under the cursor, `x`
/// rejects it, `a` accepts every suggestion not yet decided; `c` applies a code typed by its
/// id, `r` removes one; `w` makes a new code (`ID THEME NAME…`, THEME `-` for none) and applies
/// it; `m` writes a memo; Enter or `n` finishes the answer and goes on; `s` skips it; `?` help;
/// `q` quits.
public enum CodingSession {
  /// What the keys do at the moment.
  public enum Mode: Sendable, Hashable {
    case browsing
    case typingCode(String)
    case typingRemoval(String)
    case typingNewCode(String)
    case typingMemo(String)
    case help
  }

  public struct State: Sendable, Hashable {
    public var coder: String
    public var items: [CodingItem]
    /// The codes a coder may apply, id and name, in the codebook's order.
    public var codes: [(id: String, name: String)]
    public var position = 0
    /// The suggestion under the cursor.
    public var cursor = 0
    /// What became of each suggestion of the current answer: true accepted, false rejected.
    public var verdicts: [String: Bool] = [:]
    public var finished = 0
    public var mode: Mode = .browsing
    public var message = ""

    public init(coder: String, items: [CodingItem], codes: [(id: String, name: String)]) {
      self.coder = coder
      self.items = items
      self.codes = codes
    }

    /// The answer shown, or nil past the last.
    public var item: CodingItem? { position < items.count ? items[position] : nil }

    public static func == (lhs: State, rhs: State) -> Bool {
      lhs.coder == rhs.coder && lhs.items == rhs.items && lhs.codes.map(\.id) == rhs.codes.map(\.id)
        && lhs.position == rhs.position && lhs.cursor == rhs.cursor && lhs.verdicts == rhs.verdicts
        && lhs.finished == rhs.finished && lhs.mode == rhs.mode && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(position)
      hasher.combine(cursor)
      hasher.combine(finished)
    }
  }

  /// Handles one key.
  public static func handle(_ key: Key, in state: inout State) -> [CodingEffect] {
    switch state.mode {
    case .help:
      state.mode = .browsing
      return []
    case .typingCode(let text), .typingRemoval(let text), .typingNewCode(let text),
      .typingMemo(let text):
      return type(key, text, in: &state)
    case .browsing:
      return browse(key, in: &state)
    }
  }

  private static func browse(_ key: Key, in state: inout State) -> [CodingEffect] {
    state.message = ""
    guard let item = state.item else { return key == .character("q") ? [.quit] : [] }
    switch key {
    case .up, .character("k"):
      state.cursor = max(0, state.cursor - 1)
    case .down, .character("j"):
      state.cursor = min(max(0, item.suggestions.count - 1), state.cursor + 1)
    case .character("y"), .character(" "):
      return decide(cursorSuggestion: true, in: &state)
    case .character("x"):
      return decide(cursorSuggestion: false, in: &state)
    case .character("a"):
      var effects: [CodingEffect] = []
      for code in item.suggestions where state.verdicts[code] == nil {
        effects += apply(code, accepted: true, in: &state)
      }
      return effects
    case .character("c"): state.mode = .typingCode("")
    case .character("r"): state.mode = .typingRemoval("")
    case .character("w"): state.mode = .typingNewCode("")
    case .character("m"): state.mode = .typingMemo("")
    case .character("?"): state.mode = .help
    case .enter, .character("n"):
      let effects = [CodingEffect.record(action(.reviewed, in: state))]
      state.finished += 1
      return effects + advance(&state)
    case .character("s"):
      return advance(&state)
    case .character("q"), .control("c"):
      return [.quit]
    default: break
    }
    return []
  }

  private static func decide(cursorSuggestion accepted: Bool, in state: inout State)
    -> [CodingEffect]
  {
    guard let item = state.item, state.cursor < item.suggestions.count else {
      state.message = "no suggested code here"
      return []
    }
    return apply(item.suggestions[state.cursor], accepted: accepted, in: &state)
  }

  private static func apply(_ code: String, accepted: Bool, in state: inout State)
    -> [CodingEffect]
  {
    state.verdicts[code] = accepted
    if accepted { state.items[state.position].applied.insert(code) }
    return [
      .record(action(accepted ? .apply : .reject, code: code, method: "suggested", in: state))
    ]
  }

  private static func type(_ key: Key, _ text: String, in state: inout State) -> [CodingEffect] {
    switch key {
    case .escape:
      state.mode = .browsing
      return []
    case .backspace:
      state.mode = retyped(state.mode, String(text.dropLast()))
      return []
    case .character(let character):
      state.mode = retyped(state.mode, text + String(character))
      return []
    case .enter:
      let mode = state.mode
      state.mode = .browsing
      return finish(mode, text.trimmingSpaces(), in: &state)
    default:
      return []
    }
  }

  private static func retyped(_ mode: Mode, _ text: String) -> Mode {
    switch mode {
    case .typingCode: .typingCode(text)
    case .typingRemoval: .typingRemoval(text)
    case .typingNewCode: .typingNewCode(text)
    case .typingMemo: .typingMemo(text)
    case .browsing, .help: mode
    }
  }

  private static func finish(_ mode: Mode, _ text: String, in state: inout State)
    -> [CodingEffect]
  {
    guard !text.isEmpty, state.item != nil else { return [] }
    switch mode {
    case .typingCode:
      guard state.codes.contains(where: { $0.id == text }) else {
        state.message = "no code '\(text)' (w makes a new one)"
        return []
      }
      state.items[state.position].applied.insert(text)
      return [.record(action(.apply, code: text, in: state))]
    case .typingRemoval:
      guard state.items[state.position].applied.remove(text) != nil else {
        state.message = "'\(text)' is not applied to this answer"
        return []
      }
      return [.record(action(.remove, code: text, in: state))]
    case .typingNewCode:
      let words = text.split(separator: " ").map(String.init)
      guard words.count >= 3 else {
        state.message = "a new code is ID THEME NAME (THEME - for none)"
        return []
      }
      guard !state.codes.contains(where: { $0.id == words[0] }) else {
        state.message = "code '\(words[0])' exists already (c applies it)"
        return []
      }
      let code = AddedCode(
        id: words[0], name: words[2...].joined(separator: " "),
        themeID: words[1] == "-" ? nil : words[1], addedBy: state.coder)
      state.codes.append((code.id, code.name))
      state.items[state.position].applied.insert(code.id)
      return [.addCode(code), .record(action(.apply, code: code.id, in: state))]
    case .typingMemo:
      state.message = "memo kept"
      return [.record(action(.memo, memo: text, in: state))]
    case .browsing, .help:
      return []
    }
  }

  private static func advance(_ state: inout State) -> [CodingEffect] {
    state.position += 1
    state.cursor = 0
    state.verdicts = [:]
    return state.item == nil ? [.quit] : []
  }

  private static func action(
    _ kind: CodingAction.Kind, code: String? = nil, memo: String? = nil,
    method: String = "manual", in state: State
  ) -> CodingAction {
    let item = state.items[state.position]
    return CodingAction(
      respondent: item.respondent, questionID: item.questionID, coder: state.coder, kind: kind,
      codeID: code, memo: memo, method: method)
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
