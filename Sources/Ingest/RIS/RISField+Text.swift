/// How a field's continuation lines are joined, which depends on what the field holds: a title
/// wrapped over lines is one line of text, a keyword field continued over lines (EndNote, Rayyan)
/// is several keywords, an abstract may be several paragraphs.
extension RISField {
  /// The value as one line: continuation lines joined by spaces (titles, journal names).
  var wrappedText: String {
    guard isContinued else { return value }
    return value.split(separator: "\n").joined(separator: " ")
  }

  /// Calls `body` with each value the field holds, one a line, each line also split at `;` where
  /// `splitsAtSemicolons` (keywords, names and languages that exporters write several to a line).
  func forEachValue(splitsAtSemicolons: Bool, _ body: (Substring) -> Void) {
    let hasSemicolon = splitsAtSemicolons && value.containsByte(0x3B)
    guard isContinued || hasSemicolon else {
      body(value[...])
      return
    }
    for line in value.split(separator: "\n") {
      guard hasSemicolon && line.containsByte(0x3B) else {
        body(line)
        continue
      }
      for part in line.split(separator: ";") {
        let trimmed = part.trimmingSpaces()
        if !trimmed.isEmpty { body(trimmed) }
      }
    }
  }

  /// The value as paragraphs (abstracts): a line after a blank line, or after a sentence that
  /// ends where the next line starts with a capital, a digit or a bullet, begins a new paragraph
  /// (`\n`); any other break is a line wrapped by the exporter and becomes a space.
  var paragraphText: String {
    guard isContinued else { return value }
    var text = ""
    text.reserveCapacity(value.utf8.count)
    var previous: Substring?
    var blankBefore = false
    for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
      guard !line.isEmpty else {
        blankBefore = true
        continue
      }
      if let previous {
        text += blankBefore || Self.startsParagraph(line, after: previous) ? "\n" : " "
      }
      text += line
      previous = line
      blankBefore = false
    }
    return text
  }

  private static func startsParagraph(_ line: Substring, after previous: Substring) -> Bool {
    guard let end = previous.last, end == "." || end == ":" || end == "?" || end == "!",
      let first = line.first
    else { return false }
    return first.isUppercase || first.isNumber || first == "•" || first == "*" || first == "-"
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> Substring {
    // On the UTF-8 view: the bytes trimmed are ASCII, so the indices found are character
    // boundaries, and no grapheme breaking is needed to find them.
    let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }),
      let last = utf8.lastIndex(where: { !isSpace($0) })
    else { return self[endIndex...] }
    return self[first...last]
  }
}
