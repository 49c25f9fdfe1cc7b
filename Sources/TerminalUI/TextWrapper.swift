/// Wraps styled text into lines of a given width, breaking between words.
///
/// A word wider than the whole line is broken at the width. Styles stay with their words, so a
/// highlighted term keeps its highlight across a line break.
public struct TextWrapper: Sendable {
  public var width: Int

  public init(width: Int) {
    self.width = max(width, 1)
  }

  /// The lines that `text` fills.
  ///
  /// - Parameter text: spans of styled text; a `\n` inside a span starts a new paragraph.
  /// - Returns: lines no wider than ``width``.
  public func wrap(_ text: [StyledSpan]) -> [StyledLine] {
    var lines: [StyledLine] = []
    var line = StyledLine()
    var lineWidth = 0
    var pendingSpace: TextStyle?

    func endLine() {
      lines.append(line)
      line = StyledLine()
      lineWidth = 0
      pendingSpace = nil
    }

    func place(_ word: Substring, style: TextStyle) {
      var word = word
      var wordWidth = DisplayWidth.of(String(word))
      let spaceWidth = pendingSpace == nil ? 0 : 1
      if lineWidth > 0, lineWidth + spaceWidth + wordWidth > width { endLine() }
      if let spaceStyle = pendingSpace, lineWidth > 0 {
        line.append(" ", style: spaceStyle)
        lineWidth += 1
      }
      pendingSpace = nil
      while wordWidth > width - lineWidth {
        var taken = ""
        var takenWidth = 0
        for character in word {
          let characterWidth = DisplayWidth.of(character)
          if lineWidth + takenWidth + characterWidth > width { break }
          taken.append(character)
          takenWidth += characterWidth
        }
        if taken.isEmpty && lineWidth == 0 { taken = String(word.prefix(1)) }
        line.append(taken, style: style)
        word = word.dropFirst(taken.count)
        wordWidth -= takenWidth
        endLine()
      }
      line.append(String(word), style: style)
      lineWidth += wordWidth
    }

    for span in text {
      let paragraphs = span.text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, paragraph) in paragraphs.enumerated() {
        if index > 0 { endLine() }
        var word = Substring()
        var wordStart = paragraph.startIndex
        for position in paragraph.indices {
          if paragraph[position] == " " {
            word = paragraph[wordStart..<position]
            if !word.isEmpty { place(word, style: span.style) }
            if lineWidth > 0 { pendingSpace = span.style }
            wordStart = paragraph.index(after: position)
          }
        }
        word = paragraph[wordStart...]
        if !word.isEmpty { place(word, style: span.style) }
      }
    }
    if !line.spans.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
