/// Trimming on the bytes of a line, shared by the line-based readers: a value is cut out of its
/// line without decoding it.
extension UnsafeRawBufferPointer {
  /// `self[from...]` without the spaces and tabs around it.
  func trimmingSpacesAndTabs(from start: Int) -> UnsafeRawBufferPointer {
    var lower = start
    var upper = count
    while lower < upper && (self[lower] == 0x20 || self[lower] == 0x09) { lower += 1 }
    while upper > lower && (self[upper - 1] == 0x20 || self[upper - 1] == 0x09) { upper -= 1 }
    return UnsafeRawBufferPointer(rebasing: self[lower..<upper])
  }
}
