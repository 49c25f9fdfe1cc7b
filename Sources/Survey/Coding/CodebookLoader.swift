import ReviewModel
import Screening

/// Reads `codebook.yaml`: themes, each with its codes.
///
/// Mistakes are reported like the protocol's: file, line, key path; a pattern that is not a
/// valid query is reported with its column.
public struct CodebookLoader: Sendable {
  public init() {}

  /// Loads the codebook at `path`.
  ///
  /// - Throws: ``SurveyError/fileNotFound(path:)``, ``SurveyError/unreadable(path:reason:)`` or
  ///   ``SurveyError/invalidDefinition(_:)``.
  public func load(path: String) throws(SurveyError) -> Codebook {
    try decode(try SurveyFileText.read(path), file: path)
  }

  /// Decodes codebook text; `file` names it in messages.
  public func decode(_ text: String, file: String) throws(SurveyError) -> Codebook {
    do {
      return try decode(ProtocolValue.document(text, file: file, what: "the codebook"))
    } catch {
      throw .invalidDefinition(error)
    }
  }

  private func decode(_ root: ProtocolValue) throws(ScreeningError) -> Codebook {
    let keys = try root.mapping(keys: ["version", "themes"], required: ["version", "themes"])
    guard let version = keys["version"], let themeList = keys["themes"] else {
      throw root.error("needs version and themes")
    }
    guard try version.integer() == 1 else {
      throw version.error("litrev reads version 1 of the codebook format")
    }
    var ids: Set<String> = []
    let themes = try decodeThemes(themeList, ids: &ids)
    guard !themes.isEmpty else { throw themeList.error("lists no theme") }
    return Codebook(themes: themes)
  }

  /// The themes the protocol at `path` lists under `themes:` (in the codebook's form), none
  /// when it lists none; ids must differ from those in `taken`.
  ///
  /// The review's themes can come from the protocol, the survey's codebook, or both.
  public func themes(inProtocol path: String, besides taken: Set<String> = [])
    throws(SurveyError) -> [Theme]
  {
    do {
      let root = try ProtocolValue.document(
        try SurveyFileText.read(path), file: path, what: "the protocol")
      guard let themeList = root.value(forKey: "themes") else { return [] }
      var ids = taken
      return try decodeThemes(themeList, ids: &ids)
    } catch let error as ScreeningError {
      throw .invalidDefinition(error)
    } catch let error as SurveyError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: String(describing: error))
    }
  }

  private func decodeThemes(_ themeList: ProtocolValue, ids: inout Set<String>)
    throws(ScreeningError) -> [Theme]
  {
    var themes: [Theme] = []
    for item in try themeList.elements() {
      let fields = try item.mapping(
        keys: ["id", "name", "description", "codes"], required: ["id", "name", "codes"])
      guard let id = fields["id"], let name = fields["name"], let codeList = fields["codes"] else {
        throw item.error("needs id, name and codes")
      }
      let themeID = try identifier(id)
      guard ids.insert(themeID).inserted else {
        throw id.error("a second theme or code '\(themeID)'")
      }
      var codes: [Code] = []
      for codeItem in try codeList.elements() {
        let code = try decodeCode(codeItem)
        guard ids.insert(code.id).inserted else {
          throw codeItem.error("a second theme or code '\(code.id)'")
        }
        codes.append(code)
      }
      themes.append(
        Theme(
          id: themeID, name: try name.nonEmptyText(),
          description: try fields["description"]?.text() ?? "", codes: codes))
    }
    return themes
  }

  private func decodeCode(_ item: ProtocolValue) throws(ScreeningError) -> Code {
    let fields = try item.mapping(
      keys: ["id", "name", "definition", "examples", "patterns"], required: ["id", "name"])
    guard let id = fields["id"], let name = fields["name"] else {
      throw item.error("needs id and name")
    }
    let examples = try fields["examples"]?.elements().map { value throws(ScreeningError) in
      try value.nonEmptyText()
    }
    var patterns: [Query] = []
    for value in try fields["patterns"]?.elements() ?? [] {
      let text = try value.nonEmptyText()
      do {
        patterns.append(try QueryParser().parse(text))
      } catch {
        throw value.error("not a valid pattern: \(error.description)")
      }
    }
    return Code(
      id: try identifier(id), name: try name.nonEmptyText(),
      definition: try fields["definition"]?.text() ?? "", examples: examples ?? [],
      patterns: patterns)
  }

  private func identifier(_ value: ProtocolValue) throws(ScreeningError) -> String {
    let text = try value.nonEmptyText()
    guard text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
      throw value.error("an id is letters, digits, _ and -")
    }
    return text
  }
}
