import Foundation
import ReviewModel

/// Reads an instrument's YAML file (see `Schemas/instrument.schema.json`) and checks that it can
/// be scored: every mistake names the file, the line and the key path.
///
/// It refuses a domain without items, an item without a question or answers, an id used twice,
/// an answer without points under a `sum` rule (or without a category under a counting rule), a
/// stated maximum the points do not reach, and rating bands that overlap or leave a gap.
public struct InstrumentLoader: Sendable {
  public init() {}

  /// Loads the instrument file at `path`.
  ///
  /// - Throws: ``InstrumentError/unreadable(path:reason:)`` or
  ///   ``InstrumentError/invalid(_:keyPath:message:)``.
  public func load(path: String, origin: Instrument.Origin) throws(InstrumentError) -> Instrument {
    try decode(try Self.text(at: path), file: path, origin: origin)
  }

  /// The UTF-8 text of a file.
  static func text(at path: String) throws(InstrumentError) -> String {
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

  /// Decodes instrument text; `file` names it in messages.
  public func decode(_ text: String, file: String, origin: Instrument.Origin)
    throws(InstrumentError) -> Instrument
  {
    let root = try YAMLCursor.root(of: text, file: file)
    let fields = try root.fields(
      allowed: [
        "version", "id", "name", "edition", "citation", "designs", "scoring", "bands",
        "answer_sets", "domains",
      ],
      required: ["version", "id", "name", "edition", "designs", "scoring", "bands", "domains"])
    let version = try field("version", of: fields, at: root)
    guard try version.number() == 1 else {
      throw version.failure("litrev reads version 1 of the instrument format")
    }
    let scoringCursor = try field("scoring", of: fields, at: root)
    let scoring = try decodeScoring(scoringCursor)
    let answerSets = try decodeAnswerSets(fields["answer_sets"], method: scoring.method)
    let domainsCursor = try field("domains", of: fields, at: root)
    let domains = try decodeDomains(domainsCursor, answerSets: answerSets, method: scoring.method)
    var instrument = Instrument(
      id: try field("id", of: fields, at: root).identifier(),
      name: try field("name", of: fields, at: root).text(),
      edition: try field("edition", of: fields, at: root).text(),
      citation: try fields["citation"].map { cursor throws(InstrumentError) in try cursor.text() },
      designs: try field("designs", of: fields, at: root).list().map {
        cursor throws(InstrumentError) in try cursor.identifier()
      },
      domains: domains, scoring: scoring, bands: RatingBands([]), origin: origin)
    if domains.contains(where: { $0.role == .category }), scoring.method != .shareMet {
      throw scoringCursor.failure(
        "design categories are scored apart, which only the share_met rule does")
    }
    let scale = instrument.scale
    if let stated = scoring.statedMaximum, stated != scale.upperBound {
      throw scoringCursor.failure(
        "the maximum is \(number(stated)), but the items' answers add up to at most "
          + number(scale.upperBound))
    }
    instrument.bands = try Self.decodeBands(
      try field("bands", of: fields, at: root), scale: scale)
    return instrument
  }

  /// Rating bands from a list of `{rating, from, to}`, checked against the instrument's scale;
  /// the protocol's overrides are read with this too.
  static func decodeBands(_ cursor: YAMLCursor, scale: ClosedRange<Double>)
    throws(InstrumentError) -> RatingBands
  {
    let entries = try cursor.list()
    var bands: [RatingBands.Band] = []
    for entry in entries {
      let fields = try entry.fields(
        allowed: ["rating", "from", "to"], required: ["rating", "from", "to"])
      bands.append(
        RatingBands.Band(
          rating: try field("rating", of: fields, at: entry).identifier(),
          from: try field("from", of: fields, at: entry).number(),
          to: try field("to", of: fields, at: entry).number()))
    }
    if let problem = RatingBands.problem(
      with: bands, minimum: scale.lowerBound, maximum: scale.upperBound)
    {
      throw (entries.indices.contains(problem.index) ? entries[problem.index] : cursor).failure(
        problem.message)
    }
    return RatingBands(bands)
  }

  private func decodeScoring(_ cursor: YAMLCursor) throws(InstrumentError) -> ScoringRule {
    let fields = try cursor.fields(allowed: ["rule", "maximum"], required: ["rule"])
    let ruleCursor = try Self.field("rule", of: fields, at: cursor)
    let name = try ruleCursor.text()
    guard let method = ScoringRule.Method(rawValue: name) else {
      throw ruleCursor.failure(
        "the rule is one of: " + ScoringRule.Method.allCases.map(\.rawValue).joined(separator: ", ")
      )
    }
    return ScoringRule(
      method: method,
      statedMaximum: try fields["maximum"].map { value throws(InstrumentError) in
        try value.number()
      })
  }

  private func decodeAnswerSets(_ cursor: YAMLCursor?, method: ScoringRule.Method)
    throws(InstrumentError) -> [String: [Answer]]
  {
    var sets: [String: [Answer]] = [:]
    for (name, value) in try cursor?.namedEntries() ?? [] {
      sets[name] = try decodeAnswers(value, method: method)
    }
    return sets
  }

  private func decodeDomains(
    _ cursor: YAMLCursor, answerSets: [String: [Answer]], method: ScoringRule.Method
  ) throws(InstrumentError) -> [Domain] {
    var domains: [Domain] = []
    var firstUse: [String: Int] = [:]
    func claim(_ id: String, at place: YAMLCursor) throws(InstrumentError) {
      if let line = firstUse[id] {
        throw place.failure("the id '\(id)' is used twice (first at line \(line))")
      }
      firstUse[id] = place.location.line
    }
    let entries = try cursor.list()
    guard !entries.isEmpty else { throw cursor.failure("an instrument needs at least one domain") }
    for entry in entries {
      let fields = try entry.fields(
        allowed: ["id", "name", "role", "items", "designs"], required: ["id", "name", "items"])
      let idCursor = try Self.field("id", of: fields, at: entry)
      let id = try idCursor.identifier()
      try claim(id, at: idCursor)
      var role = Domain.Role.scored
      if let roleCursor = fields["role"] {
        guard let chosen = Domain.Role(rawValue: try roleCursor.text()) else {
          throw roleCursor.failure(
            "the role is one of: " + Domain.Role.allCases.map(\.rawValue).joined(separator: ", "))
        }
        role = chosen
      }
      let itemsCursor = try Self.field("items", of: fields, at: entry)
      let itemEntries = try itemsCursor.list()
      guard !itemEntries.isEmpty else {
        throw itemsCursor.failure("the domain '\(id)' has no items: a domain needs at least one")
      }
      var items: [Item] = []
      for itemEntry in itemEntries {
        let itemFields = try itemEntry.fields(
          allowed: ["id", "question", "guidance", "answers"],
          required: ["id", "question", "answers"])
        let itemID = try Self.field("id", of: itemFields, at: itemEntry)
        try claim(try itemID.identifier(), at: itemID)
        let answersCursor = try Self.field("answers", of: itemFields, at: itemEntry)
        let answers: [Answer]
        if answersCursor.isScalar {
          let setName = try answersCursor.text()
          guard let set = answerSets[setName] else {
            throw answersCursor.failure(
              "no answer set '\(setName)' under answer_sets; the sets are: "
                + answerSets.keys.sorted().joined(separator: ", "))
          }
          answers = set
        } else {
          answers = try decodeAnswers(answersCursor, method: method)
        }
        items.append(
          Item(
            id: try itemID.identifier(),
            question: try Self.field("question", of: itemFields, at: itemEntry).text(),
            guidance: try itemFields["guidance"].map { value throws(InstrumentError) in
              try value.text()
            },
            answers: answers))
      }
      let designs = try fields["designs"]?.list().map { value throws(InstrumentError) in
        try value.identifier()
      }
      if designs != nil, role != .category {
        throw (fields["designs"] ?? entry).failure("only a design category names designs")
      }
      domains.append(
        Domain(
          id: id, name: try Self.field("name", of: fields, at: entry).text(), role: role,
          items: items, designs: designs ?? []))
    }
    return domains
  }

  private func decodeAnswers(_ cursor: YAMLCursor, method: ScoringRule.Method)
    throws(InstrumentError) -> [Answer]
  {
    let entries = try cursor.list()
    guard entries.count >= 2 else {
      throw cursor.failure("an item needs at least two answers to choose from")
    }
    var answers: [Answer] = []
    for entry in entries {
      let fields = try entry.fields(
        allowed: ["id", "label", "points", "category"], required: ["id", "label"])
      let idCursor = try Self.field("id", of: fields, at: entry)
      let id = try idCursor.identifier()
      guard !answers.contains(where: { $0.id == id }) else {
        throw idCursor.failure("the answer '\(id)' is listed twice")
      }
      var category: AnswerCategory?
      if let categoryCursor = fields["category"] {
        guard let chosen = AnswerCategory(rawValue: try categoryCursor.text()) else {
          throw categoryCursor.failure(
            "the category is one of: "
              + AnswerCategory.allCases.map(\.rawValue).joined(separator: ", "))
        }
        category = chosen
      }
      let points = try fields["points"].map { value throws(InstrumentError) in try value.number() }
      switch method {
      case .sum where points == nil && category != .notApplicable:
        throw entry.failure(
          "the answer '\(id)' has no points: under the sum rule every answer needs points "
            + "(or category: not_applicable)")
      case .countMet where category == nil, .shareMet where category == nil:
        throw entry.failure(
          "the answer '\(id)' has no category: under the \(method.rawValue) rule every answer "
            + "needs one of met, not_met, unclear, not_applicable")
      default:
        break
      }
      answers.append(
        Answer(
          id: id, label: try Self.field("label", of: fields, at: entry).text(), points: points,
          category: category))
    }
    return answers
  }

  static func field(_ name: String, of fields: [String: YAMLCursor], at parent: YAMLCursor)
    throws(InstrumentError) -> YAMLCursor
  {
    guard let value = fields[name] else {
      throw .invalid(
        parent.location, keyPath: parent.keyPath.isEmpty ? name : "\(parent.keyPath).\(name)",
        message: "missing required key")
    }
    return value
  }

  private func field(_ name: String, of fields: [String: YAMLCursor], at parent: YAMLCursor)
    throws(InstrumentError) -> YAMLCursor
  {
    try Self.field(name, of: fields, at: parent)
  }
}
