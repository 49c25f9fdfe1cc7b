import ReviewModel

/// Why an instrument, an answer sheet or the protocol's appraisal settings could not be used.
public enum InstrumentError: Error, Equatable, CustomStringConvertible, Sendable {
  /// A file that is not valid: where, at which key path (`domains[1].items[0].answers[2]`),
  /// and what is wrong.
  case invalid(SourceLocation, keyPath: String, message: String)
  /// A file that cannot be read, or is not UTF-8 text.
  case unreadable(path: String, reason: String)
  /// No instrument has this id: the ids that exist are listed.
  case unknownInstrument(String, known: [String])
  /// Two instrument files give the same id.
  case duplicateInstrument(id: String, paths: [String])
  /// An answer the item does not allow; the allowed answers are listed.
  case answerNotAllowed(
    SourceLocation?, item: String, answer: String, allowed: [String])
  /// An answer for an item the instrument does not have.
  case unknownItem(SourceLocation?, item: String, instrument: String, known: [String])

  public var description: String {
    switch self {
    case .invalid(let location, let keyPath, let message):
      keyPath.isEmpty ? "\(location): \(message)" : "\(location): \(keyPath): \(message)"
    case .unreadable(let path, let reason):
      "\(path): cannot read it: \(reason)"
    case .unknownInstrument(let id, let known):
      "no instrument '\(id)'; the instruments are: \(known.joined(separator: ", ")) "
        + "(`litrev instruments` lists them)"
    case .duplicateInstrument(let id, let paths):
      "two instrument files use the id '\(id)': \(paths.joined(separator: " and "))"
    case .answerNotAllowed(let location, let item, let answer, let allowed):
      "\(prefix(location))item \(item) does not allow the answer '\(answer)'; "
        + "allowed: \(allowed.joined(separator: ", "))"
    case .unknownItem(let location, let item, let instrument, let known):
      "\(prefix(location))\(instrument) has no item '\(item)'; its items are: "
        + known.joined(separator: ", ")
    }
  }

  private func prefix(_ location: SourceLocation?) -> String {
    location.map { "\($0): " } ?? ""
  }
}
