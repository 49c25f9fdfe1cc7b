/// How a field's continuation lines are joined, which depends on what the field holds: a title
/// wrapped over lines is one line of text, a keyword field continued over lines (EndNote, Rayyan)
/// is several keywords, an abstract may be several paragraphs.
extension RISField {
  /// The value as one line: continuation lines joined by spaces (titles, journal names).
  var wrappedText: String {
    guard isContinued else { return value }
    return value.joiningParts(separatedBy: 0x0A, with: 0x20)
  }

  /// Calls `body` with each value the field holds, one a line, each line also split at `;` where
  /// `splitsAtSemicolons` (keywords, names and languages that exporters write several to a line).
  func forEachValue(splitsAtSemicolons: Bool, _ body: (Substring) -> Void) {
    let hasSemicolon = splitsAtSemicolons && value.containsByte(0x3B)
    guard isContinued || hasSemicolon else {
      body(value[...])
      return
    }
    // On the bytes (see `forEachPart`): this runs for every author and keyword.
    value.forEachPart(separatedBy: 0x0A) { line in
      guard !line.isEmpty else { return }
      guard hasSemicolon && line.containsByte(0x3B) else {
        body(line)
        return
      }
      line.forEachPart(separatedBy: 0x3B) { part in
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
    value.forEachPart(separatedBy: 0x0A) { line in
      guard !line.isEmpty else {
        blankBefore = true
        return
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
    // The last byte rather than the last Character: a sentence ends with ASCII punctuation,
    // which is a Character of its own at the end of a line.
    guard let end = previous.utf8.last,
      end == 0x2E || end == 0x3A || end == 0x3F || end == 0x21,
      let firstByte = line.utf8.first
    else { return false }
    let second = line.utf8.dropFirst().first ?? 0
    if firstByte < 0x80 && second < 0x80 {
      // An ASCII character with no combining mark after it: no grapheme breaking needed.
      return (firstByte >= 0x41 && firstByte <= 0x5A) || (firstByte >= 0x30 && firstByte <= 0x39)
        || firstByte == 0x2A || firstByte == 0x2D
    }
    guard let first = line.first else { return false }
    return first.isUppercase || first.isNumber || first == "•" || first == "*" || first == "-"
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> Substring {
    // On the UTF-8 view: the bytes trimmed are ASCII, so the indices found are character
    // boundaries, and no grapheme breaking is needed to find them.
    let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    // Most values come trimmed already (the readers trim each line): look at the ends first.
    guard let head = utf8.first, let tail = utf8.last else { return self }
    if !isSpace(head) && !isSpace(tail) { return self }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }),
      let last = utf8.lastIndex(where: { !isSpace($0) })
    else { return self[endIndex...] }
    return self[first...last]
  }
}
