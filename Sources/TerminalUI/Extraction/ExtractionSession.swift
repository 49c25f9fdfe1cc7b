import ReviewModel

/// What a reviewer can do on the extraction screen, by a key or by a line of text.
public enum ExtractionAction: Sendable, Hashable {
  /// The text typed for the current field: stored when it fits the field's type; empty text
  /// keeps what the field holds and goes on.
  case enter(String)
  /// Go back to the previous field of the study.
  case previousField
  /// Leave this study's remaining fields for later and go on to the next study.
  case nextStudy
  case quit
}

/// What the extraction screen asks its shell to do: the only ways it reaches the store.
public enum ExtractionEffect: Sendable, Hashable {
  /// Store a value in the log, now.
  case record(ExtractionDraft)
  /// Show the study at this position of the queue (the shell sets ``ExtractionSession/State/study``).
  case load(position: Int)
  case quit
}

/// The extraction screen's logic: field by field through each study of the queue.
///
/// A pure reducer from a state and a key (or action) to the next state and the effects to carry
/// out, tested without a terminal or a store. Every value is checked against its field's type
/// before it is stored, so a number field never holds words and a choice field only its choices.
public enum ExtractionSession {
  public struct State: Sendable, Hashable {
    public var reviewer: String
    /// The protocol's extraction form, in order.
    public var fields: [ExtractionField]
    /// The studies to extract, in the order shown.
    public var queue: [Int64]
    public var position = 0
    /// The study at ``position``, once the shell has loaded it; nil past the end.
    public var study: ExtractionStudy?
    /// The field being filled in.
    public var fieldIndex = 0
    /// What has been typed for the current field (full-screen only).
    public var input = ""
    /// One line of feedback: what was stored, or why a value was refused.
    public var message: String?
    /// How many values were stored in this session.
    public var storedCount = 0
    public var hasQuit = false

    public init(reviewer: String, fields: [ExtractionField], queue: [Int64]) {
      self.reviewer = reviewer
      self.fields = fields
      self.queue = queue
    }

    /// True when every study of the queue has been passed.
    public var isAtEnd: Bool { position >= queue.count }

    /// The field being filled in, while a study is shown.
    public var field: ExtractionField? {
      study != nil && fieldIndex < fields.count ? fields[fieldIndex] : nil
    }
  }

  /// The effects that start a session: load the first study.
  public static func start(_ state: State) -> [ExtractionEffect] {
    state.isAtEnd ? [] : [.load(position: state.position)]
  }

  /// What `key` does in `state`: characters are typed into the value, Enter stores it, Up goes
  /// back a field, Page Down goes to the next study, Escape or Ctrl-C quits.
  ///
  /// - Parameters:
  ///   - key: the key pressed.
  ///   - state: the session, changed in place.
  /// - Returns: the effects to carry out, in order.
  public static func handle(_ key: Key, in state: inout State) -> [ExtractionEffect] {
    switch key {
    case .control("c"), .escape: return apply(.quit, to: &state)
    case .enter:
      let text = state.input
      return apply(.enter(text), to: &state)
    case .backspace:
      state.input = String(state.input.dropLast())
    case .control("u"):
      state.input = ""
    case .character(let character):
      state.input.append(character)
    case .up: return apply(.previousField, to: &state)
    case .pageDown: return apply(.nextStudy, to: &state)
    default: break
    }
    return []
  }

  /// What `action` does in `state`: the one place where values are checked and stored.
  ///
  /// - Parameters:
  ///   - action: what the reviewer asked for.
  ///   - state: the session, changed in place.
  /// - Returns: the effects to carry out, in order.
  public static func apply(_ action: ExtractionAction, to state: inout State) -> [ExtractionEffect]
  {
    switch action {
    case .quit:
      state.hasQuit = true
      return [.quit]
    case .previousField:
      guard state.study != nil else { return [] }
      state.fieldIndex = max(state.fieldIndex - 1, 0)
      state.input = ""
      state.message = nil
      return []
    case .nextStudy:
      guard !state.isAtEnd else { return [] }
      state.message = "Study left for later: its empty fields wait for the next run."
      return moveToNextStudy(&state)
    case .enter(let text):
      guard let study = state.study, let field = state.field else {
        state.message = "No study to extract: every study of the queue has been seen."
        return []
      }
      if text.allSatisfy(\.isWhitespace) {
        state.message = nil
        return advanceField(&state)
      }
      switch field.value(from: text) {
      case .failure(let error):
        state.message = error.message
        return []
      case .success(let value):
        state.storedCount += 1
        state.study?.values[field.name] = value.storedText
        state.message = "\(field.name): \(value.storedText)"
        let draft = ExtractionDraft(
          recordID: study.recordID, field: field.name, value: value, reviewer: state.reviewer)
        return [.record(draft)] + advanceField(&state)
      }
    }
  }

  private static func advanceField(_ state: inout State) -> [ExtractionEffect] {
    state.input = ""
    state.fieldIndex += 1
    guard state.fieldIndex >= state.fields.count else { return [] }
    return moveToNextStudy(&state)
  }

  private static func moveToNextStudy(_ state: inout State) -> [ExtractionEffect] {
    state.position += 1
    state.fieldIndex = 0
    state.input = ""
    state.study = nil
    return state.isAtEnd ? [] : [.load(position: state.position)]
  }
}
