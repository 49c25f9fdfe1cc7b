/// One study's appraisal form as the screen shows it.
///
/// It holds the study, and the instrument's items with the answers they allow. Built by the command layer from an instrument; TerminalUI knows
/// nothing of instruments or the store.
public struct AppraisalForm: Sendable, Hashable {
  public struct Choice: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
      self.id = id
      self.label = label
    }
  }

  public struct Question: Sendable, Hashable {
    public var itemID: String
    /// The domain's name, shown above the question.
    public var domain: String
    public var text: String
    public var guidance: String?
    /// In the instrument's order; the keys 1 to 9 choose them.
    public var choices: [Choice]

    public init(itemID: String, domain: String, text: String, guidance: String?, choices: [Choice])
    {
      self.itemID = itemID
      self.domain = domain
      self.text = text
      self.guidance = guidance
      self.choices = choices
    }
  }

  public var recordID: Int64
  public var title: String
  public var instrumentID: String
  public var instrumentName: String
  public var questions: [Question]
  /// The answers this reviewer has already given (item id → answer id): how a session resumes.
  public var answers: [String: String]
  /// The notes this reviewer has already given, by item id.
  public var notes: [String: String]

  public init(
    recordID: Int64, title: String, instrumentID: String, instrumentName: String,
    questions: [Question], answers: [String: String] = [:], notes: [String: String] = [:]
  ) {
    self.recordID = recordID
    self.title = title
    self.instrumentID = instrumentID
    self.instrumentName = instrumentName
    self.questions = questions
    self.answers = answers
    self.notes = notes
  }

  /// The first question without an answer, or nil when all have one.
  public var firstUnanswered: Int? {
    questions.firstIndex { answers[$0.itemID] == nil }
  }
}
