/// One field of a RIS record as text, before it is interpreted.
struct RISField {
  var tag: RISTag
  /// The value, trimmed, with its continuation lines.
  ///
  /// Continuation lines follow after `\n`, or after `\n\n` where blank lines stood between
  /// them; ``isContinued`` says whether there are any.
  var value: String
  /// The line of the tag.
  var line: Int
  var isContinued: Bool
}

/// A RIS record as read: its fields in file order, before they are interpreted.
struct RISEntry {
  var fields: [RISField] = []
}
