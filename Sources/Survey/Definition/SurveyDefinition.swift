/// A questionnaire as `survey.yaml` describes it (see `Schemas/survey.schema.json`): what was
/// asked, how many people were asked, and where each answer sits in the response file.
public struct SurveyDefinition: Sendable, Hashable {
  public var title: String
  /// How many people the questionnaire was sent to: the denominator of the response rate.
  public var distributed: Int
  /// How many rows at the top of the response file are headers: 1 for most tools, 2 for
  /// SurveyMonkey (question, then option), 3 for Qualtrics (ids, texts, import ids).
  public var headerRows: Int
  /// The column that names each respondent; rows are numbered when there is none.
  public var respondentColumn: String?
  /// The ids of the questions that split respondents into groups (training grade).
  public var groups: [String]
  public var questions: [SurveyQuestion]

  public init(
    title: String, distributed: Int, headerRows: Int = 1, respondentColumn: String? = nil,
    groups: [String] = [], questions: [SurveyQuestion]
  ) {
    self.title = title
    self.distributed = distributed
    self.headerRows = headerRows
    self.respondentColumn = respondentColumn
    self.groups = groups
    self.questions = questions
  }

  /// The question with `id`.
  public func question(_ id: String) -> SurveyQuestion? {
    questions.first { $0.id == id }
  }
}

/// One question and how its answers are read.
public struct SurveyQuestion: Sendable, Hashable {
  public var id: String
  public var text: String
  public var kind: Kind
  public var source: ColumnSource

  public init(id: String, text: String, kind: Kind, source: ColumnSource) {
    self.id = id
    self.text = text
    self.kind = kind
    self.source = source
  }

  /// What kind of answer the question takes.
  public enum Kind: Sendable, Hashable {
    /// One of the options; with no options listed, any text is an option.
    case single(options: [String], allowsOther: Bool)
    /// Any number of the options, in one cell split by `separator` or one column per option.
    case multiple(options: [String], separator: String)
    /// A rating scale, its labels from the lowest to the highest; answers at `agreeFrom`
    /// (1-based) or above count as agreeing.
    case likert(labels: [String], agreeFrom: Int)
    case number
    case freeText

    /// The name `survey.yaml` uses.
    public var name: String {
      switch self {
      case .single: "single"
      case .multiple: "multiple"
      case .likert: "likert"
      case .number: "number"
      case .freeText: "free_text"
      }
    }

    /// The options in order: choices, or a scale's labels; empty for numbers and text.
    public var options: [String] {
      switch self {
      case .single(let options, _), .multiple(let options, _): options
      case .likert(let labels, _): labels
      case .number, .freeText: []
      }
    }
  }

  /// Where the question's answers are in the response file.
  public enum ColumnSource: Sendable, Hashable {
    /// One column, named by a header.
    case column(String)
    /// One column per option (multiple choice), by option: a cell that is not empty, `0`, `no`,
    /// `false` or `unchecked` means the option was chosen.
    case optionColumns([OptionColumn])
  }
}

/// The column of one option of a multiple-choice question asked one column per option.
public struct OptionColumn: Sendable, Hashable {
  public var option: String
  public var column: String

  public init(option: String, column: String) {
    self.option = option
    self.column = column
  }
}
