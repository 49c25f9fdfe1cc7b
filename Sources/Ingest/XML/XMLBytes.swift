/// Byte-level helpers for what libxml2 hands over: names compared without making Strings,
/// attribute values decoded, text with its white space normalised.
package enum XMLBytes {
  /// True when the NUL-terminated `bytes` spell exactly `name`.
  @inline(__always)
  package static func equal(_ bytes: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
    let count = name.utf8CodeUnitCount
    let expected = name.utf8Start
    // Byte by byte, stopping at the first difference: a shorter name differs at its NUL, so
    // nothing past it is ever read.
    for index in 0..<count where bytes[index] != expected[index] {
      return false
    }
    return bytes[count] == 0
  }

  /// Calls `body` with each byte of a SAX2 attribute value as the document meant it.
  ///
  /// Unless it substitutes entities, libxml2 hands an ampersand in an attribute value over as
  /// `&#38;` (escaped for its own tree serialiser); every `&` in a value starts one, since any
  /// other reference was either decoded or an error, so turning each back into `&` is exact.
  package static func forEachAttributeByte(
    _ value: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void
  ) {
    var index = 0
    while index < value.count {
      body(value[index])
      if value[index] == UInt8(ascii: "&") && index + 4 < value.count
        && value[index + 1] == UInt8(ascii: "#") && value[index + 2] == UInt8(ascii: "3")
        && value[index + 3] == UInt8(ascii: "8") && value[index + 4] == UInt8(ascii: ";")
      {
        index += 5
      } else {
        index += 1
      }
    }
  }

  /// The text of `bytes` with its white space collapsed and trimmed, or nil when none is left.
  ///
  /// Each run of XML white space (space, tab, line feed, carriage return) becomes one space,
  /// and `bytes` is emptied. Other characters, non-ASCII ones and no-break spaces included,
  /// stay as written. Most fields need no change, so one quick pass checks that first.
  package static func takeCollapsedText(_ bytes: inout [UInt8]) -> String? {
    defer { bytes.removeAll(keepingCapacity: true) }
    if bytes.withUnsafeBufferPointer(isCollapsed) {
      return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
    var written = 0
    bytes.withUnsafeMutableBufferPointer { buffer in
      var pendingSpace = false
      for index in buffer.indices {
        let byte = buffer[index]
        // Below 0x20, XML text can hold only tab, line feed and carriage return.
        if byte <= 0x20 {
          pendingSpace = written > 0
          continue
        }
        if pendingSpace {
          buffer[written] = 0x20
          written += 1
          pendingSpace = false
        }
        buffer[written] = byte
        written += 1
      }
    }
    return written == 0 ? nil : String(decoding: bytes[..<written], as: UTF8.self)
  }

  /// True when `bytes` has no white space at either end, no run of it, and none but spaces.
  static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else {
      return true
    }
    if first <= 0x20 || last <= 0x20 { return false }
    // Sixteen bytes at a time (abstracts are long): a control character (below 0x20, so a
    // tab or a line end) or a space followed by another is white space to collapse.
    let raw = UnsafeRawPointer(base)
    let spaces = SIMD16<UInt8>(repeating: 0x20)
    var offset = 0
    while offset + 17 <= bytes.count {
      let chunk = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
      let next = raw.loadUnaligned(fromByteOffset: offset + 1, as: SIMD16<UInt8>.self)
      if any(chunk .< spaces) || any((chunk .== spaces) .& (next .== spaces)) { return false }
      offset += 16
    }
    var previous = offset > 0 ? bytes[offset - 1] : 0
    for byte in bytes[offset...] {
      if byte <= 0x20 && (byte != 0x20 || previous == 0x20) { return false }
      previous = byte
    }
    return true
  }
}
