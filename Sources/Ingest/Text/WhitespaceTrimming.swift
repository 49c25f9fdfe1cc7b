import ReviewModel

extension Substring {
  /// `trimmingWhitespace()`, with the ASCII white space at either end trimmed on the bytes.
  ///
  /// That function looks at Characters once either end is white space, which every item of a
  /// `; `-separated list has; text whose ends are not ASCII once the ASCII is off still goes to
  /// it, so that white space outside ASCII is trimmed as it trims it.
  func trimmingWhitespaceOnBytes() -> String {
    let utf8 = self.utf8
    var lower = utf8.startIndex
    var upper = utf8.endIndex
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    while lower < upper && isSpace(utf8[lower]) { utf8.formIndex(after: &lower) }
    while lower < upper && isSpace(utf8[utf8.index(before: upper)]) {
      utf8.formIndex(before: &upper)
    }
    guard lower < upper else { return "" }
    if utf8[lower] >= 0x80 || utf8[utf8.index(before: upper)] >= 0x80 {
      return trimmingWhitespace()
    }
    return String(self[lower..<upper])
  }
}
