import CLibXML2

/// Receives the events of an ``XMLPushParser``, or of an ``XMLEventPlayer`` playing them back,
/// in document order.
///
/// The events borrow memory: their pointers are valid only during the call, so a handler copies
/// what it keeps. Element names keep their address for the life of the parser or player, so a
/// handler may cache what a name means by its address.
package protocol XMLEventHandler: AnyObject {
  /// An element starts.
  func startElement(_ tag: XMLStartTag)
  /// The innermost open element ends.
  func endElement(_ tag: XMLEndTag)
  /// Text inside the current element (decoded, UTF-8); one text node may arrive in pieces.
  func characters(_ text: UnsafeBufferPointer<UInt8>)
  /// Something odd that libxml2 parsed past (a warning, not an error).
  func warning(_ warning: XMLReadError)
}

/// A start tag as libxml2's SAX2 parser reports it: names, namespace declarations and
/// attributes, all borrowed for the duration of the callback.
package struct XMLStartTag {
  /// The local name, NUL-terminated UTF-8 (`math` for `mml:math`).
  package let localName: UnsafePointer<UInt8>
  /// The prefix (`mml`), if the name has one.
  package let prefix: UnsafePointer<UInt8>?
  /// The line the start tag ends on.
  package let line: Int
  /// The parser, for ``startOffset``.
  let context: xmlParserCtxtPtr?
  /// Namespace declarations on this element: `namespaceCount` pairs of prefix (nil for the
  /// default namespace) and URI.
  let namespaceCount: Int
  let namespaces: UnsafePointer<UnsafePointer<UInt8>?>?
  /// Attributes, five pointers each: local name, prefix, URI, value start, value end.
  ///
  /// The last `defaultedCount` were not in the document but came from a DTD's defaults.
  let attributeCount: Int
  let defaultedCount: Int
  let attributes: UnsafePointer<UnsafePointer<UInt8>?>?
  /// Where the tag begins, as an ``XMLEventTape`` recorded it: the tag's ``startOffset`` when
  /// there is no `context` to ask.
  var recordedStartOffset: Int? = nil

  /// The value of the attribute whose local name is `name`, or nil when there is none.
  package func attribute(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
    guard let attributes else { return nil }
    for index in 0..<attributeCount {
      let base = index * 5
      guard let local = attributes[base], XMLBytes.equal(local, name),
        let start = attributes[base + 3], let end = attributes[base + 4]
      else { continue }
      return UnsafeBufferPointer(start: start, count: end - start)
    }
    return nil
  }

  /// True when the attribute `name` is present with exactly the value `value`.
  package func attribute(_ name: StaticString, is value: StaticString) -> Bool {
    guard let found = attribute(name) else { return false }
    return found.count == value.utf8CodeUnitCount
      && found.elementsEqual(UnsafeBufferPointer(start: value.utf8Start, count: found.count))
  }

  /// The value of the attribute `name` as a String, or nil when there is none.
  package func attributeString(_ name: StaticString) -> String? {
    guard let value = attribute(name) else { return nil }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(value.count)
    XMLBytes.forEachAttributeByte(value) { decoded.append($0) }
    return String(decoding: decoded, as: UTF8.self)
  }
}

/// An end tag: the names of the element that ends, borrowed for the duration of the callback.
package struct XMLEndTag {
  /// The local name, NUL-terminated UTF-8.
  package let localName: UnsafePointer<UInt8>
  /// The prefix, if the name has one.
  package let prefix: UnsafePointer<UInt8>?
  /// The parser, for ``endOffset``.
  let context: xmlParserCtxtPtr?
  /// Where the tag ends, as an ``XMLEventTape`` recorded it: the tag's ``endOffset`` when there
  /// is no `context` to ask.
  var recordedEndOffset: Int? = nil

  /// Where in the document the end tag ends: the offset of the byte after its `>`; nil for
  /// a document libxml2 converts from another encoding than UTF-8 (see
  /// ``XMLStartTag/startOffset``).
  ///
  /// Asked for only where a record ends, not for every element: it is a call into libxml2.
  package var endOffset: Int? {
    guard let context else { return recordedEndOffset }
    guard XMLOffsets.isUTF8(context) else { return nil }
    return Int(xmlByteConsumed(context))
  }
}

extension XMLStartTag {
  /// Where in the document the start tag begins: the offset of its `<`.
  ///
  /// libxml2 reports a start tag with its input just past the tag's `>`, and the whole tag is
  /// in its buffer then (the push parser waits for the `>` before it parses a tag). A `<`
  /// cannot stand inside a tag, not even in an attribute value, so the last one before the
  /// input position is where the tag begins. Asked for only where a record starts.
  ///
  /// Nil for a document in another encoding than UTF-8 (a fuzzer's UTF-7 declaration, say):
  /// libxml2 then parses a UTF-8 conversion, whose distances are not the file's.
  package var startOffset: Int? {
    guard let context else { return recordedStartOffset }
    guard XMLOffsets.isUTF8(context), let input = context.pointee.input,
      let current = input.pointee.cur, let base = input.pointee.base
    else { return nil }
    var opening = current
    while opening > base && opening.pointee != UInt8(ascii: "<") {
      opening -= 1
    }
    return Int(xmlByteConsumed(context)) - (current - opening)
  }
}

/// Where a record's element stands in its document.
enum XMLOffsets {
  /// From the record's start tag, at `start`, through `end`, its end tag; nil where either is
  /// unknown, or should libxml2 ever report the end before the start (rather than trap on an
  /// inverted range).
  static func range(_ start: Int?, _ end: XMLEndTag) -> Range<Int>? {
    guard let start, start >= 0, let endOffset = end.endOffset, start <= endOffset else {
      return nil
    }
    return start..<endOffset
  }

  /// True when libxml2 reads the document as it is, without converting it to UTF-8 first.
  static func isUTF8(_ context: xmlParserCtxtPtr) -> Bool {
    context.pointee.input?.pointee.buf?.pointee.encoder == nil
  }
}
