/// Writes SAX events back out as XML text: elements with their prefixes, namespace
/// declarations and attributes, and escaped text.
///
/// What the parser decoded stays decoded (`&#x3b2;` comes back as `β`), empty elements come
/// back as a start and an end tag, and attributes that only a DTD's defaults supplied are left
/// out; otherwise the text reads as the document did. Comments and processing instructions are
/// not events here, so they are not written.
package struct XMLEventSerializer {
  private var bytes: [UInt8] = []

  package init() {
    bytes.reserveCapacity(16 * 1024)
  }

  /// Writes a start tag.
  package mutating func start(_ tag: XMLStartTag) {
    bytes.append(UInt8(ascii: "<"))
    appendName(tag.localName, prefix: tag.prefix)
    if let namespaces = tag.namespaces {
      for index in 0..<tag.namespaceCount {
        bytes.append(contentsOf: " xmlns".utf8)
        if let prefix = namespaces[2 * index] {
          bytes.append(UInt8(ascii: ":"))
          appendCString(prefix)
        }
        bytes.append(contentsOf: "=\"".utf8)
        if let uri = namespaces[2 * index + 1] {
          for byte in UnsafeBufferPointer(start: uri, count: length(uri)) {
            appendEscaped(byte)
          }
        }
        bytes.append(UInt8(ascii: "\""))
      }
    }
    if let attributes = tag.attributes {
      for index in 0..<(tag.attributeCount - tag.defaultedCount) {
        let base = index * 5
        guard let local = attributes[base], let start = attributes[base + 3],
          let end = attributes[base + 4]
        else { continue }
        bytes.append(UInt8(ascii: " "))
        appendName(local, prefix: attributes[base + 1])
        bytes.append(contentsOf: "=\"".utf8)
        XMLBytes.forEachAttributeByte(UnsafeBufferPointer(start: start, count: end - start)) {
          appendEscaped($0)
        }
        bytes.append(UInt8(ascii: "\""))
      }
    }
    bytes.append(UInt8(ascii: ">"))
  }

  /// Writes an end tag.
  package mutating func end(_ tag: XMLEndTag) {
    bytes.append(contentsOf: "</".utf8)
    appendName(tag.localName, prefix: tag.prefix)
    bytes.append(UInt8(ascii: ">"))
  }

  /// Writes text, escaping the characters markup needs escaped.
  package mutating func text(_ text: UnsafeBufferPointer<UInt8>) {
    appendEscaped(text)
  }

  /// The text written so far, which is then forgotten.
  package mutating func take() -> String {
    defer { bytes.removeAll(keepingCapacity: true) }
    return String(decoding: bytes, as: UTF8.self)
  }

  private mutating func appendName(
    _ localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?
  ) {
    if let prefix {
      appendCString(prefix)
      bytes.append(UInt8(ascii: ":"))
    }
    appendCString(localName)
  }

  private mutating func appendCString(_ string: UnsafePointer<UInt8>) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: string, count: length(string)))
  }

  private func length(_ string: UnsafePointer<UInt8>) -> Int {
    var count = 0
    while string[count] != 0 { count += 1 }
    return count
  }

  /// Appends text, escaping `&`, `<` and `>` (the last only matters in `]]>`, but escaping
  /// every one is simpler); runs of plain bytes are copied at once.
  ///
  /// Text is nearly all plain, so it is scanned eight bytes at a time for a byte that needs an
  /// escape (`&`, `<`, `>` or a carriage return), and only such a block is looked at byte by
  /// byte. (SIMD16 masks, tried first, were several times slower than this.)
  private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
    guard let base = text.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    var plainStart = 0
    var index = 0
    while index < text.count {
      if index + 8 <= text.count
        && !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      {
        index += 8
        continue
      }
      // A block that holds a byte to escape, or the last few bytes: one byte at a time.
      let blockEnd = min(index + 8, text.count)
      while index < blockEnd {
        let byte = text[index]
        index += 1
        guard let escape = Self.escape(byte, inAttribute: false) else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart..<index - 1]))
        bytes.append(
          contentsOf: UnsafeBufferPointer(
            start: escape.utf8Start, count: escape.utf8CodeUnitCount))
        plainStart = index
      }
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart...]))
  }

  /// True when one of the eight bytes of `word` is `&`, `<`, `>` or a carriage return.
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte of `word ^ pattern` is zero where `word` has the pattern's byte; the classic test
    // for a zero byte is exact about whether there is one.
    func hasByte(_ byte: UInt8) -> Bool {
      let x = word ^ (ones &* UInt64(byte))
      return (x &- ones) & ~x & highs != 0
    }
    return hasByte(UInt8(ascii: "&")) || hasByte(UInt8(ascii: "<"))
      || hasByte(UInt8(ascii: ">")) || hasByte(0x0D)
  }

  /// Appends one byte of an attribute value, escaped for a double-quoted value.
  private mutating func appendEscaped(_ byte: UInt8) {
    if let escape = Self.escape(byte, inAttribute: true) {
      bytes.append(
        contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
    } else {
      bytes.append(byte)
    }
  }

  private static func escape(_ byte: UInt8, inAttribute: Bool) -> StaticString? {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "<"): "&lt;"
    case UInt8(ascii: ">"): "&gt;"
    case UInt8(ascii: "\"") where inAttribute: "&quot;"
    // Read back, these would be normalised to spaces in an attribute, or dropped as a line end.
    case 0x09 where inAttribute: "&#9;"
    case 0x0A where inAttribute: "&#10;"
    case 0x0D: "&#13;"
    default: nil
    }
  }
}
