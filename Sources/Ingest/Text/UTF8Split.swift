#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splitting text at an ASCII byte, for the readers' hot paths.
///
/// `split(separator: "\n")` on a String compares Characters, so it breaks the whole text into
/// grapheme clusters first; that showed as the largest cost of the RIS and Web of Science
/// readers in profiles. An ASCII separator is always a byte of its own in UTF-8, and a line
/// feed always ends a grapheme cluster, so searching the bytes (memchr) finds the same places
/// at a fraction of the cost.
extension Substring {
  /// Calls `body` with each part of the text between `separator` bytes, in order, empty parts
  /// included; a text without the separator is one part.
  func forEachPart(separatedBy separator: UInt8, _ body: (Substring) -> Void) {
    var text = self
    let utf8 = self.utf8
    // Offsets inside `withUTF8`, which lends the bytes; the parts are cut from `self` by them.
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else {
        body(self)
        return
      }
      var start = 0
      while true {
        let end: Int
        if let found = memchr(base + start, Int32(separator), bytes.count - start) {
          end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        } else {
          end = bytes.count
        }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        body(self[lower..<upper])
        guard end < bytes.count else { return }
        start = end + 1
      }
    }
  }
}

extension String {
  /// Calls `body` with each part of the text between `separator` bytes, in order, empty parts
  /// included; a text without the separator is one part.
  func forEachPart(separatedBy separator: UInt8, _ body: (Substring) -> Void) {
    self[...].forEachPart(separatedBy: separator, body)
  }

  /// The text with every run of `separator` bytes replaced by one `replacement` byte, and those
  /// at either end dropped: what `split(separator:).joined(separator:)` gives for one-byte
  /// separators, without a Substring per part.
  func joiningParts(separatedBy separator: UInt8, with replacement: UInt8) -> String {
    var text = self
    return text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { output in
        var written = 0
        var pending = false
        for byte in bytes {
          if byte == separator {
            pending = written > 0
            continue
          }
          if pending {
            output[written] = replacement
            written += 1
            pending = false
          }
          output[written] = byte
          written += 1
        }
        return written
      }
    }
  }
}
