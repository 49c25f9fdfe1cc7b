import ReviewModel
import Yams

/// Other hand-written YAML files (the survey definition, the codebook) are read with the same
/// walker as the protocol, so that their mistakes are reported the same way: file, line, key.
extension ProtocolValue {
  /// The root of a YAML document.
  ///
  /// - Parameters:
  ///   - text: the document's text.
  ///   - file: its path, for messages.
  ///   - what: what the document is, for the message about an empty one (`the codebook`).
  /// - Returns: the root value.
  /// - Throws: ``ScreeningError/invalidProtocol(_:keyPath:message:)`` for a YAML syntax error or
  ///   an empty document, at its place.
  public static func document(_ text: String, file: String, what: String) throws(ScreeningError)
    -> ProtocolValue
  {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw ScreeningError.invalidProtocol(
          .init(file: file, line: 1), keyPath: "", message: "\(what) is empty")
      }
      return ProtocolValue(node: node, keyPath: "", file: file)
    } catch let error as ScreeningError {
      throw error
    } catch {
      throw ProtocolLoader.syntaxError(error, file: file)
    }
  }
}
