/// Turns the bytes a terminal sends into ``Key``s: a pure state machine, so that it can be tested
/// without a terminal.
///
/// It understands UTF-8 characters, control characters, and the CSI (`ESC [`) and SS3 (`ESC O`)
/// sequences that xterm-compatible terminals send for arrows and editing keys. A lone `ESC` is
/// ambiguous until the next byte, or a pause, arrives: the caller calls ``flush()`` when no byte
/// has come for a short while, which turns it into ``Key/escape``.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  public init() {}

  /// Decodes `bytes`, returning every key they complete.
  ///
  /// - Parameter bytes: the next bytes read from the terminal.
  /// - Returns: the completed keys, in order; an incomplete sequence waits for more bytes.
  public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Key] {
    pending.append(contentsOf: bytes)
    var keys: [Key] = []
    while let (key, length) = Self.decode(pending[...]) {
      keys.append(key)
      pending.removeFirst(length)
    }
    return keys
  }

  /// Ends whatever sequence is waiting, after a pause with no more bytes.
  ///
  /// - Returns: a lone `ESC` as ``Key/escape``; any other unfinished sequence as ``Key/unknown(_:)``.
  public mutating func flush() -> [Key] {
    defer { pending.removeAll() }
    if pending.isEmpty { return [] }
    if pending == [0x1B] { return [.escape] }
    if pending.first == 0x1B, pending.count >= 2, pending[1] != UInt8(ascii: "["),
      pending[1] != UInt8(ascii: "O")
    {
      // Alt+key arrives as ESC then the key: report the escape, then decode what follows.
      var rest = KeyDecoder()
      return [.escape] + rest.feed(pending.dropFirst()) + rest.flush()
    }
    return [.unknown(pending)]
  }

  /// The key at the start of `bytes` and its length, or nil when more bytes are needed.
  private static func decode(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
    guard let first = bytes.first else { return nil }
    switch first {
    case 0x1B: return decodeEscape(bytes)
    case 0x0D, 0x0A: return (.enter, 1)
    case 0x09: return (.tab, 1)
    case 0x7F, 0x08: return (.backspace, 1)
    case 0x01...0x1A:
      return (.control(Character(Unicode.Scalar(first - 1 + UInt8(ascii: "a")))), 1)
    case 0x00, 0x1C...0x1F: return (.unknown([first]), 1)
    case 0x20...0x7E: return (.character(Character(Unicode.Scalar(first))), 1)
    default: return decodeUTF8(bytes)
    }
  }

  private static func decodeEscape(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
    let start = bytes.startIndex
    guard bytes.count >= 2 else { return nil }
    let introducer = bytes[start + 1]
    if introducer == UInt8(ascii: "O") {
      guard bytes.count >= 3 else { return nil }
      return (ss3Key(bytes[start + 2]) ?? .unknown(Array(bytes.prefix(3))), 3)
    }
    guard introducer == UInt8(ascii: "[") else { return nil }  // settled by flush()
    // CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, then one final byte 0x40–0x7E.
    var index = start + 2
    while index < bytes.endIndex, (0x20...0x3F).contains(bytes[index]) { index += 1 }
    guard index < bytes.endIndex else { return nil }
    let length = index - start + 1
    let sequence = Array(bytes.prefix(length))
    let parameters = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
    return (csiKey(final: bytes[index], parameters: parameters) ?? .unknown(sequence), length)
  }

  private static func ss3Key(_ final: UInt8) -> Key? {
    switch final {
    case UInt8(ascii: "A"): .up
    case UInt8(ascii: "B"): .down
    case UInt8(ascii: "C"): .right
    case UInt8(ascii: "D"): .left
    case UInt8(ascii: "H"): .home
    case UInt8(ascii: "F"): .end
    default: nil
    }
  }

  private static func csiKey(final: UInt8, parameters: String) -> Key? {
    if final == UInt8(ascii: "~") {
      switch parameters.split(separator: ";").first {
      case "1", "7": return .home
      case "3": return .delete
      case "4", "8": return .end
      case "5": return .pageUp
      case "6": return .pageDown
      default: return nil
      }
    }
    return ss3Key(final)
  }

  private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
    let first = bytes[bytes.startIndex]
    let length =
      switch first {
      case 0xC2...0xDF: 2
      case 0xE0...0xEF: 3
      case 0xF0...0xF4: 4
      default: 0
      }
    guard length > 0 else { return (.unknown([first]), 1) }
    guard bytes.count >= length else { return nil }
    let scalarBytes = bytes.prefix(length)
    guard scalarBytes.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
      let character = String(validating: scalarBytes, as: UTF8.self)?.first
    else { return (.unknown([first]), 1) }
    return (.character(character), length)
  }
}
