import ReviewModel

/// Decodes the protocol's `extraction:` list into the form's fields.
///
/// Each field is a mapping: `name` (snake_case, unique), `type` (text, number, choice or list),
/// `help` (optional) and `choices` (needed by a choice field, allowed on a list field, refused
/// elsewhere). Every mistake names the file, line and key path (`extraction[2].choices`).
enum ExtractionFormDecoding {
  static func fields(_ value: ProtocolValue) throws(ScreeningError) -> [ExtractionField] {
    var fields: [ExtractionField] = []
    var seen: [String: Int] = [:]
    for item in try value.elements() {
      let field = try self.field(item)
      if let line = seen[field.name] {
        throw item.error("the field '\(field.name)' is defined twice (first at line \(line))")
      }
      seen[field.name] = item.location.line
      fields.append(field)
    }
    return fields
  }

  private static func field(_ item: ProtocolValue) throws(ScreeningError) -> ExtractionField {
    let keys = try item.mapping(keys: ["name", "type", "help", "choices"], required: ["name"])
    guard let nameValue = keys["name"] else { throw item.error("needs a name") }
    let name = try nameValue.text()
    let isSnakeCase =
      name.first.map { $0.isASCII && $0.isLowercase } == true
      && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
    guard isSnakeCase else {
      throw nameValue.error(
        "a field name is snake_case: lower-case letters, digits and _, such as study_design")
    }
    var kind = ExtractionField.Kind.text
    if let typeValue = keys["type"] {
      let typeName = try typeValue.text()
      guard let named = ExtractionField.Kind(rawValue: typeName.lowercased()) else {
        throw typeValue.error(
          "'\(typeName)' is not a field type; use one of: "
            + ExtractionField.Kind.allCases.map(\.rawValue).joined(separator: ", "))
      }
      kind = named
    }
    var help: String?
    if let helpValue = keys["help"], !helpValue.isNull { help = try helpValue.nonEmptyText() }
    var choices: [String] = []
    if let choicesValue = keys["choices"] {
      guard kind == .choice || kind == .list else {
        throw choicesValue.error("only a choice or list field has choices; \(name) is \(kind)")
      }
      for choiceValue in try choicesValue.elements() {
        let choice = try choiceValue.nonEmptyText().trimmingWhitespace()
        if choices.contains(where: { $0.lowercased() == choice.lowercased() }) {
          throw choiceValue.error("the choice '\(choice)' is listed twice")
        }
        if choice.contains(";") {
          throw choiceValue.error("a choice cannot hold ';', which separates the items of a list")
        }
        choices.append(choice)
      }
    }
    if kind == .choice, choices.isEmpty {
      throw (keys["choices"] ?? item).error("a choice field needs a list of choices")
    }
    return ExtractionField(name: name, kind: kind, help: help, choices: choices)
  }
}
