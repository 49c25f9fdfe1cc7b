/// Text made safe for HTML and XML (SVG): one escaper for every markup litrev writes.
public enum MarkupText {
  /// `text` safe inside an element or a double- or single-quoted attribute, of HTML or of XML.
  ///
  /// Control characters other than tab and line feed become spaces: XML 1.0 forbids them even
  /// escaped, and HTML has no use for them.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n": result.append(character)
      default:
        if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F
        {
          result += " "
        } else {
          result.append(character)
        }
      }
    }
    return result
  }
}
