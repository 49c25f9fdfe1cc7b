import Foundation
import ReviewModel

/// The JSON text of the list columns (authors, keywords, MeSH headings, …).
///
/// Written by hand rather than with `JSONEncoder` because an import writes eight such columns
/// per record and Foundation's encoder costs tens of microseconds per call, which alone would
/// make a 30,000-record import seconds slower. Reading goes through `JSONDecoder`: it is off the
/// import path. The output is plain JSON, so SQLite's json functions work on these columns.
enum JSONColumn {
  static func strings(_ values: [String]) -> String {
    var out = "["
    for (index, value) in values.enumerated() {
      if index > 0 { out += "," }
      appendQuoted(value, to: &out)
    }
    return out + "]"
  }

  static func authors(_ authors: [Author]) -> String {
    var out = "["
    for (index, author) in authors.enumerated() {
      if index > 0 { out += "," }
      switch author.name {
      case .person(let family, let given):
        out += "{\"family\":"
        appendQuoted(family, to: &out)
        if let given {
          out += ",\"given\":"
          appendQuoted(given, to: &out)
        }
      case .collective(let name):
        out += "{\"collective\":"
        appendQuoted(name, to: &out)
      }
      if !author.affiliations.isEmpty {
        out += ",\"affiliations\":" + strings(author.affiliations)
      }
      out += "}"
    }
    return out + "]"
  }

  static func fields(_ fields: [SourceField]) -> String {
    var out = "["
    for (index, field) in fields.enumerated() {
      if index > 0 { out += "," }
      out += "{\"tag\":"
      appendQuoted(field.tag, to: &out)
      out += ",\"value\":"
      appendQuoted(field.value, to: &out)
      out += "}"
    }
    return out + "]"
  }

  /// Decodes a column written by one of the functions above.
  static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(text.utf8))
  }

  /// Appends `value` as a JSON string literal, escaping what RFC 8259 requires.
  private static func appendQuoted(_ value: String, to out: inout String) {
    out += "\""
    var pending = value.unicodeScalars.startIndex
    let scalars = value.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape: String? =
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case _ where scalar.value < 0x20:
          "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        default: nil
        }
      if let escape {
        out.unicodeScalars.append(contentsOf: scalars[pending..<index])
        out += escape
        pending = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    out.unicodeScalars.append(contentsOf: scalars[pending..<scalars.endIndex])
    out += "\""
  }
}
