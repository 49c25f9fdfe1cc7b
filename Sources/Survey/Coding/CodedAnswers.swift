import ReviewModel

/// A free-text answer: who gave it, to which question.
public struct AnswerKey: Sendable, Hashable, Comparable {
  public var respondent: String
  public var questionID: String

  public init(respondent: String, questionID: String) {
    self.respondent = respondent
    self.questionID = questionID
  }

  public static func < (lhs: AnswerKey, rhs: AnswerKey) -> Bool {
    (lhs.questionID, lhs.respondent) < (rhs.questionID, rhs.respondent)
  }
}

/// The codes in force after the coding log: per answer and coder, what their actions add up to.
public struct CodedAnswers: Sendable {
  /// `codes[answer][coder]`: the coder's codes for the answer.
  public private(set) var codes: [AnswerKey: [String: Set<String>]] = [:]
  /// The answers each coder has finished or acted on.
  public private(set) var seen: [String: Set<AnswerKey>] = [:]
  /// The memos by answer, oldest first, with their coder.
  public private(set) var memos: [AnswerKey: [(coder: String, text: String)]] = [:]

  /// Folds `actions` (oldest first).
  public init(_ actions: [CodingAction]) {
    for action in actions {
      let key = AnswerKey(respondent: action.respondent, questionID: action.questionID)
      seen[action.coder, default: []].insert(key)
      switch action.kind {
      case .apply:
        if let code = action.codeID {
          codes[key, default: [:]][action.coder, default: []].insert(code)
        }
      case .remove:
        if let code = action.codeID { codes[key, default: [:]][action.coder]?.remove(code) }
      case .memo:
        if let memo = action.memo { memos[key, default: []].append((action.coder, memo)) }
      case .reject, .reviewed: break
      }
    }
  }

  /// Every coder who has acted, sorted.
  public var coders: [String] { seen.keys.sorted() }

  /// The codes of an answer: one coder's, or every coder's together when `coder` is nil.
  public func codes(of answer: AnswerKey, coder: String? = nil) -> Set<String> {
    guard let byCoder = codes[answer] else { return [] }
    if let coder { return byCoder[coder] ?? [] }
    return byCoder.values.reduce(into: Set<String>()) { $0.formUnion($1) }
  }
}
