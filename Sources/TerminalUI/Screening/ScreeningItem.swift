import ReviewModel

/// What the screen shows of one record: its text, with the protocol's terms already marked.
///
/// Built by the command from a stored record and the protocol's highlighter, so that this layer
/// needs neither the store nor the query language.
public struct ScreeningItem: Sendable, Hashable {
  public var recordID: Int64
  public var title: [StyledSpan]
  /// Authors, as reference lists show them.
  public var byline: String
  /// Journal, year, the databases the record came from, its identifiers.
  public var details: String
  public var abstract: [StyledSpan]
  /// This reviewer's decision about the record, when one stands (when they come back to a
  /// record they decided, by a search, say).
  public var standingVerdict: Verdict?

  public init(
    recordID: Int64, title: [StyledSpan], byline: String, details: String,
    abstract: [StyledSpan], standingVerdict: Verdict? = nil
  ) {
    self.recordID = recordID
    self.title = title
    self.byline = byline
    self.details = details
    self.abstract = abstract
    self.standingVerdict = standingVerdict
  }
}

/// The styles of terms that suggest inclusion or exclusion.
///
/// They differ without colour too (underline against reverse video), so `NO_COLOR` loses no
/// information.
public enum HighlightStyle {
  public static let includeTerm = TextStyle(foreground: .green, isBold: true, isUnderlined: true)
  public static let excludeTerm = TextStyle(foreground: .red, isReversed: true)

  /// `text` cut into spans, with the include ranges and the exclude ranges styled; where the
  /// two overlap, exclusion wins, since it is the one a reviewer must not miss.
  ///
  /// - Parameters:
  ///   - text: the text shown.
  ///   - include: ranges of `text` matching inclusion terms.
  ///   - exclude: ranges of `text` matching exclusion terms.
  ///   - base: the style of the rest of the text.
  /// - Returns: spans covering all of `text`, in order.
  public static func spans(
    _ text: String, include: [Range<String.Index>], exclude: [Range<String.Index>],
    base: TextStyle = .plain
  ) -> [StyledSpan] {
    var marks: [(Range<String.Index>, TextStyle)] = []
    for range in exclude { marks.append((range, excludeTerm)) }
    for range in include where !exclude.contains(where: { $0.overlaps(range) }) {
      marks.append((range, includeTerm))
    }
    marks.sort { $0.0.lowerBound < $1.0.lowerBound }
    var spans: [StyledSpan] = []
    var position = text.startIndex
    for (range, style) in marks where range.lowerBound >= position {
      if position < range.lowerBound {
        spans.append(StyledSpan(String(text[position..<range.lowerBound]), style: base))
      }
      spans.append(StyledSpan(String(text[range]), style: style))
      position = range.upperBound
    }
    if position < text.endIndex { spans.append(StyledSpan(String(text[position...]), style: base)) }
    return spans
  }
}
