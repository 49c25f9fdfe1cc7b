import ReviewModel

/// What a reviewer can do on the screening screen, whether by a key or by a line of text.
public enum ScreeningAction: Sendable, Hashable {
  /// Decide about the current record; a reason is an id of ``ScreeningSession/State/reasons``.
  case decide(Verdict, reason: String?)
  /// Include the current record at full text, with the study's design (one of
  /// ``ScreeningSession/State/designs``), which chooses its appraisal instrument.
  case includeWithDesign(String)
  /// Keep a note for the next decision.
  case note(String)
  /// Take back the decision made last in this session, and go back to its record.
  case undo
  /// Go on to the next record without deciding.
  case skip
  /// Find the next record whose text holds these words.
  case search(String)
  case quit
}

/// What the screen asks its shell to do: the only ways the session reaches the store.
public enum ScreeningEffect: Sendable, Hashable {
  /// Write a decision to the log, now.
  case record(DecisionDraft)
  /// Write to the log, now, that the reviewer's latest decision about `recordID` at this stage
  /// is taken back; `restoring` is the verdict that stands again (their earlier decision), if
  /// any.
  case retract(recordID: Int64, restoring: Verdict?)
  /// Store the design of the study `recordID` reports, now.
  case setDesign(recordID: Int64, design: String)
  /// Show the record at this position of the queue (the shell sets ``ScreeningSession/State/item``).
  case load(position: Int)
  /// Find the next position, after `after`, whose record matches `text`, and load it.
  case search(String, after: Int)
  case quit
}

/// The screening screen's logic.
///
/// A pure reducer from a state and a key (or action) to the next state and the effects to carry
/// out, tested without a terminal or a store.
public enum ScreeningSession {
  /// How far the reviewer has come.
  public struct Progress: Sendable, Hashable {
    public var total: Int
    public var decided: Int
    public var included = 0
    public var excluded = 0
    public var maybe = 0

    public init(total: Int, decided: Int) {
      self.total = total
      self.decided = decided
    }

    mutating func count(_ verdict: Verdict, by delta: Int) {
      switch verdict {
      case .include: included += delta
      case .exclude, .notRetrieved: excluded += delta
      case .maybe: maybe += delta
      }
    }
  }

  /// What the keys do at the moment.
  public enum Mode: Sendable, Hashable {
    case browsing
    /// Choosing the reason for an exclusion (or for not retrieved at full text).
    case choosingReason(Verdict)
    /// Choosing the design of a study being included at full text.
    case choosingDesign
    /// Typing a note or a search; the text so far.
    case typingNote(String)
    case typingSearch(String)
    case help
  }

  public struct State: Sendable, Hashable {
    public var stage: ScreeningStage
    public var reviewer: String
    /// The reasons a reviewer may give, in the protocol's order: id and label.
    public var reasons: [ExclusionReason]
    /// Whether an exclusion needs a reason (at full text it does).
    public var reasonIsRequired: Bool
    /// The study designs of the protocol's `designs:`, offered when a full text is included;
    /// none, and an inclusion asks nothing.
    public var designs: [String] = []
    /// The records to screen, in the order shown.
    public var queue: [Int64]
    public var position = 0
    /// The record at ``position``, once the shell has loaded it; nil past the end.
    public var item: ScreeningItem?
    public var progress: Progress
    public var mode: Mode = .browsing
    /// A note waiting for the next decision.
    public var pendingNote: String?
    /// One line of feedback: what just happened, or what went wrong.
    public var message: String?
    /// The decisions made in this session, latest last, for undo.
    public var decidedInSession: [SessionDecision] = []
    public var hasQuit = false
    /// How the queue is ordered; nil when the shell does not say.
    public var order: QueueOrder?
    /// The newest relevance ranking the queue follows.
    public var ranking: QueueRanking?

    public init(
      stage: ScreeningStage, reviewer: String, reasons: [ExclusionReason],
      reasonIsRequired: Bool, queue: [Int64], alreadyDecided: Int
    ) {
      self.stage = stage
      self.reviewer = reviewer
      self.reasons = reasons
      self.reasonIsRequired = reasonIsRequired
      self.queue = queue
      progress = Progress(total: queue.count + alreadyDecided, decided: alreadyDecided)
    }

    /// A decision made in this session: where, what, and the verdict it replaced.
    public struct SessionDecision: Sendable, Hashable {
      public var position: Int
      public var recordID: Int64
      public var verdict: Verdict
      /// The reviewer's earlier verdict about the record, which stands again on undo.
      public var replaced: Verdict?
    }

    /// True when every record of the queue has been passed.
    public var isAtEnd: Bool { position >= queue.count }
  }

  /// The effects that start a session: load the first record.
  public static func start(_ state: State) -> [ScreeningEffect] {
    state.isAtEnd ? [] : [.load(position: state.position)]
  }

  /// What `key` does in `state`.
  ///
  /// - Parameters:
  ///   - state: the session, changed in place.
  ///   - key: the key pressed.
  /// - Returns: the effects to carry out, in order.
  public static func handle(_ key: Key, in state: inout State) -> [ScreeningEffect] {
    if key == .control("c") { return apply(.quit, to: &state) }
    switch state.mode {
    case .help:
      state.mode = .browsing
      return []
    case .choosingReason(let verdict):
      return chooseReason(key, verdict: verdict, in: &state)
    case .choosingDesign:
      return chooseDesign(key, in: &state)
    case .typingNote(let text):
      switch edit(text, with: key) {
      case .editing(let text): state.mode = .typingNote(text)
      case .cancelled: state.mode = .browsing
      case .done(let text):
        state.mode = .browsing
        return apply(.note(text), to: &state)
      }
      return []
    case .typingSearch(let text):
      switch edit(text, with: key) {
      case .editing(let text): state.mode = .typingSearch(text)
      case .cancelled: state.mode = .browsing
      case .done(let text):
        state.mode = .browsing
        return apply(.search(text), to: &state)
      }
      return []
    case .browsing:
      return browse(key, in: &state)
    }
  }

  private static func browse(_ key: Key, in state: inout State) -> [ScreeningEffect] {
    state.message = nil
    switch key {
    case .character("i") where state.stage == .fullText && !state.designs.isEmpty:
      guard requireItem(&state) else { return [] }
      state.mode = .choosingDesign
      return []
    case .character("i"): return apply(.decide(.include, reason: nil), to: &state)
    case .character("m"): return apply(.decide(.maybe, reason: nil), to: &state)
    case .character("e"):
      guard requireItem(&state) else { return [] }
      state.mode = .choosingReason(.exclude)
      return []
    case .character("r") where state.stage == .fullText:
      guard requireItem(&state) else { return [] }
      state.mode = .choosingReason(.notRetrieved)
      return []
    case .character("u"): return apply(.undo, to: &state)
    case .character("s"), .down, .right: return apply(.skip, to: &state)
    case .character("n"):
      state.mode = .typingNote(state.pendingNote ?? "")
      return []
    case .character("/"):
      state.mode = .typingSearch("")
      return []
    case .character("?"):
      state.mode = .help
      return []
    case .character("q"): return apply(.quit, to: &state)
    default: return []
    }
  }

  private static func chooseReason(_ key: Key, verdict: Verdict, in state: inout State)
    -> [ScreeningEffect]
  {
    switch key {
    case .escape:
      state.mode = .browsing
      return []
    case .enter:
      if state.reasonIsRequired && verdict == .exclude {
        state.message = "A full-text exclusion needs a reason: press its number."
        return []
      }
      state.mode = .browsing
      return apply(.decide(verdict, reason: nil), to: &state)
    case .character(let character):
      guard let number = character.wholeNumberValue, number >= 1, number <= state.reasons.count
      else { return [] }
      state.mode = .browsing
      return apply(.decide(verdict, reason: state.reasons[number - 1].id), to: &state)
    default:
      return []
    }
  }

  private static func chooseDesign(_ key: Key, in state: inout State) -> [ScreeningEffect] {
    switch key {
    case .escape:
      state.mode = .browsing
      return []
    case .enter:
      state.mode = .browsing
      return apply(.decide(.include, reason: nil), to: &state)
    case .character(let character):
      guard let number = character.wholeNumberValue, number >= 1, number <= state.designs.count
      else { return [] }
      state.mode = .browsing
      return apply(.includeWithDesign(state.designs[number - 1]), to: &state)
    default:
      return []
    }
  }

  private enum LineEdit {
    case editing(String), cancelled, done(String)
  }

  /// What `key` does to a line being typed: Enter ends it, Escape drops it.
  private static func edit(_ text: String, with key: Key) -> LineEdit {
    switch key {
    case .escape: .cancelled
    case .enter: .done(text)
    case .backspace: .editing(String(text.dropLast()))
    case .character(let character): .editing(text + String(character))
    default: .editing(text)
    }
  }

  /// What `action` does in `state`: the one place where decisions, undo and moves happen, for
  /// keys and typed commands alike.
  ///
  /// - Parameters:
  ///   - action: what the reviewer asked for.
  ///   - state: the session, changed in place.
  /// - Returns: the effects to carry out, in order.
  public static func apply(_ action: ScreeningAction, to state: inout State) -> [ScreeningEffect] {
    switch action {
    case .decide(let verdict, let reason):
      return decide(verdict, reason: reason, in: &state)
    case .includeWithDesign(let design):
      return decide(.include, reason: nil, design: design, in: &state)
    case .note(let text):
      let trimmed = text.trimmingCharacters(in: " ")
      state.pendingNote = trimmed.isEmpty ? nil : trimmed
      state.message = trimmed.isEmpty ? "Note cleared." : "Note kept for the next decision."
      return []
    case .undo:
      guard let last = state.decidedInSession.popLast() else {
        state.message = "Nothing to undo in this session."
        return []
      }
      state.progress.count(last.verdict, by: -1)
      if let replaced = last.replaced {
        state.progress.count(replaced, by: 1)
      } else {
        state.progress.decided -= 1
      }
      state.position = last.position
      state.item = nil
      let standing =
        last.replaced.map { "your earlier \($0.commandLineName) stands" } ?? "undecided"
      state.message = "Undone: record \(last.recordID) is \(standing) again."
      return [
        .retract(recordID: last.recordID, restoring: last.replaced), .load(position: last.position),
      ]
    case .skip:
      guard !state.isAtEnd else { return [] }
      return moveOn(in: &state)
    case .search(let text):
      let words = text.trimmingCharacters(in: " ")
      guard !words.isEmpty else { return [] }
      return [.search(words, after: state.position)]
    case .quit:
      state.hasQuit = true
      return [.quit]
    }
  }

  private static func decide(
    _ verdict: Verdict, reason: String?, design: String? = nil, in state: inout State
  ) -> [ScreeningEffect] {
    guard requireItem(&state), let item = state.item else { return [] }
    if verdict == .notRetrieved && state.stage != .fullText {
      state.message = "Only a full text can be not retrieved."
      return []
    }
    if verdict == .exclude && state.reasonIsRequired && reason == nil {
      state.message = "A full-text exclusion needs a reason."
      return []
    }
    let draft = DecisionDraft(
      recordID: item.recordID, stage: state.stage, verdict: verdict, reason: reason,
      note: state.pendingNote, reviewer: state.reviewer)
    if let standing = item.standingVerdict {
      state.progress.count(standing, by: -1)
    } else {
      state.progress.decided += 1
    }
    state.progress.count(verdict, by: 1)
    state.pendingNote = nil
    state.decidedInSession.append(
      State.SessionDecision(
        position: state.position, recordID: item.recordID, verdict: verdict,
        replaced: item.standingVerdict))
    state.message =
      "Record \(item.recordID): \(verdict.commandLineName)"
      + (design.map { ", design \($0)." } ?? ".")
    let designEffects = design.map {
      [ScreeningEffect.setDesign(recordID: item.recordID, design: $0)]
    }
    return [.record(draft)] + (designEffects ?? []) + moveOn(in: &state)
  }

  private static func moveOn(in state: inout State) -> [ScreeningEffect] {
    state.position += 1
    state.item = nil
    return state.isAtEnd ? [] : [.load(position: state.position)]
  }

  private static func requireItem(_ state: inout State) -> Bool {
    guard state.item != nil else {
      state.message = "No record to decide: every record in the queue has been seen."
      return false
    }
    return true
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var text = Substring(self)
    while text.first == set { text.removeFirst() }
    while text.last == set { text.removeLast() }
    return String(text)
  }
}
