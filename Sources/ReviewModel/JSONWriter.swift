/// Writes JSON text straight into UTF-8 bytes, for the outputs that run once per record.
///
/// Written by hand rather than with Foundation's `JSONEncoder`, which costs tens of
/// microseconds per record on Linux: at 30,000 records that was most of `parse --json` and a
/// quarter of an import. The caller writes the structure in order (``beginObject()``,
/// ``key(_:)``, values, ``endObject()``); commas are placed here.
public struct JSONWriter: Sendable {
  /// The JSON text so far.
  public private(set) var bytes: [UInt8] = []
  /// Whether the next value or key at the current depth needs a comma before it.
  private var needsComma = false

  public init(capacity: Int = 1024) {
    bytes.reserveCapacity(capacity)
  }

  /// The JSON text so far, as a string.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Forgets what was written, keeping the buffer's capacity.
  public mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    needsComma = false
  }

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes an object's key; the value written next belongs to it.
  public mutating func key(_ name: String) {
    separate()
    appendQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  public mutating func string(_ value: String) {
    separate()
    appendQuoted(value)
    needsComma = true
  }

  /// A string, or `null` when there is none.
  public mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  public mutating func int(_ value: Int?) {
    guard let value else { return null() }
    separate()
    bytes.append(contentsOf: String(value).utf8)
    needsComma = true
  }

  /// A finite number: a whole one without a decimal point, any other as Swift prints it
  /// (`12.5`); a value that is not finite, which JSON cannot hold, is `null`.
  public mutating func number(_ value: Double) {
    guard value.isFinite else { return null() }
    separate()
    let isWhole = value.rounded() == value && abs(value) < 1e15
    bytes.append(contentsOf: (isWhole ? String(Int64(value)) : String(value)).utf8)
    needsComma = true
  }

  public mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
    needsComma = true
  }

  /// An array of strings.
  public mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  /// Appends `value` as a JSON string literal, escaping what RFC 8259 requires.
  ///
  /// Works on the UTF-8 bytes, since every byte that needs an escape is ASCII.
  private mutating func appendQuoted(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      for (index, byte) in utf8.enumerated() {
        let escape: UInt8? =
          switch byte {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
          case UInt8(ascii: "\n"): UInt8(ascii: "n")
          case UInt8(ascii: "\r"): UInt8(ascii: "r")
          case UInt8(ascii: "\t"): UInt8(ascii: "t")
          case 0..<0x20: 0
          default: nil
          }
        guard let escape else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        bytes.append(UInt8(ascii: "\\"))
        if escape == 0 {
          bytes.append(contentsOf: "u00".utf8)
          bytes.append(Self.hexDigits[Int(byte >> 4)])
          bytes.append(Self.hexDigits[Int(byte & 0xF)])
        } else {
          bytes.append(escape)
        }
        runStart = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
