import Foundation

/// Checks JSON values against the subset of JSON Schema (2020-12) that `Schemas/` uses:
/// `type` (one or a list), `required`, `properties`, `additionalProperties` (false, or a schema
/// for the keys `properties` does not name), `items`,
/// `oneOf`, `enum`, `pattern`, `minimum` and `maximum`.
///
/// Written by hand because no JSON Schema validator for Swift is among the packages this
/// project can depend on; a keyword outside the subset is reported, never silently passed.
public struct JSONSchemaValidator {
  private let schema: [String: Any]

  /// Loads the schema at `path`.
  public init(path: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let schema = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CocoaError(.fileReadCorruptFile)
    }
    self.schema = schema
  }

  /// The ways `value` breaks the schema, each with its JSON path; empty when it conforms.
  public func violations(of value: Any) -> [String] {
    violations(of: value, against: schema, at: "$")
  }

  private static let understoodKeywords: Set<String> = [
    "$schema", "$id", "title", "description", "type", "required", "properties",
    "additionalProperties", "items", "oneOf", "enum", "pattern", "minimum", "maximum",
  ]

  private func violations(of value: Any, against schema: [String: Any], at path: String)
    -> [String]
  {
    var found: [String] = []
    for keyword in schema.keys where !Self.understoodKeywords.contains(keyword) {
      found.append("\(path): the validator does not understand '\(keyword)'")
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [(types as? String) ?? ""]
      if !allowed.contains(where: { Self.matches(value, type: $0) }) {
        found.append("\(path): expected \(allowed.joined(separator: " or ")), got \(value)")
        return found
      }
    }
    if let options = schema["enum"] as? [AnyHashable], let value = value as? AnyHashable,
      !options.contains(value)
    {
      found.append("\(path): \(value) is not one of \(options)")
    }
    if let pattern = schema["pattern"] as? String, let text = value as? String,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      found.append("\(path): '\(text)' does not match \(pattern)")
    }
    if let number = value as? NSNumber, !(value is Bool) {
      if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
        found.append("\(path): \(number) is below \(minimum)")
      }
      if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
        found.append("\(path): \(number) is above \(maximum)")
      }
    }
    if let object = value as? [String: Any] {
      let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        found.append("\(path): missing required key '\(key)'")
      }
      for (key, member) in object {
        if let propertySchema = properties[key] {
          found += violations(of: member, against: propertySchema, at: "\(path).\(key)")
        } else if schema["additionalProperties"] as? Bool == false {
          found.append("\(path): key '\(key)' is not in the schema")
        } else if let memberSchema = schema["additionalProperties"] as? [String: Any] {
          found += violations(of: member, against: memberSchema, at: "\(path).\(key)")
        }
      }
    }
    if let array = value as? [Any], let itemSchema = schema["items"] as? [String: Any] {
      for (index, item) in array.enumerated() {
        found += violations(of: item, against: itemSchema, at: "\(path)[\(index)]")
      }
    }
    if let options = schema["oneOf"] as? [[String: Any]] {
      let passing = options.filter { violations(of: value, against: $0, at: path).isEmpty }
      if passing.count != 1 {
        found.append("\(path): matches \(passing.count) of the oneOf schemas, not exactly one")
      }
    }
    return found
  }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "null": return value is NSNull
    case "string": return value is String
    case "boolean": return isBoolean(value)
    case "integer":
      guard let number = value as? NSNumber, !isBoolean(value) else { return false }
      return number.doubleValue.rounded() == number.doubleValue
    case "number": return value is NSNumber && !isBoolean(value)
    case "array": return value is [Any]
    case "object": return value is [String: Any]
    default: return false
    }
  }

  private static func isBoolean(_ value: Any) -> Bool {
    // JSONSerialization hands back booleans as a private NSNumber subclass; an integer 1 is
    // also `is Bool`, so the class name is the reliable test on both Linux and macOS.
    String(describing: type(of: value)).contains("Boolean")
  }
}
