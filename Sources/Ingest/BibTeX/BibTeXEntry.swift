import ReviewModel

/// One field of a BibTeX entry: its name as written and its value, macros expanded and parts
/// concatenated, still in LaTeX.
struct BibTeXField {
  var name: String
  var value: String
  /// The line of the field's name.
  var line: Int
}

/// A BibTeX entry as read, before it is interpreted.
struct BibTeXEntry {
  /// The entry type, lower-cased: `article`, `inproceedings`.
  var type: String
  /// The citation key (`smith_twitter_2019`); empty when the entry has none.
  var key: String
  /// Where the entry's `@` stands.
  var line: SourceLocation
  var fields: [BibTeXField] = []
}
