/// A minimal JSON emitter with a fixed layout (two-space indentation, keys in the order given),
/// so that the truth file is byte-for-byte reproducible on every platform.
struct JSONWriter {
  private(set) var text = ""
  private var indent = 0
  private var needsComma: [Bool] = [false]

  /// Opens an object, as a value of `key` or at the top level.
  mutating func openObject(_ key: String? = nil) { open(key, "{") }
  /// Opens an array, as a value of `key` or inside an array.
  mutating func openArray(_ key: String? = nil) { open(key, "[") }
  mutating func closeObject() { close("}") }
  mutating func closeArray() { close("]") }

  mutating func string(_ key: String?, _ value: String) { scalar(key, Self.quoted(value)) }
  mutating func number(_ key: String?, _ value: Int) { scalar(key, String(value)) }

  /// An array of strings on one line.
  mutating func strings(_ key: String?, _ values: [String]) {
    scalar(key, "[" + values.map(Self.quoted).joined(separator: ", ") + "]")
  }

  private mutating func open(_ key: String?, _ bracket: String) {
    beginValue(key)
    text += bracket
    indent += 1
    needsComma.append(false)
  }

  private mutating func close(_ bracket: String) {
    indent -= 1
    let hadItems = needsComma.removeLast()
    if hadItems { text += "\n" + String(repeating: "  ", count: indent) }
    text += bracket
    if indent == 0 { text += "\n" }
  }

  private mutating func scalar(_ key: String?, _ literal: String) {
    beginValue(key)
    text += literal
  }

  private mutating func beginValue(_ key: String?) {
    if indent > 0 {
      if needsComma[needsComma.count - 1] { text += "," }
      text += "\n" + String(repeating: "  ", count: indent)
      needsComma[needsComma.count - 1] = true
    }
    if let key { text += Self.quoted(key) + ": " }
  }

  /// `value` as a JSON string literal.
  static func quoted(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
