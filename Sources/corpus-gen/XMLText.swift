/// XML escaping on top of ``BufferedFileWriter``: text content and attribute values.
extension BufferedFileWriter {
  /// Appends `text` as XML character data: `&`, `<` and `>` escaped, inline markup (see
  /// ``InlineMarkup``) written as `<i>`, `<sup>` and `<sub>` elements.
  func writeXMLText(_ text: String) {
    writeEscaped(text, escapingQuotes: false)
  }

  /// Appends `text` as the value of a double-quoted attribute: `&`, `<`, `>` and `"` escaped.
  func writeXMLAttribute(_ text: String) {
    writeEscaped(InlineMarkup.plain(text), escapingQuotes: true)
  }

  private func writeEscaped(_ text: String, escapingQuotes: Bool) {
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        let replacement: String?
        var width = 1
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\"") where escapingQuotes: replacement = "&quot;"
        case 0xEE where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] <= 0x85:
          replacement = InlineMarkup.xmlTags[Int(bytes[index + 2] - 0x80)]
          width = 3
        default: replacement = nil
        }
        if let replacement {
          if index > runStart {
            write(bytes: bytes[runStart..<index])
          }
          write(replacement)
          index += width
          runStart = index
        } else {
          index += 1
        }
      }
      if count > runStart {
        write(bytes: bytes[runStart..<count])
      }
    }
  }
}
