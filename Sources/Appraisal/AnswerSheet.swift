import ReviewModel

/// One answer as given: to which item, which allowed answer, an optional note, and where it was
/// written (for messages).
public struct GivenAnswer: Sendable, Hashable {
  public var item: String
  public var answer: String
  public var note: String?
  public var location: SourceLocation?

  public init(item: String, answer: String, note: String? = nil, location: SourceLocation? = nil) {
    self.item = item
    self.answer = answer
    self.note = note
    self.location = location
  }
}

/// A file of answers for `litrev appraise ID --answers FILE.yaml`.
///
/// For example:
///
/// ```yaml
/// instrument: axis            # optional: otherwise the study's design chooses it
/// answers:
///   q01_aims: "yes"
///   q03_sample_size: {answer: "no", note: "no power calculation"}
/// ```
public struct AnswerSheet: Sendable, Hashable {
  /// The instrument the sheet names, if it names one.
  public var instrumentID: String?
  public var answers: [GivenAnswer]

  /// Reads a sheet; the answers are checked against an instrument with ``validated(against:)``.
  ///
  /// - Throws: ``InstrumentError`` naming the file, line and key of a mistake.
  public static func load(path: String) throws(InstrumentError) -> AnswerSheet {
    try decode(try InstrumentLoader.text(at: path), file: path)
  }

  /// Decodes sheet text; `file` names it in messages.
  public static func decode(_ text: String, file: String) throws(InstrumentError) -> AnswerSheet {
    let root = try YAMLCursor.root(of: text, file: file)
    let fields = try root.fields(allowed: ["instrument", "answers"], required: ["answers"])
    var sheet = AnswerSheet(
      instrumentID: try fields["instrument"].map { value throws(InstrumentError) in
        try value.identifier()
      }, answers: [])
    let answers = try InstrumentLoader.field("answers", of: fields, at: root)
    for (item, value) in try answers.namedEntries() {
      if value.isMapping {
        let entry = try value.fields(allowed: ["answer", "note"], required: ["answer"])
        sheet.answers.append(
          GivenAnswer(
            item: item, answer: try InstrumentLoader.field("answer", of: entry, at: value).text(),
            note: try entry["note"].map { note throws(InstrumentError) in try note.text() },
            location: value.location))
      } else {
        sheet.answers.append(
          GivenAnswer(item: item, answer: try value.text(), location: value.location))
      }
    }
    guard !sheet.answers.isEmpty else { throw answers.failure("the sheet gives no answers") }
    return sheet
  }
}

extension Instrument {
  /// Checks that every answer names an item of this instrument and an answer that item allows.
  ///
  /// - Throws: ``InstrumentError/unknownItem(_:item:instrument:known:)`` or
  ///   ``InstrumentError/answerNotAllowed(_:item:answer:allowed:)`` with the allowed answers.
  public func validate(_ answers: [GivenAnswer]) throws(InstrumentError) {
    for given in answers {
      guard let item = item(given.item) else {
        throw .unknownItem(
          given.location, item: given.item, instrument: id, known: items.map(\.id))
      }
      guard item.answer(given.answer) != nil else {
        throw .answerNotAllowed(
          given.location, item: item.id, answer: given.answer, allowed: item.answers.map(\.id))
      }
    }
  }
}
