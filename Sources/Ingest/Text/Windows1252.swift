/// The Windows-1252 character set, in which older Windows tools (EndNote, Reference Manager,
/// some database exports) still write files that are not UTF-8.
enum Windows1252 {
  /// The characters of bytes 0x80–0x9F, where Windows-1252 departs from Latin-1.
  ///
  /// The five bytes it leaves undefined map to the C1 controls of the same value, as the WHATWG
  /// encoding standard (and so every browser) does, so that no byte is ever lost.
  private static let highControls: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The Unicode scalar value of one byte.
  @inline(__always)
  static func scalarValue(of byte: UInt8) -> UInt32 {
    if byte >= 0x80 && byte < 0xA0 {
      return UInt32(highControls[Int(byte - 0x80)])
    }
    return UInt32(byte)
  }

  /// Decodes `bytes` as Windows-1252, transcoding to UTF-8 straight into the string's storage.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var size = 0
    for byte in bytes {
      let value = scalarValue(of: byte)
      size += value < 0x80 ? 1 : (value < 0x800 ? 2 : 3)
    }
    if size == bytes.count {
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(unsafeUninitializedCapacity: size) { output in
      var index = 0
      for byte in bytes {
        let value = scalarValue(of: byte)
        if value < 0x80 {
          output[index] = UInt8(value)
          index += 1
        } else if value < 0x800 {
          output[index] = UInt8(0xC0 | (value >> 6))
          output[index + 1] = UInt8(0x80 | (value & 0x3F))
          index += 2
        } else {
          output[index] = UInt8(0xE0 | (value >> 12))
          output[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
          output[index + 2] = UInt8(0x80 | (value & 0x3F))
          index += 3
        }
      }
      return index
    }
  }
}
