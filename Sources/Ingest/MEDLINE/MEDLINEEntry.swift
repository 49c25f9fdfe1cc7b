/// One field of a MEDLINE record as text, before it is interpreted.
struct MEDLINEField {
  var tag: MEDLINETag
  /// The value, trimmed, its continuation lines joined by spaces.
  var value: String
  /// The line of the tag.
  var line: Int
}

/// A MEDLINE record as read: its fields in file order, before they are interpreted.
struct MEDLINEEntry {
  var fields: [MEDLINEField] = []
}
