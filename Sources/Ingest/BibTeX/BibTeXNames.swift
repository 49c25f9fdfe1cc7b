import ReviewModel

/// Reads a BibTeX name list (`author`, `editor`) as BibTeX itself splits it: names separated by
/// `and` outside braces, each `von Last, First`, `von Last, Jr, First` or `First von Last`, and a
/// name wholly in braces (`{World Health Organization}`) kept whole, as a collective author.
enum BibTeXNames {
  /// The authors of a raw (LaTeX) name list; `and others` (et al.) names no one.
  static func authors(_ value: String) -> [Author] {
    let bytes = Array(value.utf8)
    return names(in: bytes[...]).compactMap(author)
  }

  /// The names of a list, split at ` and ` outside braces, each trimmed.
  private static func names(in bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    var names: [ArraySlice<UInt8>] = []
    var depth = 0
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x7B {
        depth += 1
      } else if byte == 0x7D {
        depth = max(0, depth - 1)
      } else if depth == 0 && isSpace(byte) && index + 4 < bytes.endIndex
        && (bytes[index + 1] | 0x20) == 0x61 && (bytes[index + 2] | 0x20) == 0x6E
        && (bytes[index + 3] | 0x20) == 0x64 && isSpace(bytes[index + 4])
      {
        names.append(trimmed(bytes[start..<index]))
        index += 4
        start = index
        continue
      }
      index += 1
    }
    names.append(trimmed(bytes[start..<bytes.endIndex]))
    return names.filter { !$0.isEmpty }
  }

  private static func author(_ name: ArraySlice<UInt8>) -> Author? {
    if name.elementsEqual("others".utf8) { return nil }
    if name.first == 0x7B, closingBrace(of: name.startIndex, in: name) == name.endIndex - 1 {
      let inner = LaTeXText.plain(text(name.dropFirst().dropLast()))
      return inner.isEmpty ? nil : .collective(inner)
    }
    let parts = split(name, atTopLevel: { $0 == 0x2C }).map(trimmed)
    let family: String
    let given: String
    switch parts.count {
    case 1:
      let words = split(name, atTopLevel: { isSpace($0) || $0 == 0x7E }).filter { !$0.isEmpty }
      if words.count >= 4, words.contains(where: isCollectiveWord) {
        return .collective(LaTeXText.plain(text(name)))
      }
      // The family name is the last word, with the lower-case words (von, de la) before it.
      var familyStart = words.count - 1
      if let firstLower = words.dropLast().firstIndex(where: { $0.first.map(isLowercase) == true })
      {
        familyStart = firstLower
      }
      family = words[familyStart...].map(text).joined(separator: " ")
      given = words[..<familyStart].map(text).joined(separator: " ")
    case 2:
      family = text(parts[0])
      given = text(parts[1])
    default:
      family = text(parts[0])
      given = text(parts[2]) + " " + text(parts[1])
    }
    let plainFamily = LaTeXText.plain(family)
    let plainGiven = LaTeXText.plain(given)
    if plainFamily.isEmpty {
      return plainGiven.isEmpty ? nil : .person(family: plainGiven)
    }
    return .person(family: plainFamily, given: plainGiven.isEmpty ? nil : plainGiven)
  }

  /// Words that make a long name without a comma an organisation rather than a person.
  private static func isCollectiveWord(_ word: ArraySlice<UInt8>) -> Bool {
    let collectiveWords: [String] = [
      "group", "collaborative", "collaboration", "consortium", "organization", "organisation",
      "committee", "society", "association", "network", "investigators", "team", "council",
      "institute",
    ]
    let lower = String(
      decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    return collectiveWords.contains(lower)
  }

  /// The pieces of `bytes` between separators that stand outside braces.
  private static func split(_ bytes: ArraySlice<UInt8>, atTopLevel isSeparator: (UInt8) -> Bool)
    -> [ArraySlice<UInt8>]
  {
    var pieces: [ArraySlice<UInt8>] = []
    var depth = 0
    var start = bytes.startIndex
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == 0x7B {
        depth += 1
      } else if byte == 0x7D {
        depth = max(0, depth - 1)
      } else if depth == 0 && isSeparator(byte) {
        pieces.append(bytes[start..<index])
        start = index + 1
      }
    }
    pieces.append(bytes[start..<bytes.endIndex])
    return pieces
  }

  /// The index of the brace that closes the one at `open`, or nil.
  private static func closingBrace(of open: Int, in bytes: ArraySlice<UInt8>) -> Int? {
    var depth = 0
    for index in open..<bytes.endIndex {
      if bytes[index] == 0x7B {
        depth += 1
      } else if bytes[index] == 0x7D {
        depth -= 1
        if depth == 0 { return index }
      }
    }
    return nil
  }

  private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper && isSpace(bytes[lower]) { lower += 1 }
    while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
    return bytes[lower..<upper]
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func isLowercase(_ byte: UInt8) -> Bool {
    byte >= 0x61 && byte <= 0x7A
  }

  private static func text(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }
}
