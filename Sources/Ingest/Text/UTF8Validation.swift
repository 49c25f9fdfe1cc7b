/// Where UTF-8 goes wrong in a run of bytes.
enum UTF8Validation {
  /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or nil when
  /// all of `bytes` is well-formed UTF-8.
  ///
  /// Well-formed as Unicode defines it: no overlong forms, no surrogates, nothing above U+10FFFF,
  /// no sequence cut short (the bytes are whole fields, so a sequence never spans two calls).
  /// Runs of ASCII, nearly all of an export, are skipped eight bytes at a time.
  static func firstInvalidByte(in bytes: UnsafeRawBufferPointer) -> Int? {
    let count = bytes.count
    var index = 0
    while index < count {
      while index + 8 <= count
        && bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < count else { break }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return index
      }
      guard index + length <= count else { return index }
      let second = bytes[index + 1]
      guard second >= low && second <= high else { return index }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return nil
  }
}
