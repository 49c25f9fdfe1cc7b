/// Turns the bytes of one text file into strings: as UTF-8 while the file is valid UTF-8, and as
/// Windows-1252 from the first byte that is not.
///
/// Exports are UTF-8 nearly always, but older Windows tools still write Windows-1252, and such a
/// file says nothing about it. Decoding the rest of the file as Windows-1252 once it shows a
/// byte that UTF-8 forbids gives the right text for those files; the bytes before it were valid
/// UTF-8, and in a Windows-1252 file such bytes are almost always ASCII, which reads the same in
/// both. A line-based reader checks each record's bytes with ``check(_:)`` before it decodes the
/// record's fields with ``decode(_:)``, so one record is never decoded half in each encoding.
struct TextDecoder {
  /// The encodings a file is read in.
  enum Encoding: Sendable, Equatable {
    case utf8
    case windows1252
  }

  /// The encoding the file is read in now.
  private(set) var encoding = Encoding.utf8

  /// Looks at bytes about to be decoded, and settles the encoding of the rest of the file.
  ///
  /// While the file is still read as UTF-8 and `bytes` are not valid UTF-8, switches to
  /// Windows-1252 for the rest of the file and returns the offset in `bytes` of the first
  /// invalid byte, for the caller's one warning; nil otherwise.
  mutating func check(_ bytes: UnsafeRawBufferPointer) -> Int? {
    guard encoding == .utf8, let offset = UTF8Validation.firstInvalidByte(in: bytes) else {
      return nil
    }
    encoding = .windows1252
    return offset
  }

  /// The text of `bytes` in the file's encoding.
  ///
  /// Bytes not checked first are decoded as UTF-8 with invalid sequences replaced by U+FFFD.
  func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    switch encoding {
    case .utf8: String(decoding: bytes, as: UTF8.self)
    case .windows1252: Windows1252.decode(bytes)
    }
  }

  /// Each of `fields` joined by `make` to its text, which lies at `range(field)` in `bytes`.
  ///
  /// The readers keep a record's values one after another in one buffer.
  func decode<Field, Decoded>(
    _ fields: [Field], in bytes: [UInt8], at range: (Field) -> Range<Int>,
    as make: (Field, String) -> Decoded
  ) -> [Decoded] {
    var decoded: [Decoded] = []
    decoded.reserveCapacity(fields.count)
    bytes.withUnsafeBufferPointer { bytes in
      for field in fields {
        decoded.append(make(field, decode(UnsafeBufferPointer(rebasing: bytes[range(field)]))))
      }
    }
    return decoded
  }

  /// The warning for a file read as Windows-1252, located at the line of its first invalid byte.
  static let fallbackWarning =
    "the file is not valid UTF-8 (its first invalid byte is on this line); "
    + "reading it as Windows-1252"
}
