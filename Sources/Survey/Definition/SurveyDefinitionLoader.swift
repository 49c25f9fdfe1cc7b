import Foundation
import ReviewModel
import Screening

/// Reads `survey.yaml` into a ``SurveyDefinition``.
///
/// It walks the YAML with the protocol's own ``ProtocolValue``, so that a mistake is reported
/// the same way: file, line and key path (`questions[3].labels`), and a key the format does not
/// have is a mistake rather than silently ignored.
public struct SurveyDefinitionLoader: Sendable {
  public init() {}

  /// Loads the definition at `path`.
  ///
  /// - Throws: ``SurveyError/fileNotFound(path:)``, ``SurveyError/unreadable(path:reason:)`` or
  ///   ``SurveyError/invalidDefinition(_:)``.
  public func load(path: String) throws(SurveyError) -> SurveyDefinition {
    try decode(try SurveyFileText.read(path), file: path)
  }

  /// Decodes definition text; `file` names it in messages.
  public func decode(_ text: String, file: String) throws(SurveyError) -> SurveyDefinition {
    do {
      return try decode(ProtocolValue.document(text, file: file, what: "the survey definition"))
    } catch {
      throw .invalidDefinition(error)
    }
  }

  private func decode(_ root: ProtocolValue) throws(ScreeningError) -> SurveyDefinition {
    let keys = try root.mapping(
      keys: [
        "version", "title", "distributed", "header_rows", "respondent_column", "groups",
        "questions",
      ], required: ["version", "title", "distributed", "questions"])
    guard let version = keys["version"], let title = keys["title"],
      let distributed = keys["distributed"], let questionList = keys["questions"]
    else { throw root.error("needs version, title, distributed and questions") }
    guard try version.integer() == 1 else {
      throw version.error("litrev reads version 1 of the survey format")
    }
    let count = try distributed.integer()
    guard count > 0 else { throw distributed.error("must be at least 1") }
    var definition = SurveyDefinition(
      title: try title.nonEmptyText(), distributed: count, questions: [])
    if let headerRows = keys["header_rows"] {
      definition.headerRows = try headerRows.integer()
      guard (1...5).contains(definition.headerRows) else {
        throw headerRows.error("must be from 1 to 5")
      }
    }
    definition.respondentColumn = try keys["respondent_column"]?.nonEmptyText()
    var ids: Set<String> = []
    for item in try questionList.elements() {
      let question = try decodeQuestion(item)
      guard ids.insert(question.id).inserted else {
        throw item.error("a second question with id '\(question.id)'")
      }
      definition.questions.append(question)
    }
    guard !definition.questions.isEmpty else { throw questionList.error("lists no question") }
    if let groups = keys["groups"] {
      for group in try groups.elements() {
        let id = try group.nonEmptyText()
        guard let question = definition.question(id) else {
          throw group.error("no question has the id '\(id)'")
        }
        switch question.kind {
        case .single, .likert: definition.groups.append(id)
        default: throw group.error("a group must be a single-choice or Likert question")
        }
      }
    }
    return definition
  }

  private func decodeQuestion(_ item: ProtocolValue) throws(ScreeningError) -> SurveyQuestion {
    let keys = try item.mapping(
      keys: [
        "id", "text", "type", "column", "option_columns", "options", "allow_other", "separator",
        "labels", "agree_from",
      ], required: ["id", "text", "type"])
    guard let idValue = keys["id"], let textValue = keys["text"], let typeValue = keys["type"]
    else { throw item.error("needs id, text and type") }
    let id = try idValue.nonEmptyText()
    guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
      throw idValue.error("an id is letters, digits, _ and -")
    }
    let options = try keys["options"]?.elements().map { value throws(ScreeningError) in
      try value.nonEmptyText()
    }
    let kind: SurveyQuestion.Kind
    switch try typeValue.text() {
    case "single":
      kind = .single(
        options: options ?? [], allowsOther: try keys["allow_other"]?.boolean() ?? false)
    case "multiple":
      guard let options, !options.isEmpty else {
        throw item.error("a multiple-choice question lists its options")
      }
      kind = .multiple(options: options, separator: try keys["separator"]?.text() ?? ";")
    case "likert":
      guard let labelsValue = keys["labels"] else {
        throw item.error("a Likert question lists its labels, from the lowest to the highest")
      }
      let labels = try labelsValue.elements().map { value throws(ScreeningError) in
        try value.nonEmptyText()
      }
      guard labels.count >= 2 else { throw labelsValue.error("a scale needs two labels or more") }
      let agreeFrom = try keys["agree_from"]?.integer() ?? Self.defaultAgreeFrom(labels.count)
      guard (1...labels.count).contains(agreeFrom) else {
        throw keys["agree_from"]?.error("must be from 1 to \(labels.count)") ?? item.error("")
      }
      kind = .likert(labels: labels, agreeFrom: agreeFrom)
    case "number": kind = .number
    case "free_text": kind = .freeText
    case let other:
      throw typeValue.error(
        "unknown type '\(other)'; expected single, multiple, likert, number or free_text")
    }
    let source: SurveyQuestion.ColumnSource
    if let column = keys["column"] {
      source = .column(try column.nonEmptyText())
    } else if let optionColumns = keys["option_columns"] {
      guard case .multiple(let options, _) = kind else {
        throw optionColumns.error("only a multiple-choice question has a column per option")
      }
      var pairs: [OptionColumn] = []
      for entry in try optionColumns.elements() {
        let fields = try entry.mapping(keys: ["option", "column"], required: ["option", "column"])
        guard let option = try fields["option"]?.nonEmptyText(),
          let column = try fields["column"]?.nonEmptyText()
        else { throw entry.error("needs option and column") }
        guard options.contains(option) else {
          throw entry.error("'\(option)' is not one of the question's options")
        }
        pairs.append(OptionColumn(option: option, column: column))
      }
      source = .optionColumns(pairs)
    } else {
      throw item.error("needs column, or option_columns for a column per option")
    }
    return SurveyQuestion(id: id, text: try textValue.nonEmptyText(), kind: kind, source: source)
  }
}

extension SurveyDefinitionLoader {
  /// The first scale point that agrees when the definition does not say: the points above the
  /// middle, so 4 and 5 of five, 3 and 4 of four, 5 to 7 of seven.
  static func defaultAgreeFrom(_ points: Int) -> Int {
    points / 2 + 1 + points % 2
  }
}

/// Reading a hand-written file as UTF-8 text, for the survey definition and the codebook.
enum SurveyFileText {
  static func read(_ path: String) throws(SurveyError) -> String {
    guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(path: path, reason: "the file is not UTF-8 text")
    }
    return text
  }
}
