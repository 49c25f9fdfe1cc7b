#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte-level searches in text, for the readers' hot paths: comparing UTF-8 bytes is all a
/// search for an ASCII needle needs, and it avoids both grapheme breaking and the Foundation
/// overloads of `contains` and `range(of:)` that a module sees once any dependency imports it.
extension StringProtocol {
  /// True when the text's UTF-8 holds `byte`.
  func containsByte(_ byte: UInt8) -> Bool {
    let found = utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    }
    return found ?? utf8.contains(byte)
  }

  /// The first range where `needle` stands in the text, matched byte for byte.
  func byteRange(of needle: StaticString) -> Range<Index>? {
    let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack in
      Self.offset(of: needle, in: UnsafeRawBufferPointer(haystack))
    }
    let offset: Int?
    if let found {
      offset = found
    } else {
      offset = Self.offset(of: needle, in: Array(utf8))
    }
    guard let offset else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: needle.utf8CodeUnitCount)
  }

  /// True when the text holds `needle`, matched byte for byte.
  func containsBytes(_ needle: StaticString) -> Bool {
    byteRange(of: needle) != nil
  }

  private static func offset(of needle: StaticString, in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBytes { offset(of: needle, in: $0) }
  }

  private static func offset(of needle: StaticString, in haystack: UnsafeRawBufferPointer)
    -> Int?
  {
    let length = needle.utf8CodeUnitCount
    guard length > 0, length <= haystack.count, let base = haystack.baseAddress else {
      return nil
    }
    // memchr to each place the first byte stands, then memcmp for the rest (glibc's memmem is
    // a GNU extension that Swift's Glibc module does not show).
    let first = Int32(needle.utf8Start.pointee)
    var position = 0
    while position + length <= haystack.count {
      guard let hit = memchr(base + position, first, haystack.count - length + 1 - position)
      else { return nil }
      let offset = base.distance(to: UnsafeRawPointer(hit))
      if memcmp(hit, needle.utf8Start, length) == 0 { return offset }
      position = offset + 1
    }
    return nil
  }
}
