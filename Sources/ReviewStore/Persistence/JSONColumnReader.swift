import ReviewModel

/// Reads back the JSON that ``JSONColumn`` writes, byte by byte, without Foundation.
///
/// Every record read from the store has eight list columns, and `JSONDecoder` spent most of the
/// time of `litrev records`, `query`, `screen --auto` and `dedupe` on them. This reader knows
/// exactly three shapes: an array of strings, an array of authors (`family`, `given`,
/// `collective`, `affiliations`) and an array of `{tag, value}` fields. Within them it takes any
/// JSON: white space, keys in any order, every string escape. Anything else (another key, a
/// number, a `null` where it expects a string, broken JSON) makes it give up and return nil, and
/// ``JSONColumn`` then hands the text to `JSONDecoder`, which decides as it always did.
struct JSONColumnReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  /// Scratch space for strings with escapes, reused from string to string.
  private var unescaped: [UInt8] = []

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The array of strings in `text`, or nil when `text` is not one.
  static func strings(_ text: String) -> [String]? {
    read(text) { reader in reader.array { reader in reader.string() } }
  }

  /// The array of authors in `text`, or nil when `text` is not one as ``JSONColumn`` writes it.
  static func authors(_ text: String) -> [Author]? {
    read(text) { reader in reader.array { reader in reader.author() } }
  }

  /// The array of `{tag, value}` fields in `text`, or nil when `text` is not one.
  static func fields(_ text: String) -> [SourceField]? {
    read(text) { reader in reader.array { reader in reader.field() } }
  }

  /// Runs `body` on the UTF-8 of `text`, and requires that it read all of it.
  private static func read<T>(_ text: String, _ body: (inout JSONColumnReader) -> T?) -> T? {
    var text = text
    return text.withUTF8 { utf8 in
      var reader = JSONColumnReader(utf8)
      guard let value = body(&reader) else { return nil }
      reader.skipSpace()
      return reader.index == utf8.count ? value : nil
    }
  }

  // MARK: - Shapes

  /// `[` element, … `]`, each element read by `element`.
  private mutating func array<T>(_ element: (inout JSONColumnReader) -> T?) -> [T]? {
    guard take(UInt8(ascii: "[")) else { return nil }
    var values: [T] = []
    if take(UInt8(ascii: "]")) { return values }
    repeat {
      guard let value = element(&self) else { return nil }
      values.append(value)
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "]")) ? values : nil
  }

  /// Calls `member` with each key of an object, which reads the value; false stops the object.
  private mutating func object(_ member: (inout JSONColumnReader, String) -> Bool) -> Bool {
    guard take(UInt8(ascii: "{")) else { return false }
    if take(UInt8(ascii: "}")) { return true }
    repeat {
      guard let key = string(), take(UInt8(ascii: ":")), member(&self, key) else { return false }
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "}"))
  }

  /// An author: a collective when `collective` is there, else a person, who needs a `family`.
  private mutating func author() -> Author? {
    var family: String?
    var given: String?
    var collective: String?
    var affiliations: [String]?
    var seen = Set<String>()
    let complete = object { reader, key in
      guard seen.insert(key).inserted else { return false }
      switch key {
      case "family":
        family = reader.string()
        return family != nil
      case "collective":
        collective = reader.string()
        return collective != nil
      case "affiliations":
        affiliations = reader.array { reader in reader.string() }
        return affiliations != nil
      case "given":
        // `given` is the one member written as null (a person known by family name only).
        if reader.takeNull() { return true }
        given = reader.string()
        return given != nil
      default:
        return false
      }
    }
    guard complete else { return nil }
    if let collective {
      return Author(.collective(collective), affiliations: affiliations ?? [])
    }
    guard let family else { return nil }
    return Author(.person(family: family, given: given), affiliations: affiliations ?? [])
  }

  /// A field: `tag` and `value`, both strings.
  private mutating func field() -> SourceField? {
    var tag: String?
    var value: String?
    let complete = object { reader, key in
      switch key {
      case "tag" where tag == nil:
        tag = reader.string()
        return tag != nil
      case "value" where value == nil:
        value = reader.string()
        return value != nil
      default: return false
      }
    }
    guard complete, let tag, let value else { return nil }
    return SourceField(tag: tag, value: value)
  }

  // MARK: - Tokens

  /// A string literal; the plain runs between escapes are copied at once.
  private mutating func string() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = index
    // The common case: no escape, so the string is the bytes between the quotes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let value = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return value
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { return nil }
      index += 1
    }
    unescaped.removeAll(keepingCapacity: true)
    unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(decoding: unescaped, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard unescape() else { return nil }
      case 0..<0x20:
        return nil
      default:
        unescaped.append(byte)
      }
    }
    return nil
  }

  /// Appends the character of the escape after a backslash to ``unescaped``.
  private mutating func unescape() -> Bool {
    guard index < bytes.count else { return false }
    let letter = bytes[index]
    index += 1
    let simple: UInt8? =
      switch letter {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      default: nil
      }
    if let simple {
      unescaped.append(simple)
      return true
    }
    guard letter == UInt8(ascii: "u"), var scalar = hexQuad() else { return false }
    if scalar >= 0xD800 && scalar < 0xDC00 {
      // A high surrogate must be followed by a low one; together they are one scalar.
      guard take(UInt8(ascii: "\\"), skippingSpace: false),
        take(UInt8(ascii: "u"), skippingSpace: false), let low = hexQuad(),
        low >= 0xDC00 && low < 0xE000
      else { return false }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let unicode = Unicode.Scalar(scalar) else { return false }
    UTF8.encode(unicode) { unescaped.append($0) }
    return true
  }

  /// Four hex digits, as a number.
  private mutating func hexQuad() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// `null`, taken if it comes next.
  private mutating func takeNull() -> Bool {
    skipSpace()
    let null: [UInt8] = [0x6E, 0x75, 0x6C, 0x6C]
    guard index + 4 <= bytes.count, bytes[index..<index + 4].elementsEqual(null) else {
      return false
    }
    index += 4
    return true
  }

  /// Takes `byte` if it comes next (after white space, unless `skippingSpace` is false).
  private mutating func take(_ byte: UInt8, skippingSpace: Bool = true) -> Bool {
    if skippingSpace { skipSpace() }
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }
}
