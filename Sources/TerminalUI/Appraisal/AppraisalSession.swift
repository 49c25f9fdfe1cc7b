/// What an appraiser can do, by a key or by a line of text.
public enum AppraisalAction: Sendable, Hashable {
  /// Choose the answer at this position (from 0) of the current question.
  case answer(Int)
  /// Keep a note with the current item: stored with its answer, at once if it has one.
  case note(String)
  /// The previous question (or the previous study's last one).
  case back
  /// The next question, without answering.
  case forward
  /// Leave this study for the next one in the queue.
  case nextStudy
  case quit
}

/// What the session asks its shell to do: the only ways it reaches the store.
public enum AppraisalEffect: Sendable, Hashable {
  /// Store this answer now, in its own transaction.
  case record(recordID: Int64, instrument: String, item: String, answer: String, note: String?)
  /// Load the study at this position of the queue (the shell sets ``AppraisalSession/State/form``).
  case load(position: Int)
  case quit
}

/// The appraisal screen's logic: a pure reducer from a state and a key (or action) to the next
/// state and the effects to carry out, tested without a terminal or a store.
public enum AppraisalSession {
  public enum Mode: Sendable, Hashable {
    case answering
    /// Typing a note; the text so far.
    case typingNote(String)
    case help
  }

  public struct State: Sendable, Hashable {
    public var reviewer: String
    /// The studies to appraise, by record id, in the order shown.
    public var queue: [Int64]
    public var position = 0
    /// The study at ``position``, once the shell has loaded it.
    public var form: AppraisalForm?
    /// The question shown, an index into the form's questions.
    public var question = 0
    public var mode: Mode = .answering
    /// A note typed for the current item before it was answered.
    public var pendingNote: String?
    /// One line of feedback.
    public var message: String?
    public var hasQuit = false

    public init(reviewer: String, queue: [Int64]) {
      self.reviewer = reviewer
      self.queue = queue
    }

    public var isAtEnd: Bool { position >= queue.count }

    /// The question shown, if a study is loaded.
    public var currentQuestion: AppraisalForm.Question? {
      guard let form, form.questions.indices.contains(question) else { return nil }
      return form.questions[question]
    }

    /// Called by the shell once it has loaded a study: shows its first unanswered question.
    public mutating func show(_ form: AppraisalForm) {
      self.form = form
      question = form.firstUnanswered ?? 0
      pendingNote = nil
      if form.firstUnanswered == nil {
        message = "Every item of this study is answered; change any, or press ] for the next."
      }
    }
  }

  /// The effects that start a session: load the first study, if there is one.
  public static func start(_ state: State) -> [AppraisalEffect] {
    guard !state.isAtEnd else { return [] }
    return [.load(position: state.position)]
  }

  /// What `key` does in `state`: Control-C quits whatever the mode; otherwise the mode decides.
  ///
  /// - Parameters:
  ///   - key: the key pressed.
  ///   - state: the session, changed in place.
  /// - Returns: the effects to carry out, in order.
  public static func handle(_ key: Key, in state: inout State) -> [AppraisalEffect] {
    guard key != .control("c") else { return apply(.quit, to: &state) }
    switch state.mode {
    case .answering:
      return answering(key, in: &state)
    case .typingNote(let text):
      return typing(key, after: text, in: &state)
    case .help:
      // Any key leaves the help.
      state.mode = .answering
      return []
    }
  }

  private static func answering(_ key: Key, in state: inout State) -> [AppraisalEffect] {
    state.message = nil
    if case .character(let character) = key, let digit = character.wholeNumberValue,
      (1...9).contains(digit)
    {
      return apply(.answer(digit - 1), to: &state)
    }
    switch key {
    case .left, .up, .character("b"): return apply(.back, to: &state)
    case .right, .down, .character("f"), .character(" "): return apply(.forward, to: &state)
    case .character("]"): return apply(.nextStudy, to: &state)
    case .character("q"): return apply(.quit, to: &state)
    case .character("n"):
      state.mode = .typingNote(state.pendingNote ?? currentNote(state) ?? "")
    case .character("?"):
      state.mode = .help
    default:
      break
    }
    return []
  }

  /// A key while a note is typed: Enter keeps it, Escape drops it, Backspace takes a character.
  private static func typing(_ key: Key, after text: String, in state: inout State)
    -> [AppraisalEffect]
  {
    var text = text
    switch key {
    case .enter:
      state.mode = .answering
      return apply(.note(text), to: &state)
    case .escape:
      state.mode = .answering
      return []
    case .backspace:
      text = String(text.dropLast())
    case .character(let character):
      text.append(character)
    default:
      break
    }
    state.mode = .typingNote(text)
    return []
  }

  /// What `action` does in `state`.
  public static func apply(_ action: AppraisalAction, to state: inout State) -> [AppraisalEffect] {
    switch action {
    case .quit:
      state.hasQuit = true
      return [.quit]
    case .nextStudy:
      return advanceStudy(&state)
    case .answer(let index):
      guard let form = state.form, let question = state.currentQuestion else { return [] }
      guard question.choices.indices.contains(index) else {
        state.message =
          "Choose 1 to \(question.choices.count): "
          + question.choices.enumerated().map { "\($0.offset + 1) \($0.element.label)" }
          .joined(separator: ", ")
        return []
      }
      let choice = question.choices[index]
      let note = state.pendingNote ?? form.notes[question.itemID]
      state.form?.answers[question.itemID] = choice.id
      if let note { state.form?.notes[question.itemID] = note }
      state.pendingNote = nil
      state.message = "\(question.itemID): \(choice.label)"
      let effect = AppraisalEffect.record(
        recordID: form.recordID, instrument: form.instrumentID, item: question.itemID,
        answer: choice.id, note: note)
      return [effect] + forward(&state)
    case .note(let text):
      guard let form = state.form, let question = state.currentQuestion else { return [] }
      let note = text.isEmpty ? nil : text
      guard let answer = form.answers[question.itemID] else {
        state.pendingNote = note
        state.message = note == nil ? "Note cleared." : "The note goes with your answer."
        return []
      }
      state.form?.notes[question.itemID] = note
      state.message = "Note kept with \(question.itemID)."
      return [
        .record(
          recordID: form.recordID, instrument: form.instrumentID, item: question.itemID,
          answer: answer, note: note)
      ]
    case .back:
      state.pendingNote = nil
      if state.question > 0 {
        state.question -= 1
      } else {
        state.message = "This is the first item of the study."
      }
      return []
    case .forward:
      state.pendingNote = nil
      return forward(&state)
    }
  }

  /// The next question, or, past the last one of a study whose items are all answered, the
  /// next study.
  private static func forward(_ state: inout State) -> [AppraisalEffect] {
    guard let form = state.form else { return [] }
    if state.question + 1 < form.questions.count {
      state.question += 1
      return []
    }
    if let missing = form.firstUnanswered {
      state.question = missing
      state.message = "Item \(form.questions[missing].itemID) has no answer yet."
      return []
    }
    return advanceStudy(&state)
  }

  private static func advanceStudy(_ state: inout State) -> [AppraisalEffect] {
    state.pendingNote = nil
    state.position += 1
    state.form = nil
    state.question = 0
    if state.isAtEnd {
      state.message = "Every study in this queue is done."
      return []
    }
    return [.load(position: state.position)]
  }

  private static func currentNote(_ state: State) -> String? {
    guard let question = state.currentQuestion else { return nil }
    return state.form?.notes[question.itemID]
  }
}
