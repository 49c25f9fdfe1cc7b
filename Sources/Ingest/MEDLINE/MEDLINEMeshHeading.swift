import ReviewModel

/// Reads a MEDLINE `MH` value, `Descriptor/Qualifier/Qualifier*`, on its bytes.
///
/// The same reading as ``MeshHeading/init(medlineText:)``, which the store uses for headings
/// read back, but without its array of parts and the Substring and trimming per part: a record
/// has a dozen headings, and that initialiser was a fifth of the MEDLINE reader's time in
/// profiles. Text that is not all ASCII goes to it, so that trimming white space outside ASCII
/// stays its business.
enum MEDLINEMeshHeading {
  static func heading(_ text: String) -> MeshHeading {
    var copy = text
    let read = copy.withUTF8 { bytes -> MeshHeading? in
      var isMajor = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte == 0x2A { isMajor = true }
      }
      var descriptor: String?
      var qualifiers: [String] = []
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x2F { end += 1 }
        if end > start {
          let part = Self.part(UnsafeBufferPointer(rebasing: bytes[start..<end]), isMajor: isMajor)
          if descriptor == nil { descriptor = part } else { qualifiers.append(part) }
        }
        start = end + 1
      }
      return MeshHeading(
        descriptor: descriptor ?? "", qualifiers: qualifiers, isMajorTopic: isMajor)
    }
    return read ?? MeshHeading(medlineText: text)
  }

  /// One part, ASCII, trimmed of white space, without its `*` where the heading has one.
  private static func part(_ bytes: UnsafeBufferPointer<UInt8>, isMajor: Bool) -> String {
    var lower = 0
    var upper = bytes.count
    // Trimmed after the `*`s are taken out, as the initialiser does: skip them here too.
    func isSkipped(_ byte: UInt8) -> Bool {
      byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (isMajor && byte == 0x2A)
    }
    while lower < upper && isSkipped(bytes[lower]) { lower += 1 }
    while upper > lower && isSkipped(bytes[upper - 1]) { upper -= 1 }
    let trimmed = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    guard isMajor && trimmed.contains(0x2A) else {
      return String(decoding: trimmed, as: UTF8.self)
    }
    return String(decoding: trimmed.filter { $0 != 0x2A }, as: UTF8.self)
  }
}
