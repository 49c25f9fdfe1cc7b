#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds a term's words in a ``FoldedText``: in order, next to each other, within one value,
/// each whole or (for a wildcard) as a prefix of a word.
struct TermMatcher: Sendable, Hashable {
  private struct Word: Sendable, Hashable {
    var bytes: [UInt8]
    var isPrefix: Bool
  }

  private let words: [Word]

  init(_ patterns: [WordPattern]) {
    words = patterns.map { Word(bytes: Array($0.text.utf8), isPrefix: $0.isPrefix) }
  }

  /// True when the term occurs in `text`.
  func matches(_ text: FoldedText) -> Bool {
    firstMatch(in: text.bytes, from: 0) != nil
  }

  /// Every occurrence of the term in `text`, as ranges of its folded bytes, in order and not
  /// overlapping.
  func matches(in text: FoldedText) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var start = 0
    while let match = firstMatch(in: text.bytes, from: start) {
      found.append(match)
      start = match.upperBound
    }
    return found
  }

  /// The first occurrence at or after `start`.
  private func firstMatch(in bytes: [UInt8], from start: Int) -> Range<Int>? {
    guard let first = words.first, !first.bytes.isEmpty else { return nil }
    let firstByte = first.bytes[0]
    return bytes.withUnsafeBufferPointer { haystack -> Range<Int>? in
      guard let base = haystack.baseAddress else { return nil }
      var offset = start
      while offset < haystack.count {
        // memchr finds the first byte of the term quickly; the rest is checked in place.
        guard let hit = memchr(base + offset, Int32(firstByte), haystack.count - offset) else {
          return nil
        }
        let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if position > 0, Self.isSeparator(haystack[position - 1]),
          let end = matchEnd(in: haystack, at: position)
        {
          return position..<end
        }
        offset = position + 1
      }
      return nil
    }
  }

  /// Where the term ends when it starts at `position` (the start of a word), or nil when it
  /// does not occur there.
  private func matchEnd(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
    var cursor = position
    for (index, word) in words.enumerated() {
      if index > 0 {
        guard cursor < bytes.count, bytes[cursor] == FoldedText.wordSeparator else { return nil }
        cursor += 1
      }
      guard cursor + word.bytes.count <= bytes.count else { return nil }
      for byte in word.bytes {
        guard bytes[cursor] == byte else { return nil }
        cursor += 1
      }
      if word.isPrefix {
        while cursor < bytes.count, !Self.isSeparator(bytes[cursor]) { cursor += 1 }
      } else if cursor < bytes.count, !Self.isSeparator(bytes[cursor]) {
        return nil
      }
    }
    return cursor
  }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == FoldedText.wordSeparator || byte == FoldedText.valueSeparator
  }
}
