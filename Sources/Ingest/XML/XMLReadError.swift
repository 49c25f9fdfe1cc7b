/// A problem libxml2 reported while parsing a document: its code, its message and where.
///
/// Errors stop the parse; warnings (a level below) reach the handler and parsing goes on.
package struct XMLReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// libxml2's `xmlParserErrors` code: 76 for a tag mismatch, 5 for the end of the document.
  package var code: Int
  /// libxml2's message on one line, sometimes followed by what litrev makes of it.
  package var message: String
  /// The line of the document, from 1.
  package var line: Int
  /// The column, from 1, where libxml2 knows it.
  package var column: Int?

  package init(code: Int, message: String, line: Int, column: Int?) {
    self.code = code
    self.message = message
    self.line = line
    self.column = column
  }

  /// `line:column: message`.
  package var description: String {
    "\(line)\(column.map { ":\($0)" } ?? ""): \(message)"
  }
}
