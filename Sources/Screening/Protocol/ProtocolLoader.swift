import Foundation
import ReviewModel
import Yams

/// A protocol as loaded: its values, and its rules and highlight terms already parsed.
public struct LoadedProtocol: Sendable {
  public var reviewProtocol: ReviewProtocol
  /// The parsed rule of each criterion that has one, by criterion id.
  public var rules: [String: Query]
  /// The parsed highlight terms.
  public var highlightInclude: [Query]
  public var highlightExclude: [Query]
}

/// Reads `protocol.yaml` into a ``ReviewProtocol`` (see `Schemas/protocol.schema.json`).
///
/// Every mistake is reported with the file, the line and the key path
/// (`criteria.exclude[2].rule`); keys the format does not have are mistakes too, so that a typo
/// is never silently ignored. Rules and highlight terms are parsed here, so that a bad query
/// is reported when the protocol is loaded, with its column.
public struct ProtocolLoader: Sendable {
  /// Ids the built-in criteria use; reviewers' criteria cannot take them.
  public static let builtInCriterionIDs = [
    PublicationYearRule.description.identifier, LanguageRule.description.identifier,
    PublicationTypeRule.description.identifier,
  ]

  public init() {}

  /// Loads the protocol at `path`.
  ///
  /// - Throws: ``ScreeningError/protocolNotFound(path:)``,
  ///   ``ScreeningError/unreadableProtocol(path:reason:)`` or
  ///   ``ScreeningError/invalidProtocol(_:keyPath:message:)``.
  public func load(path: String) throws(ScreeningError) -> LoadedProtocol {
    guard FileManager.default.fileExists(atPath: path) else {
      throw .protocolNotFound(path: path)
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadableProtocol(path: path, reason: error.localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadableProtocol(path: path, reason: "the file is not UTF-8 text")
    }
    return try decode(text, file: path)
  }

  /// Decodes protocol text; `file` names it in messages.
  public func decode(_ text: String, file: String) throws(ScreeningError) -> LoadedProtocol {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw ScreeningError.invalidProtocol(
          SourceLocation(file: file, line: 1), keyPath: "", message: "the protocol is empty")
      }
      root = node
    } catch let error as ScreeningError {
      throw error
    } catch {
      throw Self.syntaxError(error, file: file)
    }
    var decoder = ProtocolDecoding(file: file, text: text)
    return try decoder.decode(ProtocolValue(node: root, keyPath: "", file: file))
  }

  /// A YAML syntax error, at its place.
  static func syntaxError(_ error: any Error, file: String) -> ScreeningError {
    guard let error = error as? YamlError else {
      return .invalidProtocol(
        SourceLocation(file: file, line: 1), keyPath: "", message: "\(error)")
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let around = context.map { " (\($0.text), line \($0.mark.line))" } ?? ""
      return .invalidProtocol(
        SourceLocation(file: file, line: mark.line, column: mark.column), keyPath: "",
        message: "not valid YAML: \(problem)\(around)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .invalidProtocol(
        SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
        keyPath: "",
        message: "a key appears twice in one mapping: \(duplicates.joined(separator: ", "))")
    case .reader(let problem, _, _, _):
      return .invalidProtocol(
        SourceLocation(file: file, line: 1), keyPath: "", message: "not valid YAML: \(problem)")
    default:
      return .invalidProtocol(
        SourceLocation(file: file, line: 1), keyPath: "", message: "not valid YAML: \(error)")
    }
  }
}

/// The walk over a protocol's nodes.
private struct ProtocolDecoding {
  let file: String
  let lines: [Substring]
  var rules: [String: Query] = [:]
  let parser = QueryParser()

  init(file: String, text: String) {
    self.file = file
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  mutating func decode(_ root: ProtocolValue) throws(ScreeningError) -> LoadedProtocol {
    let keys = try root.mapping(
      keys: [
        "version", "title", "question", "sources", "stages", "criteria",
        "full_text_exclusion_reasons", "highlight", "deduplication", "extraction",
        // Read and checked by the Appraisal target's AppraisalSettings.
        "designs", "appraisal",
        // Read and checked by the Survey target's CodebookLoader, as a codebook's themes are.
        "themes",
      ], required: ["version", "title"])
    guard let version = keys["version"], let title = keys["title"] else {
      throw root.error("needs version and title")
    }
    let number = try version.integer()
    guard number == 1 else {
      throw version.error("litrev reads version 1 of the protocol format, not \(number)")
    }
    var result = ReviewProtocol(title: try title.nonEmptyText())
    if let question = keys["question"], !question.isNull {
      result.question = try decodeQuestion(question)
    }
    if let sources = keys["sources"] {
      result.sources = try sources.elements().map(nonEmptyText)
    }
    if let stages = keys["stages"] {
      result.stages = try decodeStages(stages)
    }
    if let criteria = keys["criteria"] {
      result.criteria = try decodeCriteria(criteria)
    }
    if let reasons = keys["full_text_exclusion_reasons"] {
      result.fullTextExclusionReasons = try decodeReasons(reasons)
    }
    var highlightInclude: [Query] = []
    var highlightExclude: [Query] = []
    if let highlight = keys["highlight"] {
      let entries = try highlight.mapping(keys: ["include", "exclude"])
      for term in try entries["include"]?.elements() ?? [] {
        let text = try term.nonEmptyText()
        highlightInclude.append(try query(text, at: term, what: "term"))
        result.highlight.include.append(text)
      }
      for term in try entries["exclude"]?.elements() ?? [] {
        let text = try term.nonEmptyText()
        highlightExclude.append(try query(text, at: term, what: "term"))
        result.highlight.exclude.append(text)
      }
    }
    if let deduplication = keys["deduplication"] {
      result.deduplication = try decodeDeduplication(deduplication)
    }
    if let extraction = keys["extraction"] {
      result.extraction = try ExtractionFormDecoding.fields(extraction)
    }
    return LoadedProtocol(
      reviewProtocol: result, rules: rules, highlightInclude: highlightInclude,
      highlightExclude: highlightExclude)
  }

  private func nonEmptyText(_ value: ProtocolValue) throws(ScreeningError) -> String {
    try value.nonEmptyText()
  }

  private func decodeQuestion(_ value: ProtocolValue) throws(ScreeningError) -> ReviewQuestion {
    let picoKeys = ["population", "intervention", "comparison", "outcome"]
    let spiderKeys = [
      "sample", "phenomenon_of_interest", "design", "evaluation", "research_type",
    ]
    guard case .mapping(let mapping) = value.node, let frameworkNode = mapping["framework"] else {
      _ = try value.mapping(keys: ["framework"] + picoKeys + spiderKeys, required: ["framework"])
      throw value.error("missing framework")
    }
    let framework = ProtocolValue(
      node: frameworkNode, keyPath: value.keyPath + ".framework", file: file)
    switch try framework.text().uppercased() {
    case "PICO":
      let keys = try value.mapping(keys: ["framework"] + picoKeys)
      func field(_ key: String) throws(ScreeningError) -> String {
        guard let entry = keys[key], !entry.isNull else { return "" }
        return try entry.text()
      }
      return .pico(
        population: try field("population"), intervention: try field("intervention"),
        comparison: try field("comparison"), outcome: try field("outcome"))
    case "SPIDER":
      let keys = try value.mapping(keys: ["framework"] + spiderKeys)
      func field(_ key: String) throws(ScreeningError) -> String {
        guard let entry = keys[key], !entry.isNull else { return "" }
        return try entry.text()
      }
      return .spider(
        sample: try field("sample"), phenomenonOfInterest: try field("phenomenon_of_interest"),
        design: try field("design"), evaluation: try field("evaluation"),
        researchType: try field("research_type"))
    default:
      throw framework.error("the framework is PICO or SPIDER")
    }
  }

  private func decodeStages(_ value: ProtocolValue) throws(ScreeningError) -> ScreeningStages {
    let keys = try value.mapping(keys: ["title_abstract", "full_text"])
    var stages = ScreeningStages()
    if let stage = keys["title_abstract"] { stages.titleAbstract = try decodeStage(stage) }
    if let stage = keys["full_text"] { stages.fullText = try decodeStage(stage) }
    return stages
  }

  private func decodeStage(_ value: ProtocolValue) throws(ScreeningError) -> StageSettings {
    let keys = try value.mapping(keys: ["reviewers_per_record", "blind"])
    var settings = StageSettings()
    if let reviewers = keys["reviewers_per_record"] {
      settings.reviewersPerRecord = try reviewers.integer()
      guard (1...2).contains(settings.reviewersPerRecord) else {
        throw reviewers.error("1 or 2 reviewers screen each record")
      }
    }
    if let blind = keys["blind"] { settings.isBlind = try blind.boolean() }
    return settings
  }

  private mutating func decodeCriteria(_ value: ProtocolValue) throws(ScreeningError)
    -> EligibilityCriteria
  {
    let keys = try value.mapping(keys: [
      "publication_years", "languages", "excluded_publication_types", "include", "exclude",
    ])
    var criteria = EligibilityCriteria()
    if let years = keys["publication_years"], !years.isNull {
      let bounds = try years.mapping(keys: ["from", "to"], required: ["from", "to"])
      guard let fromValue = bounds["from"], let toValue = bounds["to"] else {
        throw years.error("needs from and to")
      }
      let from = try fromValue.integer()
      let to = try toValue.integer()
      for (bound, year) in [(fromValue, from), (toValue, to)] where !(1000...9999).contains(year) {
        throw bound.error("a year has four digits")
      }
      guard from <= to else { throw toValue.error("the years run backwards: \(from) to \(to)") }
      criteria.publicationYears = from...to
    }
    if let languages = keys["languages"] {
      criteria.languages = try languages.elements().map(nonEmptyText)
    }
    if let types = keys["excluded_publication_types"] {
      criteria.excludedPublicationTypes = try types.elements().map(nonEmptyText)
    }
    var seen: [String: ProtocolValue] = [:]
    for list in ["include", "exclude"] {
      for item in try keys[list]?.elements() ?? [] {
        let criterion = try decodeCriterion(item)
        guard !ProtocolLoader.builtInCriterionIDs.contains(criterion.id) else {
          throw item.error(
            "the id '\(criterion.id)' belongs to a built-in criterion; choose another")
        }
        if let first = seen[criterion.id] {
          throw item.error(
            "the id '\(criterion.id)' is used twice (first at line \(first.location.line))")
        }
        seen[criterion.id] = item
        if list == "include" {
          criteria.include.append(criterion)
        } else {
          criteria.exclude.append(criterion)
        }
      }
    }
    return criteria
  }

  private mutating func decodeCriterion(_ value: ProtocolValue) throws(ScreeningError)
    -> Criterion
  {
    let keys = try value.mapping(keys: ["id", "label", "rule"], required: ["id", "label"])
    guard let idValue = keys["id"], let labelValue = keys["label"] else {
      throw value.error("needs id and label")
    }
    let id = try identifier(idValue)
    var criterion = Criterion(id: id, label: try labelValue.nonEmptyText())
    if let ruleValue = keys["rule"], !ruleValue.isNull {
      let rule = try ruleValue.nonEmptyText()
      rules[id] = try query(rule, at: ruleValue, what: "rule")
      criterion.rule = rule
      criterion.ruleLocation = ruleValue.location
    }
    return criterion
  }

  private func decodeReasons(_ value: ProtocolValue) throws(ScreeningError) -> [ExclusionReason] {
    var reasons: [ExclusionReason] = []
    for item in try value.elements() {
      let reason: ExclusionReason
      if case .mapping = item.node {
        let keys = try item.mapping(keys: ["id", "label"], required: ["id", "label"])
        guard let id = keys["id"], let label = keys["label"] else {
          throw item.error("needs id and label")
        }
        reason = ExclusionReason(id: try identifier(id), label: try label.nonEmptyText())
      } else {
        let label = try item.nonEmptyText()
        reason = ExclusionReason(id: Self.identifier(fromLabel: label), label: label)
      }
      if reasons.contains(where: { $0.id == reason.id }) {
        throw item.error("the reason '\(reason.id)' is listed twice")
      }
      reasons.append(reason)
    }
    return reasons
  }

  private func decodeDeduplication(_ value: ProtocolValue) throws(ScreeningError)
    -> DeduplicationSettings
  {
    let keys = try value.mapping(keys: ["merge_above", "review_above", "conference_abstracts"])
    var settings = DeduplicationSettings()
    for key in ["merge_above", "review_above"] {
      guard let entry = keys[key] else { continue }
      let threshold = try entry.number()
      guard (0...1).contains(threshold) else { throw entry.error("a threshold is between 0 and 1") }
      if key == "merge_above" {
        settings.mergeAbove = threshold
      } else {
        settings.reviewAbove = threshold
      }
    }
    if settings.reviewAbove > settings.mergeAbove {
      throw (keys["review_above"] ?? value).error(
        "review_above (\(settings.reviewAbove)) must not be above merge_above (\(settings.mergeAbove))"
      )
    }
    if let entry = keys["conference_abstracts"] {
      guard let choice = DeduplicationSettings.ConferenceAbstracts(rawValue: try entry.text())
      else { throw entry.error("conference_abstracts is keep or merge") }
      settings.conferenceAbstracts = choice
    }
    return settings
  }

  /// A snake_case id.
  private func identifier(_ value: ProtocolValue) throws(ScreeningError) -> String {
    let id = try value.text()
    let isValid =
      id.first.map { $0.isASCII && $0.isLowercase } == true
      && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
    guard isValid else {
      throw value.error(
        "an id is snake_case: lower-case letters, digits and _, such as wrong_population")
    }
    return id
  }

  /// `Wrong study design` → `wrong_study_design`.
  static func identifier(fromLabel label: String) -> String {
    FoldedText.words(of: label).joined(separator: "_")
  }

  /// Parses a rule or highlight term; a mistake is reported at its column in the file when the
  /// query stands on one line there, and always with its column in the query.
  private func query(_ text: String, at value: ProtocolValue, what: String) throws(ScreeningError)
    -> Query
  {
    do {
      return try parser.parse(text)
    } catch {
      guard case .invalidQuery(_, let column, let message) = error else { throw error }
      var location = value.location
      if let fileColumn = fileColumn(of: text, at: value, queryColumn: column) {
        location.column = fileColumn
      }
      throw .invalidProtocol(
        location, keyPath: value.keyPath,
        message: "invalid \(what) at column \(column) of the \(what): \(message)\n"
          + caretDiagram(query: text, column: column))
    }
  }

  /// The column in the file of the query's column `queryColumn`, when the query is written on
  /// its node's line as it is (plain or quoted, without escapes).
  private func fileColumn(of text: String, at value: ProtocolValue, queryColumn: Int) -> Int? {
    guard let mark = value.node.mark, mark.line >= 1, mark.line <= lines.count,
      !text.contains("\n")
    else { return nil }
    let line = Array(lines[mark.line - 1].unicodeScalars)
    let start = mark.column - 1
    let scalars = Array(text.unicodeScalars)
    for offset in [0, 1] where start + offset + scalars.count <= line.count {
      if Array(line[(start + offset)..<(start + offset + scalars.count)]) == scalars {
        let prefix = String(String.UnicodeScalarView(scalars)).prefix(queryColumn - 1)
        return mark.column + offset + prefix.unicodeScalars.count
      }
    }
    return nil
  }
}
