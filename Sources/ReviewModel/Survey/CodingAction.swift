/// One step of coding a free-text answer, as the log keeps it.
///
/// A coder's codes for an answer are what their actions add up to, in order: `apply` adds a
/// code, `remove` takes it off; `reject` records that a suggested code was turned down (it adds
/// nothing, but says the suggestion was seen); `reviewed` marks the answer as coded, even with
/// no code, so that two coders' agreement counts it; `memo` keeps a note.
public struct CodingAction: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case apply, remove, reject, reviewed, memo
  }

  public var eventID: Int64
  public var respondent: String
  public var questionID: String
  public var coder: String
  public var kind: Kind
  public var codeID: String?
  public var memo: String?
  /// `manual`, `suggested` (a suggestion accepted) or `import`.
  public var method: String

  public init(
    eventID: Int64 = 0, respondent: String, questionID: String, coder: String, kind: Kind,
    codeID: String? = nil, memo: String? = nil, method: String = "manual"
  ) {
    self.eventID = eventID
    self.respondent = respondent
    self.questionID = questionID
    self.coder = coder
    self.kind = kind
    self.codeID = codeID
    self.memo = memo
    self.method = method
  }
}

/// A code made while coding, beside those of the codebook.
public struct AddedCode: Sendable, Hashable {
  public var id: String
  public var name: String
  public var themeID: String?
  public var addedBy: String

  public init(id: String, name: String, themeID: String?, addedBy: String) {
    self.id = id
    self.name = name
    self.themeID = themeID
    self.addedBy = addedBy
  }
}

/// A study linked to, or unlinked from, a theme.
public struct ThemeLinkAction: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case link, unlink
  }

  public var eventID: Int64
  public var recordID: Int64
  public var themeID: String
  public var kind: Kind
  /// `manual`, or `suggested` when a `link suggest` proposal was confirmed.
  public var method: String
  /// The sentences that show the study speaks to the theme.
  public var evidence: String?
  public var actor: String

  public init(
    eventID: Int64 = 0, recordID: Int64, themeID: String, kind: Kind, method: String,
    evidence: String? = nil, actor: String
  ) {
    self.eventID = eventID
    self.recordID = recordID
    self.themeID = themeID
    self.kind = kind
    self.method = method
    self.evidence = evidence
    self.actor = actor
  }

  /// The links in force after `actions` (oldest first): the latest action per study and theme,
  /// where it is a link.
  public static func current(_ actions: [ThemeLinkAction]) -> [ThemeLinkAction] {
    var latest: [String: ThemeLinkAction] = [:]
    for action in actions { latest["\(action.recordID) \(action.themeID)"] = action }
    return latest.values.filter { $0.kind == .link }.sorted {
      ($0.themeID, $0.recordID) < ($1.themeID, $1.recordID)
    }
  }
}
