/// Inline markup inside generated text (italic, superscript, subscript), kept as private-use
/// characters until a writer decides what to do with it.
///
/// PubMed XML keeps it as `<i>`, `<sup>` and `<sub>` elements; Embase's RIS drops it and keeps the
/// letters. Private-use code points (U+E000–U+E005) never occur in the vocabulary, so a literal
/// `<` in a sentence (`p < 0.001`) is never mistaken for markup.
enum InlineMarkup {
  /// The tags, in code-point order from U+E000: open and close for `i`, `sup` and `sub`.
  static let xmlTags: [String] = ["<i>", "</i>", "<sup>", "</sup>", "<sub>", "</sub>"]

  /// `text` in italics.
  static func italic(_ text: String) -> String { "\u{E000}\(text)\u{E001}" }

  /// `text` as a superscript.
  static func superscript(_ text: String) -> String { "\u{E002}\(text)\u{E003}" }

  /// `text` as a subscript.
  static func `subscript`(_ text: String) -> String { "\u{E004}\(text)\u{E005}" }

  /// True when `text` holds any markup.
  static func hasMarkup(_ text: String) -> Bool {
    // The markers are EE 80 80 to EE 80 85 in UTF-8; scanning bytes is much faster than scalars.
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var index = 0
      while index + 2 < bytes.count {
        if bytes[index] == 0xEE && bytes[index + 1] == 0x80 && bytes[index + 2] <= 0x85 {
          return true
        }
        index += 1
      }
      return false
    }
    return found ?? text.unicodeScalars.contains { isMarker($0) }
  }

  /// `text` with the markup removed and its letters kept, as plain-text exports show it.
  static func plain(_ text: String) -> String {
    guard hasMarkup(text) else { return text }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isMarker($0) })
    return String(scalars)
  }

  private static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
    (0xE000...0xE005).contains(scalar.value)
  }
}
