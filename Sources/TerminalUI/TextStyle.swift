/// How a run of text looks: a colour and attributes that every terminal since the VT100 knows.
public struct TextStyle: Sendable, Hashable {
  /// The eight ANSI colours, which follow the user's terminal theme.
  public enum Color: Int, Sendable, Hashable {
    case black, red, green, yellow, blue, magenta, cyan, white
  }

  public var foreground: Color?
  public var isBold = false
  public var isDim = false
  public var isUnderlined = false
  /// Swaps foreground and background: visible even without colour, so highlights survive
  /// `NO_COLOR` as underlines and reverse video only.
  public var isReversed = false

  public init(
    foreground: Color? = nil, isBold: Bool = false, isDim: Bool = false,
    isUnderlined: Bool = false, isReversed: Bool = false
  ) {
    self.foreground = foreground
    self.isBold = isBold
    self.isDim = isDim
    self.isUnderlined = isUnderlined
    self.isReversed = isReversed
  }

  public static let plain = TextStyle()
  public static let bold = TextStyle(isBold: true)
  public static let dim = TextStyle(isDim: true)

  /// True when the style changes nothing.
  public var isPlain: Bool { self == .plain }

  /// This style without its colour, for terminals (or users) that want none.
  public var withoutColor: TextStyle {
    var copy = self
    copy.foreground = nil
    return copy
  }

  /// The SGR parameters, reset first so that styles never leak into each other.
  var parameters: [Int] {
    var result = [0]
    if isBold { result.append(1) }
    if isDim { result.append(2) }
    if isUnderlined { result.append(4) }
    if isReversed { result.append(7) }
    if let foreground { result.append(30 + foreground.rawValue) }
    return result
  }
}
