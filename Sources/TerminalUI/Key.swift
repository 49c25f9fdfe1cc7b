/// One key press, as the terminal sent it.
public enum Key: Sendable, Hashable {
  /// A printable character, including any non-ASCII one.
  case character(Character)
  /// A letter pressed with Control (`.control("c")` is Ctrl-C); always lower-case.
  case control(Character)
  case enter, tab, backspace, escape, delete
  case up, down, left, right, home, end, pageUp, pageDown
  /// A sequence the decoder does not know, kept so that it can be ignored without losing sync.
  case unknown([UInt8])
}
