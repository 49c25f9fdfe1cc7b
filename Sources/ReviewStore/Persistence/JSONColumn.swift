import Foundation
import ReviewModel

/// The JSON text of the list columns (authors, keywords, MeSH headings, …).
///
/// Written with ``JSONWriter`` rather than `JSONEncoder`, because an import writes eight such
/// columns per record, and read back with ``JSONColumnReader`` rather than `JSONDecoder`, because
/// every command that reads records reads eight per record; what that reader does not know goes
/// to `JSONDecoder`. The output is plain JSON, so SQLite's json functions work on these columns.
enum JSONColumn {
  static func strings(_ values: [String]) -> String {
    var json = JSONWriter(capacity: 256)
    json.strings(values)
    return json.text
  }

  static func authors(_ authors: [Author]) -> String {
    var json = JSONWriter(capacity: 512)
    Author.write(authors, to: &json)
    return json.text
  }

  static func fields(_ fields: [SourceField]) -> String {
    var json = JSONWriter(capacity: 256)
    SourceField.write(fields, to: &json)
    return json.text
  }

  /// Reads a column written by ``strings(_:)``.
  ///
  /// - Throws: `JSONDecoder`'s error when the text is not an array of strings.
  static func decodeStrings(_ text: String) throws -> [String] {
    if let values = JSONColumnReader.strings(text) { return values }
    return try decode([String].self, from: text)
  }

  /// Reads a column written by ``authors(_:)``.
  ///
  /// - Throws: `JSONDecoder`'s error when the text is not an array of authors.
  static func decodeAuthors(_ text: String) throws -> [Author] {
    if let authors = JSONColumnReader.authors(text) { return authors }
    return try decode([Author].self, from: text)
  }

  /// Reads a column written by ``fields(_:)``.
  ///
  /// - Throws: `JSONDecoder`'s error when the text is not an array of `{tag, value}` fields.
  static func decodeFields(_ text: String) throws -> [SourceField] {
    if let fields = JSONColumnReader.fields(text) { return fields }
    return try decode([SourceField].self, from: text)
  }

  /// Decodes a column with `JSONDecoder`.
  static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(text.utf8))
  }
}
