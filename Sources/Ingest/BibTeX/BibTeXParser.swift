import ReviewModel

/// The state machine of `BibTeXReader`: fed the file a line at a time, it follows the grammar
/// byte by byte (entries may span lines, and several may share one), and queues each entry as a
/// draft when its closing brace arrives.
///
/// A struct, as `RISParser` is, so that the work per byte touches no class property.
struct BibTeXParser {
  /// The warnings found since the last entry closed, which the next entry's draft takes.
  var diagnostics: [Diagnostic] = []
  /// Entries closed and not yet taken, oldest first, as drafts to be built elsewhere.
  var finished: [BibTeXDraft] = []

  private enum State {
    /// Between entries, where anything but `@` is a comment.
    case outside
    /// Reading the entry type after `@`.
    case entryType
    /// After the entry type, before the `{` or `(` that opens the body.
    case beforeBody
    /// Inside the body of a `@comment` or `@preamble`, which is passed over.
    case skippedBody
    case beforeKey
    case key
    case afterKey
    case beforeFieldName
    case fieldName
    case beforeEquals
    case beforeValue
    case bracedValue
    case quotedValue
    /// A number or a `@string` name.
    case bareValue
    case afterValue
  }

  private let path: String
  private let locatesOriginal: Bool
  private var decoder = TextDecoder()
  private var state = State.outside

  /// The entry being read: its type (lower-cased), key, where its `@` stands, and its closer.
  private var entryType: [UInt8] = []
  private var key: [UInt8] = []
  private var entryStart = SourceLocation(file: "", line: 0)
  private var closer: UInt8 = 0x7D
  /// Brace depth inside a value or a passed-over body.
  private var depth = 0
  /// The field being read: its name as written, its line, and where its value opened.
  private var fieldName: [UInt8] = []
  private var fieldLine = 0
  private var valueStart = SourceLocation(file: "", line: 0)
  /// The bare word being read (a number or a macro name).
  private var bareWord: [UInt8] = []
  /// The values of the entry's fields, one after another, and each field's part of them.
  private var bytes: [UInt8] = []
  private var fieldStart = 0
  private var fields: [BibTeXDraft.Field] = []
  /// `@string` macros, by lower-cased name; the month names are predefined, as in BibTeX.
  private var macros: [String: [UInt8]] = BibTeXParser.monthMacros
  /// Where the current line starts in the file, and where the entry's `@` stands.
  private var lineOffset = 0
  private var originalStart = 0
  /// True right after an entry closed, until the next text that is not white space.
  private var justClosedEntry = false

  init(path: String, locatesOriginal: Bool) {
    self.path = path
    self.locatesOriginal = locatesOriginal
  }

  // MARK: - Lines

  /// Reads one line of the file, without its terminator, which starts at byte `offset`.
  mutating func consume(_ line: UnsafeRawBufferPointer, number: Int, offset: Int)
    throws(IngestError)
  {
    lineOffset = offset
    if state != .outside && state != .entryType && state != .beforeBody {
      try checkForEntryInsideEntry(line, number: number)
    }
    var index = 0
    while index < line.count {
      index = try step(line, at: index, number: number)
    }
    endLine()
  }

  /// Ends the file: an entry still open now is not closed anywhere.
  mutating func finish() throws(IngestError) {
    switch state {
    case .outside:
      return
    case .entryType, .beforeBody:
      warnAboutStrayAt()
      state = .outside
    case .bracedValue, .quotedValue:
      throw .malformed(
        valueStart,
        "the value of `\(text(fieldName))` that opens here is not closed: the file ends first "
          + "(unbalanced braces)")
    case .skippedBody:
      throw .malformed(
        entryStart,
        "the @\(text(entryType)) that starts here is not closed: the file ends first "
          + "(unbalanced braces)")
    default:
      throw .malformed(
        entryStart,
        "the entry \(entryName) that starts here is not closed: the file ends first "
          + "(unbalanced braces)")
    }
  }

  /// A line that starts an entry (`@article{`) inside another entry means that a closing brace
  /// (or quote) was lost somewhere above: better to say so, at the value or entry left open,
  /// than to read on and fail somewhere else, or at the end of the file.
  private func checkForEntryInsideEntry(_ line: UnsafeRawBufferPointer, number: Int)
    throws(IngestError)
  {
    guard line.count > 2, line[0] == 0x40 else { return }
    var index = 1
    while index < line.count && Self.isNameByte(line[index]) { index += 1 }
    guard index > 1 else { return }
    while index < line.count && (line[index] == 0x20 || line[index] == 0x09) { index += 1 }
    guard index < line.count, line[index] == 0x7B || line[index] == 0x28 else { return }
    switch state {
    case .bracedValue, .quotedValue:
      let delimiter = state == .quotedValue ? "quote" : "brace"
      throw .malformed(
        valueStart,
        "the value of `\(text(fieldName))` that opens here is still open where the next entry "
          + "starts, on line \(number): a closing \(delimiter) is missing")
    case .skippedBody:
      throw .malformed(
        entryStart,
        "the @\(text(entryType)) that starts here is still open where the next entry starts, "
          + "on line \(number): a closing brace is missing")
    default:
      throw .malformed(
        entryStart,
        "the entry \(entryName) that starts here is still open where the next entry starts, "
          + "on line \(number): a closing brace is missing (did a value swallow it?)")
    }
  }

  /// At the end of a line: a line break inside a value is white space in it, and a word cut by
  /// it ends there.
  private mutating func endLine() {
    switch state {
    case .outside, .skippedBody:
      return
    case .bracedValue, .quotedValue:
      bytes.append(0x0A)
    case .bareValue:
      endBareWord()
    case .entryType:
      state = .beforeBody
    case .key:
      state = .afterKey
    case .fieldName:
      state = .beforeEquals
    default:
      break
    }
  }

  // MARK: - Bytes

  /// Reads from `line[index]` on, and returns where to go on.
  private mutating func step(_ line: UnsafeRawBufferPointer, at index: Int, number: Int)
    throws(IngestError) -> Int
  {
    let byte = line[index]
    switch state {
    case .outside:
      return outside(line, at: index, number: number)
    case .entryType:
      if Self.isNameByte(byte) {
        entryType.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
        return index + 1
      }
      state = .beforeBody
      return index
    case .beforeBody:
      if Self.isSpace(byte) { return index + 1 }
      guard byte == 0x7B || byte == 0x28, !entryType.isEmpty else {
        warnAboutStrayAt()
        state = .outside
        return index
      }
      openBody(with: byte)
      return index + 1
    case .skippedBody:
      if byte == 0x7B {
        depth += 1
      } else if byte == 0x7D && depth > 0 {
        depth -= 1
      } else if byte == closer && depth == 0 {
        state = .outside
      }
      return index + 1
    case .beforeKey:
      if Self.isSpace(byte) { return index + 1 }
      if byte == 0x2C {
        state = .beforeFieldName
        return index + 1
      }
      if byte == closer {
        try closeEntry(line, at: index)
        return index + 1
      }
      state = .key
      return index
    case .key:
      if byte == 0x2C {
        state = .beforeFieldName
      } else if Self.isSpace(byte) {
        state = .afterKey
      } else if byte == closer {
        try closeEntry(line, at: index)
      } else if byte == 0x3D {
        keyWasAFieldName(number: number)
      } else if byte == 0x7B || byte == 0x7D || byte == 0x22 {
        throw malformed(
          line, at: index, number: number,
          "unexpected `\(Character(Unicode.Scalar(byte)))` in the citation key")
      } else {
        key.append(byte)
      }
      return index + 1
    case .afterKey:
      if Self.isSpace(byte) { return index + 1 }
      if byte == 0x2C {
        state = .beforeFieldName
      } else if byte == closer {
        try closeEntry(line, at: index)
      } else if byte == 0x3D {
        keyWasAFieldName(number: number)
      } else {
        throw malformed(
          line, at: index, number: number, "expected `,` after the citation key \(entryName)")
      }
      return index + 1
    case .beforeFieldName:
      if Self.isSpace(byte) || byte == 0x2C { return index + 1 }
      if byte == closer {
        try closeEntry(line, at: index)
        return index + 1
      }
      if byte == 0x25 { return line.count }  // a % comment between fields, as biber allows
      guard Self.isNameByte(byte) else {
        throw malformed(
          line, at: index, number: number,
          "expected a field name or `\(Character(Unicode.Scalar(closer)))` in the entry "
            + "\(entryName), found `\(Character(Unicode.Scalar(byte)))`")
      }
      fieldName.removeAll(keepingCapacity: true)
      fieldLine = number
      state = .fieldName
      return index
    case .fieldName:
      if Self.isNameByte(byte) {
        fieldName.append(byte)
        return index + 1
      }
      state = .beforeEquals
      return index
    case .beforeEquals:
      if Self.isSpace(byte) { return index + 1 }
      guard byte == 0x3D else {
        throw malformed(
          line, at: index, number: number,
          "expected `=` after the field name `\(text(fieldName))`")
      }
      fieldStart = bytes.count
      state = .beforeValue
      return index + 1
    case .beforeValue:
      return try beforeValue(line, at: index, number: number)
    case .bracedValue:
      return bracedValue(line, at: index)
    case .quotedValue:
      return try quotedValue(line, at: index, number: number)
    case .bareValue:
      if Self.isNameByte(byte) {
        bareWord.append(byte)
        return index + 1
      }
      endBareWord()
      return index
    case .afterValue:
      if Self.isSpace(byte) { return index + 1 }
      if byte == 0x23 {  // #, concatenation
        state = .beforeValue
      } else if byte == 0x2C {
        finishField()
        state = .beforeFieldName
      } else if byte == closer {
        finishField()
        try closeEntry(line, at: index)
      } else {
        throw malformed(
          line, at: index, number: number,
          "expected `,` or `\(Character(Unicode.Scalar(closer)))` after the value of "
            + "`\(text(fieldName))`, found `\(Character(Unicode.Scalar(byte)))`")
      }
      return index + 1
    }
  }

  private mutating func outside(_ line: UnsafeRawBufferPointer, at index: Int, number: Int) -> Int {
    var index = index
    while index < line.count {
      let byte = line[index]
      if byte == 0x40 {
        startEntry(line, at: index, number: number)
        return index + 1
      }
      if byte == 0x25 { return line.count }  // a % comment line
      if !Self.isSpace(byte) {
        if justClosedEntry && (byte == 0x2C || byte == 0x7D) {
          warn(
            "`\(Character(Unicode.Scalar(byte)))` after the end of the entry before it: does "
              + "that entry close too early (one closing brace too many)?",
            at: location(line, at: index, number: number))
        }
        justClosedEntry = false
      }
      index += 1
    }
    return index
  }

  private mutating func beforeValue(_ line: UnsafeRawBufferPointer, at index: Int, number: Int)
    throws(IngestError) -> Int
  {
    let byte = line[index]
    if Self.isSpace(byte) { return index + 1 }
    switch byte {
    case 0x7B:
      depth = 0
      valueStart = location(line, at: index, number: number)
      state = .bracedValue
    case 0x22:
      depth = 0
      valueStart = location(line, at: index, number: number)
      state = .quotedValue
    default:
      guard Self.isNameByte(byte) else {
        throw malformed(
          line, at: index, number: number,
          "expected the value of `\(text(fieldName))`: `{…}`, `\"…\"`, a number or a @string name")
      }
      bareWord.removeAll(keepingCapacity: true)
      valueStart = location(line, at: index, number: number)
      state = .bareValue
      return index
    }
    return index + 1
  }

  /// Copies the value up to its next brace at once, then deals with the brace.
  private mutating func bracedValue(_ line: UnsafeRawBufferPointer, at index: Int) -> Int {
    var end = index
    while end < line.count && line[end] != 0x7B && line[end] != 0x7D { end += 1 }
    if end > index {
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: line[index..<end]))
    }
    guard end < line.count else { return end }
    if line[end] == 0x7B {
      depth += 1
    } else if depth == 0 {
      state = .afterValue
      return end + 1
    } else {
      depth -= 1
    }
    bytes.append(line[end])
    return end + 1
  }

  private mutating func quotedValue(_ line: UnsafeRawBufferPointer, at index: Int, number: Int)
    throws(IngestError) -> Int
  {
    let byte = line[index]
    switch byte {
    case 0x22 where depth == 0:
      state = .afterValue
      return index + 1
    case 0x7B:
      depth += 1
    case 0x7D:
      guard depth > 0 else {
        throw malformed(
          line, at: index, number: number,
          "a closing brace without an opening one in the value of `\(text(fieldName))`")
      }
      depth -= 1
    default:
      break
    }
    bytes.append(byte)
    return index + 1
  }

  // MARK: - Entries and fields

  private mutating func startEntry(_ line: UnsafeRawBufferPointer, at index: Int, number: Int) {
    justClosedEntry = false
    entryType.removeAll(keepingCapacity: true)
    key.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
    fields.removeAll(keepingCapacity: true)
    originalStart = lineOffset + index
    entryStart = location(line, at: index, number: number)
    state = .entryType
  }

  private mutating func openBody(with opener: UInt8) {
    closer = opener == 0x28 ? 0x29 : 0x7D
    depth = 0
    switch entryType {
    case Array("comment".utf8), Array("preamble".utf8):
      state = .skippedBody
    case Array("string".utf8):
      state = .beforeFieldName
    default:
      state = .beforeKey
    }
  }

  /// `@misc{title = …`: the entry has no key, and what looked like one is its first field.
  private mutating func keyWasAFieldName(number: Int) {
    warn("an entry without a citation key", at: entryStart)
    fieldName = key
    key.removeAll()
    fieldLine = number
    fieldStart = bytes.count
    state = .beforeValue
  }

  private mutating func endBareWord() {
    state = .afterValue
    if bareWord.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      bytes += bareWord
      return
    }
    let name = String(decoding: bareWord, as: UTF8.self).lowercased()
    if let expansion = macros[name] {
      bytes += expansion
    } else {
      warn(
        "`\(String(decoding: bareWord, as: UTF8.self))` is not a @string defined before it; "
          + "kept as written", at: valueStart)
      bytes += bareWord
    }
  }

  private mutating func finishField() {
    let name = String(decoding: fieldName, as: UTF8.self)
    let range = fieldStart..<bytes.count
    if entryType.elementsEqual("string".utf8) {
      macros[name.lowercased()] = Array(bytes[range])
    } else {
      fields.append(BibTeXDraft.Field(name: name, range: range, line: fieldLine))
    }
  }

  private mutating func closeEntry(_ line: UnsafeRawBufferPointer, at index: Int)
    throws(IngestError)
  {
    state = .outside
    justClosedEntry = true
    guard !entryType.elementsEqual("string".utf8) else { return }
    if let offset = bytes.withUnsafeBytes({ decoder.check($0) }) {
      let line = fields.last(where: { $0.range.lowerBound <= offset })?.line ?? entryStart.line
      warn(TextDecoder.fallbackWarning, at: SourceLocation(file: path, line: line))
    }
    // From the `@` through the closing brace or parenthesis.
    let original = locatesOriginal ? originalStart..<(lineOffset + index + 1) : nil
    finished.append(
      BibTeXDraft(
        type: entryType, key: key, fields: fields, values: bytes, decoder: decoder,
        location: entryStart, originalBytes: original, earlierDiagnostics: diagnostics))
    diagnostics.removeAll()
  }

  // MARK: - Helpers

  /// The entry's key in backquotes, or a description of the entry when it has none.
  private var entryName: String {
    key.isEmpty ? "@\(text(entryType)) without a key" : "`\(decode(key[...]))`"
  }

  private func decode(_ bytes: ArraySlice<UInt8>) -> String {
    bytes.withUnsafeBufferPointer { decoder.decode($0) }
  }

  private func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  private mutating func warnAboutStrayAt() {
    warn("an `@` that starts no entry (no `{` after its type); ignored", at: entryStart)
  }

  private mutating func warn(_ message: String, at location: SourceLocation) {
    diagnostics.append(Diagnostic(.warning, message, at: location))
  }

  private func location(_ line: UnsafeRawBufferPointer, at index: Int, number: Int)
    -> SourceLocation
  {
    // Columns count characters, not bytes: every byte but a UTF-8 continuation byte.
    var column = 1
    for offset in 0..<index where line[offset] & 0xC0 != 0x80 { column += 1 }
    return SourceLocation(file: path, line: number, column: column)
  }

  private func malformed(
    _ line: UnsafeRawBufferPointer, at index: Int, number: Int, _ message: String
  ) -> IngestError {
    .malformed(location(line, at: index, number: number), message)
  }

  /// Letters, digits and the punctuation that entry types, field names and macro names use.
  private static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D, 0x3A, 0x2E, 0x2B, 0x2F, 0x80...0xFF:
      true
    default:
      false
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// BibTeX's predefined macros: `month = mar`.
  private static let monthMacros: [String: [UInt8]] = {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    var macros: [String: [UInt8]] = [:]
    for name in names {
      macros[String(name.prefix(3)).lowercased()] = Array(name.utf8)
    }
    return macros
  }()
}
