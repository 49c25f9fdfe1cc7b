/// One field of the protocol's data-extraction form (`extraction:` in `protocol.yaml`).
///
/// The type decides what a reviewer may enter, so that a number field holds numbers an
/// evidence table can sort and sum, and a choice field holds only the protocol's choices.
public struct ExtractionField: Sendable, Hashable, Codable {
  /// What kind of value a field holds.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Free text.
    case text
    /// A number, whole or decimal (`120`, `12.5`).
    case number
    /// One of the field's choices.
    case choice
    /// Several items separated by `;`; when the field has choices, each item is one of them.
    case list
  }

  /// A stable snake_case name: the store, the CSV header and `--set NAME=VALUE` use it.
  public var name: String
  public var kind: Kind
  /// What to enter, for the person extracting.
  public var help: String?
  /// The allowed values of a choice field, or of a list field's items; empty otherwise.
  public var choices: [String]

  public init(name: String, kind: Kind, help: String? = nil, choices: [String] = []) {
    self.name = name
    self.kind = kind
    self.help = help
    self.choices = choices
  }

  /// How the field is described to a person: `study_design (choice: survey, cohort, …)`.
  public var summary: String {
    switch kind {
    case .text, .number: "\(name) (\(kind.rawValue))"
    case .choice: "\(name) (choice: \(choices.joined(separator: ", ")))"
    case .list:
      choices.isEmpty
        ? "\(name) (list, items separated by ;)"
        : "\(name) (list of: \(choices.joined(separator: ", ")); separated by ;)"
    }
  }

  /// The typed value a person's text stands for, or why it does not fit the field.
  ///
  /// A number is written with digits and an optional decimal point; a choice is matched
  /// ignoring case, or by its number in the list (1 for the first); list items are separated
  /// by `;`.
  ///
  /// - Parameter text: what the person typed.
  /// - Returns: the value, or a sentence saying what the field accepts.
  public func value(from text: String) -> Result<ExtractionValue, ExtractionValueError> {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else {
      return .failure(ExtractionValueError(field: name, message: "\(name) needs a value"))
    }
    switch kind {
    case .text:
      return .success(.text(trimmed))
    case .number:
      guard let number = Double(trimmed), number.isFinite, trimmed.allSatisfy(Self.isNumeric)
      else {
        return .failure(
          ExtractionValueError(
            field: name,
            message: "'\(trimmed)' is not a number; \(name) takes a number such as 120 or 12.5"))
      }
      return .success(.number(number))
    case .choice:
      guard let choice = choice(trimmed, allowIndex: true) else {
        return .failure(
          ExtractionValueError(
            field: name,
            message:
              "'\(trimmed)' is not a choice of \(name); choose one of: "
              + choices.joined(separator: ", ")))
      }
      return .success(.choice(choice))
    case .list:
      let items = trimmed.split(separator: ";").map { String($0).trimmingWhitespace() }
        .filter { !$0.isEmpty }
      guard !items.isEmpty else {
        return .failure(ExtractionValueError(field: name, message: "\(name) needs a value"))
      }
      guard !choices.isEmpty else { return .success(.list(items)) }
      var chosen: [String] = []
      for item in items {
        guard let choice = choice(item, allowIndex: false) else {
          return .failure(
            ExtractionValueError(
              field: name,
              message:
                "'\(item)' is not a choice of \(name); items are some of: "
                + choices.joined(separator: ", ")))
        }
        if !chosen.contains(choice) { chosen.append(choice) }
      }
      return .success(.list(chosen))
    }
  }

  /// The value stored as `text` for this field, read back.
  ///
  /// - Parameter stored: a value's ``ExtractionValue/storedText``.
  /// - Returns: the typed value; text that no longer fits the field (after the protocol
  ///   changed) comes back as text.
  public func storedValue(_ stored: String) -> ExtractionValue {
    switch kind {
    case .text: return .text(stored)
    case .number: return Double(stored).map(ExtractionValue.number) ?? .text(stored)
    case .choice: return .choice(stored)
    case .list:
      return .list(
        stored.split(separator: ";").map { String($0).trimmingWhitespace() }.filter {
          !$0.isEmpty
        })
    }
  }

  private func choice(_ text: String, allowIndex: Bool) -> String? {
    let wanted = text.lowercased()
    if let exact = choices.first(where: { $0.lowercased() == wanted }) { return exact }
    if allowIndex, let index = Int(text), index >= 1, index <= choices.count {
      return choices[index - 1]
    }
    return nil
  }

  private static func isNumeric(_ character: Character) -> Bool {
    character.isASCII && (character.isNumber || "+-.eE".contains(character))
  }
}

/// A value that does not fit its field, with the sentence a person reads.
public struct ExtractionValueError: Error, Sendable, Hashable, CustomStringConvertible {
  public var field: String
  public var message: String

  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }

  public var description: String { message }
}
