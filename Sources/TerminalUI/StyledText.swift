/// A run of text in one style.
public struct StyledSpan: Sendable, Hashable {
  public var text: String
  public var style: TextStyle

  public init(_ text: String, style: TextStyle = .plain) {
    self.text = text
    self.style = style
  }
}

/// One line of a terminal screen: spans of styled text, with no line break inside.
public struct StyledLine: Sendable, Hashable, ExpressibleByStringLiteral {
  public var spans: [StyledSpan]

  public init(_ spans: [StyledSpan] = []) {
    self.spans = spans
  }

  public init(_ text: String, style: TextStyle = .plain) {
    spans = [StyledSpan(text, style: style)]
  }

  public init(stringLiteral text: String) {
    self.init(text)
  }

  /// The text without its styles.
  public var plainText: String { spans.map(\.text).joined() }

  /// The number of terminal columns the line takes.
  public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

  /// Appends a span.
  public mutating func append(_ text: String, style: TextStyle = .plain) {
    guard !text.isEmpty else { return }
    if let last = spans.last, last.style == style {
      spans[spans.count - 1].text += text
    } else {
      spans.append(StyledSpan(text, style: style))
    }
  }

  /// The line cut to `columns`, ending in `…` when anything was cut.
  ///
  /// - Parameter columns: the width available.
  /// - Returns: a line no wider than `columns`.
  public func truncated(to columns: Int) -> StyledLine {
    guard width > columns else { return self }
    guard columns > 0 else { return StyledLine() }
    var result = StyledLine()
    var used = 0
    let room = columns - 1  // for the ellipsis
    for span in spans {
      var kept = ""
      for character in span.text {
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > room { break }
        kept.append(character)
        used += characterWidth
      }
      result.append(kept, style: span.style)
      if used >= room || kept.count < span.text.count { break }
    }
    result.append("…", style: result.spans.last?.style ?? .plain)
    return result
  }

  /// The terminal text of the line: escape sequences around each styled span when
  /// `usesColor`; reverse video and underlines stay without colour, plain text without style.
  ///
  /// - Parameter usesColor: whether colours may be written.
  /// - Returns: the text to write.
  public func rendered(usesColor: Bool) -> String {
    var output = ""
    for span in spans {
      let style = usesColor ? span.style : span.style.withoutColor
      if style.isPlain || !usesColor && !style.isReversed && !style.isUnderlined {
        output += span.text
      } else {
        output += EscapeSequence.style(style).text + span.text + EscapeSequence.resetStyle.text
      }
    }
    return output
  }
}
