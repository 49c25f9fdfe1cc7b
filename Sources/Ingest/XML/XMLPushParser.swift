import CLibXML2
import ReviewModel

/// Runs libxml2's global set-up once, before the first parser.
///
/// Globals are lazy, so the parser's initialiser touches it. `xmlCleanupParser()` is never
/// called: other parsers may still be alive.
private let libxmlInitialized: Void = {
  xmlInitParser()
  clx_silence_generic_errors()
}()

/// A streaming XML parser: libxml2's SAX2 push parser, fed chunk by chunk, reporting each
/// element and text to an ``XMLEventHandler``.
///
/// This layer is written by hand on libxml2 because no Swift package available here offers a
/// streaming SAX2 push parser: FoundationXML's `XMLParser` wants the whole document or a
/// stream it pulls itself, and the wrappers on SwiftPM build trees. SAX2 rather than
/// `xmlTextReader` because it is the fastest interface libxml2 has.
///
/// Safety: the parser never touches the network (`XML_PARSE_NONET`), never loads a DTD
/// (no `DTDLOAD`, no `externalSubset` handler) and expands no entity besides XML's five
/// predefined ones and character references: the `getEntity` handler finds none, so a reference
/// to any other entity (an external one reading `file:///etc/passwd`, or a billion-laughs
/// bomb) is an error, and nothing is ever substituted.
///
/// One parser per document and per task; it is not shared between threads. Generic over its
/// handler so that each event is a direct call, with no existential to copy and retain.
package final class XMLPushParser<Handler: XMLEventHandler> {
  private let context: xmlParserCtxtPtr?
  /// The object the C callbacks reach through libxml2's user-data pointer.
  ///
  /// A stored property, so it lives as long as the context that points at it.
  private let receiver: XMLEventReceiver<Handler>

  /// A parser for one document.
  ///
  /// - Parameters:
  ///   - documentName: the file's name, for libxml2's own records.
  ///   - handler: the receiver of the document's events; the parser keeps it alive.
  package init(documentName: String, handler: Handler) {
    _ = libxmlInitialized
    receiver = XMLEventReceiver(handler)
    var sax = xmlSAXHandler()
    sax.initialized = XML_SAX2_MAGIC
    sax.startElementNs = startElementCallback
    sax.endElementNs = endElementCallback
    sax.characters = charactersCallback
    sax.cdataBlock = charactersCallback
    sax.ignorableWhitespace = charactersCallback
    sax.getEntity = { _, _ in nil }
    sax.serror = errorCallback
    // libxml2 copies the handler table, so `sax` may go when this returns.
    context = xmlCreatePushParserCtxt(
      &sax, Unmanaged.passUnretained(receiver).toOpaque(), nil, 0, documentName)
    if let context {
      xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
      receiver.context = context
    } else {
      receiver.error = XMLReadError(
        code: Int(XML_ERR_NO_MEMORY.rawValue), message: "libxml2 could not create a parser",
        line: 1, column: nil)
    }
  }

  deinit {
    guard let context else { return }
    // Entity declarations in an internal subset go to a scratch document that libxml2 makes
    // for SAX parsers ("SAX compatibility mode") and leaves to the caller to free.
    if let document = context.pointee.myDoc {
      xmlFreeDoc(document)
      context.pointee.myDoc = nil
    }
    xmlFreeParserCtxt(context)
  }

  /// The first error of the document, if there was one.
  package var error: XMLReadError? { receiver.error }

  /// Parses the next bytes of the document, reporting the events they complete.
  ///
  /// - Throws: ``XMLReadError``, the document's first error; again on every later call.
  package func parse(_ bytes: UnsafeRawBufferPointer) throws(XMLReadError) {
    try feed(bytes, isLast: false)
  }

  /// Tells the parser that the document ends here, so that unfinished markup is an error.
  ///
  /// - Throws: ``XMLReadError`` when the document is incomplete or was already in error.
  package func finish() throws(XMLReadError) {
    try feed(UnsafeRawBufferPointer(start: nil, count: 0), isLast: true)
  }

  private func feed(_ bytes: UnsafeRawBufferPointer, isLast: Bool) throws(XMLReadError) {
    if let error = receiver.error { throw error }
    guard let context else { return }
    receiver.isFinishing = isLast
    let status = xmlParseChunk(
      context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
      isLast ? 1 : 0)
    if receiver.error == nil && status != 0 {
      // An error that bypassed the structured handler, such as bytes that are not in the
      // encoding the document declares: libxml2 stops reading there, and what is left would
      // be lost without a word.
      receiver.error = XMLReadError(
        code: Int(status),
        message: "libxml2 stopped reading (error \(status)); the text may not be in the "
          + "encoding the document declares",
        line: Int(xmlSAX2GetLineNumber(context)), column: nil)
    }
    if let error = receiver.error { throw error }
  }
}

@available(*, unavailable)
extension XMLPushParser: Sendable {}

/// What the C callbacks reach through libxml2's user-data pointer: the parse's state, and
/// the events, which ``XMLEventReceiver`` passes to its handler.
///
/// The C callbacks cannot be generic, so they call this class's methods and the generic
/// subclass overrides them. The state sits behind a pointer because Swift checks each access
/// to a class's `var` at run time for overlapping writes, a cost paid on every event otherwise.
private class XMLEventSink {
  let state: UnsafeMutablePointer<State>

  struct State {
    var context: xmlParserCtxtPtr?
    /// The first error; once there is one, events are dropped.
    var error: XMLReadError?
    /// True during the last call to `xmlParseChunk`, when the input has ended.
    var isFinishing = false
  }

  init() {
    state = .allocate(capacity: 1)
    state.initialize(to: State())
  }

  deinit {
    state.deinitialize(count: 1)
    state.deallocate()
  }

  func startElement(_ tag: XMLStartTag) {}
  func endElement(_ tag: XMLEndTag) {}
  func characters(_ text: UnsafeBufferPointer<UInt8>) {}
  func warning(_ warning: XMLReadError) {}

  var context: xmlParserCtxtPtr? {
    get { state.pointee.context }
    set { state.pointee.context = newValue }
  }

  var error: XMLReadError? {
    get { state.pointee.error }
    set { state.pointee.error = newValue }
  }

  var isFinishing: Bool {
    get { state.pointee.isFinishing }
    set { state.pointee.isFinishing = newValue }
  }

  /// Records libxml2's report: warnings go to the handler, the first error is kept.
  func report(_ report: UnsafePointer<xmlError>) {
    guard error == nil else { return }
    let code = Int(report.pointee.code)
    var message = report.pointee.message.map { String(cString: $0) } ?? "error \(code)"
    // libxml2 ends messages with a new line and sometimes spreads them over two.
    message = message.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }.joined(separator: " ")
    let column = report.pointee.int2 > 0 ? Int(report.pointee.int2) : nil
    var found = XMLReadError(
      code: code, message: message, line: Int(report.pointee.line), column: column)
    if report.pointee.level == XML_ERR_WARNING {
      warning(found)
      return
    }
    found.message = explained(found)
    error = found
    // libxml2 already stops reporting events after a fatal error; after a lesser one (an
    // undefined namespace prefix, say) it would go on, but the document is refused all the same.
    context?.pointee.disableSAX = 1
  }

  /// libxml2's message, with what it means for the reader where libxml2's words mislead.
  private func explained(_ error: XMLReadError) -> String {
    switch error.code {
    case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue):
      return error.message
        + " (litrev expands only XML's predefined entities and character references, never"
        + " entities declared in a DTD: they can read local files or grow without bound)"
    case Int(XML_ERR_DOCUMENT_END.rawValue) where isFinishing:
      // At the end of the input libxml2 says "Extra content at the end of the document"
      // whatever is wrong; when elements are still open, the file was cut short.
      guard let context, context.pointee.instate != XML_PARSER_EPILOG else {
        return error.message
      }
      if context.pointee.nameNr > 0, let name = context.pointee.name {
        return "the file ends inside <\(String(cString: name))>, before its end tag:"
          + " it is truncated"
      }
      return "the file ends before its root element is complete: it is truncated"
    default:
      return error.message
    }
  }
}

/// The sink that passes events to a handler of a known type.
private final class XMLEventReceiver<Handler: XMLEventHandler>: XMLEventSink {
  let handler: Handler

  init(_ handler: Handler) {
    self.handler = handler
  }

  override func startElement(_ tag: XMLStartTag) { handler.startElement(tag) }
  override func endElement(_ tag: XMLEndTag) { handler.endElement(tag) }
  override func characters(_ text: UnsafeBufferPointer<UInt8>) { handler.characters(text) }
  override func warning(_ warning: XMLReadError) { handler.warning(warning) }
}

/// Calls `body` with the sink behind libxml2's user-data pointer, without retaining it: the
/// parser owns it and outlives every callback.
@inline(__always)
private func withSink(_ userData: UnsafeMutableRawPointer?, _ body: (XMLEventSink) -> Void) {
  guard let userData else { return }
  Unmanaged<XMLEventSink>.fromOpaque(userData)._withUnsafeGuaranteedRef(body)
}

private let startElementCallback: startElementNsSAX2Func = {
  userData, localName, prefix, _, namespaceCount, namespaces, attributeCount, defaultedCount,
  attributes in
  withSink(userData) { sink in
    let state = sink.state
    guard state.pointee.error == nil, let localName else { return }
    let line = state.pointee.context?.pointee.input.map { Int($0.pointee.line) } ?? 0
    sink.startElement(
      XMLStartTag(
        localName: localName, prefix: prefix, line: line, context: state.pointee.context,
        namespaceCount: Int(namespaceCount), namespaces: UnsafePointer(namespaces),
        attributeCount: Int(attributeCount), defaultedCount: Int(defaultedCount),
        attributes: UnsafePointer(attributes)))
  }
}

private let endElementCallback: endElementNsSAX2Func = { userData, localName, prefix, _ in
  withSink(userData) { sink in
    guard sink.state.pointee.error == nil, let localName else { return }
    sink.endElement(
      XMLEndTag(localName: localName, prefix: prefix, context: sink.state.pointee.context))
  }
}

private let charactersCallback: charactersSAXFunc = { userData, bytes, count in
  withSink(userData) { sink in
    guard sink.state.pointee.error == nil, let bytes, count > 0 else { return }
    sink.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
  }
}

private let errorCallback: xmlStructuredErrorFunc = { userData, report in
  withSink(userData) { sink in
    guard let report else { return }
    sink.report(report)
  }
}
