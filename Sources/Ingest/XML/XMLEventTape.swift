/// The events libxml2 reported for some chunk of a document, written down so that they can be
/// handed to another thread and replayed there to the reader's builder (see
/// ``XMLRecordCursor``).
///
/// libxml2's events borrow its memory for the length of a callback, so a tape copies what they
/// carry: element names as small numbers (each name is spelt out once, the first time it is
/// met), attribute values and text as bytes, lines and, when asked for, offsets.
final class XMLEventTape: @unchecked Sendable {
  // Sendable by hand: written by one thread, then handed over whole and only read.
  fileprivate let bytes: UnsafeRawBufferPointer
  fileprivate let warnings: [XMLReadError]

  fileprivate init(_ writer: consuming TapeWriter) {
    bytes = UnsafeRawBufferPointer(start: writer.base, count: writer.count)
    warnings = writer.warnings
  }

  deinit {
    bytes.deallocate()
  }

  fileprivate enum Event: UInt8 {
    /// A name's number and its bytes, before the first event that uses it.
    case name
    case start
    case end
    case characters
    case warning
  }

  /// A name's number on the tape; ``none`` for a name that is not there (an absent prefix).
  fileprivate typealias NameNumber = UInt32
  fileprivate static let none = NameNumber.max
  /// An offset that was not recorded.
  fileprivate static let noOffset = Int.min
}

/// A tape being written: raw memory that grows, rather than an array, since a tape takes a few
/// writes per event and an array's appends of raw bytes cost several times a copy.
private struct TapeWriter {
  var base: UnsafeMutableRawPointer
  var count = 0
  var capacity: Int
  var warnings: [XMLReadError] = []

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(byteCount: self.capacity, alignment: 8)
  }

  /// Makes room for `extra` more bytes; each event reserves its fixed part once, then puts it.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(toFit: extra) }
  }

  /// Writes `value` in room already reserved.
  @inline(__always)
  mutating func put<Integer: FixedWidthInteger>(_ value: Integer) {
    base.storeBytes(of: value, toByteOffset: count, as: Integer.self)
    count += MemoryLayout<Integer>.size
  }

  @inline(__always)
  mutating func put(_ event: XMLEventTape.Event) {
    put(event.rawValue)
  }

  /// Writes the bytes after their count, making room for them.
  @inline(__always)
  mutating func appendCounted(_ value: UnsafeBufferPointer<UInt8>) {
    reserve(4 + value.count)
    put(UInt32(value.count))
    guard let start = value.baseAddress, !value.isEmpty else { return }
    (base + count).copyMemory(from: start, byteCount: value.count)
    count += value.count
  }

  @inline(never)
  private mutating func grow(toFit extra: Int) {
    let grown = max(capacity * 2, count + extra)
    let moved = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
    moved.copyMemory(from: base, byteCount: count)
    base.deallocate()
    base = moved
    capacity = grown
  }
}

/// Writes a parser's events on a tape: the ``XMLEventHandler`` of the parsing thread.
///
/// Its state is a struct behind a pointer, as ``PubMedArticleEvents``'s is, so that the work per
/// event pays no run-time exclusivity checks.
final class XMLEventRecorder: XMLEventHandler {
  private let state: UnsafeMutablePointer<State>

  /// The elements whose start and end offsets in the file are recorded.
  ///
  /// An offset is a call into libxml2 and, for a start tag, a scan back to its `<`: on every
  /// element of an import that was a tenth of the parsing thread's time, and the readers want
  /// offsets of their record elements only.
  enum LocatedElements {
    case none
    /// Those with one of these local names.
    case named([String])
    case all
  }

  private struct State {
    var tape = TapeWriter(capacity: 1 << 16)
    let located: LocatedElements
    var names = NameNumbers()
    /// Whether elements with each numbered name are located, by number.
    var isLocated: [Bool] = []
  }

  init(locating located: LocatedElements) {
    state = .allocate(capacity: 1)
    state.initialize(to: State(located: located))
  }

  deinit {
    state.pointee.tape.base.deallocate()
    state.deinitialize(count: 1)
    state.deallocate()
  }

  /// The events recorded since the last call.
  func takeTape() -> XMLEventTape {
    // The next tape starts as large as this one ended, which is about what a chunk takes.
    let next = TapeWriter(capacity: max(state.pointee.tape.count, 1 << 16))
    let tape = XMLEventTape(state.pointee.tape)
    state.pointee.tape = next
    return tape
  }

  func startElement(_ tag: XMLStartTag) {
    // Every name is numbered before the event is written, since a new one is spelt out first.
    let localName = number(of: tag.localName)
    let prefix = tag.prefix.map(number(of:)) ?? XMLEventTape.none
    let attributes = tag.attributes
    let attributeCount = attributes == nil ? 0 : tag.attributeCount
    for index in 0..<attributeCount {
      if let name = attributes?[index * 5] { _ = number(of: name) }
    }
    let offset = state.pointee.isLocated[Int(localName)] ? tag.startOffset : nil
    // The event, two names, the line, the offset and the number of attributes.
    state.pointee.tape.reserve(1 + 4 + 4 + 8 + 8 + 4)
    state.pointee.tape.put(.start)
    state.pointee.tape.put(localName)
    state.pointee.tape.put(prefix)
    state.pointee.tape.put(tag.line)
    state.pointee.tape.put(offset ?? XMLEventTape.noOffset)
    state.pointee.tape.put(UInt32(attributeCount))
    for index in 0..<attributeCount {
      let base = index * 5
      let name = attributes?[base].map(number(of:)) ?? XMLEventTape.none
      state.pointee.tape.reserve(4)
      state.pointee.tape.put(name)
      var value = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
      if let start = attributes?[base + 3], let end = attributes?[base + 4] {
        value = UnsafeBufferPointer(start: start, count: end - start)
      }
      state.pointee.tape.appendCounted(value)
    }
  }

  func endElement(_ tag: XMLEndTag) {
    let localName = number(of: tag.localName)
    let prefix = tag.prefix.map(number(of:)) ?? XMLEventTape.none
    let offset = state.pointee.isLocated[Int(localName)] ? tag.endOffset : nil
    // The event, two names and the offset.
    state.pointee.tape.reserve(1 + 4 + 4 + 8)
    state.pointee.tape.put(.end)
    state.pointee.tape.put(localName)
    state.pointee.tape.put(prefix)
    state.pointee.tape.put(offset ?? XMLEventTape.noOffset)
  }

  func characters(_ text: UnsafeBufferPointer<UInt8>) {
    state.pointee.tape.reserve(1)
    state.pointee.tape.put(.characters)
    state.pointee.tape.appendCounted(text)
  }

  func warning(_ warning: XMLReadError) {
    state.pointee.tape.reserve(1 + 4)
    state.pointee.tape.put(.warning)
    state.pointee.tape.put(UInt32(state.pointee.tape.warnings.count))
    state.pointee.tape.warnings.append(warning)
  }

  /// The number of a name libxml2 handed over, spelt out on the tape the first time.
  private func number(of name: UnsafePointer<UInt8>) -> XMLEventTape.NameNumber {
    if let number = state.pointee.names.number(of: name) { return number }
    let number = state.pointee.names.add(name)
    var length = 0
    while name[length] != 0 { length += 1 }
    let spelling = UnsafeBufferPointer(start: name, count: length)
    let isLocated =
      switch state.pointee.located {
      case .none: false
      case .named(let names): names.contains { $0.utf8.elementsEqual(spelling) }
      case .all: true
      }
    state.pointee.isLocated.append(isLocated)
    state.pointee.tape.reserve(1 + 4)
    state.pointee.tape.put(.name)
    state.pointee.tape.put(number)
    state.pointee.tape.appendCounted(spelling)
    return number
  }
}

@available(*, unavailable)
extension XMLEventRecorder: Sendable {}

/// The numbers given to names, by address.
///
/// libxml2 keeps every element and attribute name in its parser's dictionary, one copy per
/// spelling, for the parser's whole life, so a name's address identifies it; a small table
/// indexed by the address answers most lookups, and a dictionary the rest.
private struct NameNumbers {
  private static let slots = 512
  private var slotNames = [UnsafePointer<UInt8>?](repeating: nil, count: slots)
  private var slotNumbers = [XMLEventTape.NameNumber](repeating: 0, count: slots)
  private var all: [UnsafePointer<UInt8>: XMLEventTape.NameNumber] = [:]

  mutating func number(of name: UnsafePointer<UInt8>) -> XMLEventTape.NameNumber? {
    let slot = Self.slot(of: name)
    if slotNames[slot] == name { return slotNumbers[slot] }
    guard let number = all[name] else { return nil }
    slotNames[slot] = name
    slotNumbers[slot] = number
    return number
  }

  mutating func add(_ name: UnsafePointer<UInt8>) -> XMLEventTape.NameNumber {
    let number = XMLEventTape.NameNumber(all.count)
    all[name] = number
    return number
  }

  private static func slot(of name: UnsafePointer<UInt8>) -> Int {
    let address = UInt(bitPattern: name)
    return Int(truncatingIfNeeded: (address ^ (address >> 9)) % UInt(slots))
  }
}

/// Plays tapes back to a handler, in order, as the events libxml2 first reported.
///
/// Names are handed over as NUL-terminated copies that live as long as the player, one per
/// name, so a handler may tell names apart by address as it would libxml2's.
///
/// Its state is a struct behind a pointer, as the recorder's is.
final class XMLEventPlayer {
  private let state: UnsafeMutablePointer<State>

  private struct State {
    var names: [UnsafeMutablePointer<UInt8>] = []
    /// Attribute pointers in libxml2's layout, five per attribute, reused from tag to tag.
    var attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    var attributeCapacity = 8
  }

  init() {
    state = .allocate(capacity: 1)
    state.initialize(to: State(attributes: .allocate(capacity: 8 * 5)))
  }

  deinit {
    for name in state.pointee.names { name.deallocate() }
    state.pointee.attributes.deallocate()
    state.deinitialize(count: 1)
    state.deallocate()
  }

  /// Replays `tape` to `handler`.
  func play<Handler: XMLEventHandler>(_ tape: XMLEventTape, to handler: Handler) {
    guard let base = tape.bytes.baseAddress else { return }
    var reader = TapeReader(base: base, offset: 0)
    while reader.offset < tape.bytes.count {
      guard let event = XMLEventTape.Event(rawValue: reader.read(UInt8.self)) else {
        preconditionFailure("an unknown event on an XML event tape")
      }
      switch event {
      case .name:
        let number = Int(reader.read(XMLEventTape.NameNumber.self))
        let spelling = reader.readCounted()
        precondition(number == state.pointee.names.count, "XML event tape names out of order")
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: spelling.count + 1)
        if let start = spelling.baseAddress { copy.initialize(from: start, count: spelling.count) }
        copy[spelling.count] = 0
        state.pointee.names.append(copy)
      case .start:
        playStart(&reader, to: handler)
      case .end:
        let localName = name(reader.read(XMLEventTape.NameNumber.self))
        let prefix = optionalName(reader.read(XMLEventTape.NameNumber.self))
        let offset = reader.read(Int.self)
        if let localName {
          handler.endElement(
            XMLEndTag(
              localName: localName, prefix: prefix, context: nil,
              recordedEndOffset: offset == XMLEventTape.noOffset ? nil : offset))
        }
      case .characters:
        handler.characters(reader.readCounted())
      case .warning:
        handler.warning(tape.warnings[Int(reader.read(UInt32.self))])
      }
    }
  }

  private func playStart<Handler: XMLEventHandler>(
    _ reader: inout TapeReader, to handler: Handler
  ) {
    let localName = name(reader.read(XMLEventTape.NameNumber.self))
    let prefix = optionalName(reader.read(XMLEventTape.NameNumber.self))
    let line = reader.read(Int.self)
    let offset = reader.read(Int.self)
    let count = Int(reader.read(UInt32.self))
    if count > state.pointee.attributeCapacity {
      state.pointee.attributes.deallocate()
      state.pointee.attributeCapacity = count
      state.pointee.attributes = .allocate(capacity: count * 5)
    }
    let attributes = state.pointee.attributes
    for index in 0..<count {
      let attributeName = optionalName(reader.read(XMLEventTape.NameNumber.self))
      let value = reader.readCounted()
      attributes[index * 5] = attributeName
      attributes[index * 5 + 1] = nil
      attributes[index * 5 + 2] = nil
      attributes[index * 5 + 3] = value.baseAddress
      attributes[index * 5 + 4] = value.baseAddress.map { $0 + value.count }
    }
    guard let localName else { return }
    handler.startElement(
      XMLStartTag(
        localName: localName, prefix: prefix, line: line, context: nil,
        namespaceCount: 0, namespaces: nil, attributeCount: count, defaultedCount: 0,
        attributes: UnsafePointer(attributes),
        recordedStartOffset: offset == XMLEventTape.noOffset ? nil : offset))
  }

  private func name(_ number: XMLEventTape.NameNumber) -> UnsafePointer<UInt8>? {
    Int(number) < state.pointee.names.count ? UnsafePointer(state.pointee.names[Int(number)]) : nil
  }

  private func optionalName(_ number: XMLEventTape.NameNumber) -> UnsafePointer<UInt8>? {
    number == XMLEventTape.none ? nil : name(number)
  }
}

@available(*, unavailable)
extension XMLEventPlayer: Sendable {}

/// Reads a tape's bytes back in the order they were written.
private struct TapeReader {
  let base: UnsafeRawPointer
  var offset: Int

  mutating func read<Integer: FixedWidthInteger>(_: Integer.Type) -> Integer {
    let value = base.loadUnaligned(fromByteOffset: offset, as: Integer.self)
    offset += MemoryLayout<Integer>.size
    return value
  }

  mutating func readCounted() -> UnsafeBufferPointer<UInt8> {
    let count = Int(read(UInt32.self))
    defer { offset += count }
    return UnsafeBufferPointer(
      start: (base + offset).assumingMemoryBound(to: UInt8.self), count: count)
  }
}
