import Foundation
import ReviewModel

/// The JSON text of the list columns (authors, keywords, MeSH headings, …).
///
/// Written with ``JSONWriter`` rather than `JSONEncoder`, because an import writes eight such
/// columns per record. Reading goes through `JSONDecoder`: it is off the import path. The output
/// is plain JSON, so SQLite's json functions work on these columns.
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

  /// Decodes a column written by one of the functions above.
  static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(text.utf8))
  }
}
