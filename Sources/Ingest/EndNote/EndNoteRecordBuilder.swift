import ReviewModel

/// Turns the events of an EndNote XML export into records, one per `<record>`, as each record's
/// end tag arrives.
///
/// It keeps a stack of the open elements inside a record. Text is collected from the start of an
/// element to its end, through any `<style>` runs inside it (EndNote wraps every value in
/// them, and splits a value into several where its formatting changes: `<style face="italic">`
/// for a species name in a title), and becomes a String once, at the element's end, where the
/// element and its parent tell which field it fills. An element litrev does not interpret keeps
/// its text under its name in ``Record/otherFields`` (`custom1`, `label`, `work-type`), under
/// `parent/name` when its parent is such an element too (`alt-periodical/full-title`).
///
/// A struct, driven through ``EndNoteEvents``, which keeps it behind a pointer.
struct EndNoteRecordBuilder {
  private let path: String
  /// Whether each record's place in the file is asked for, and where the current one starts.
  private let locatesOriginal: Bool
  private var recordStart: Int?

  private var finished = FinishedRecords()
  private var diagnostics: [Diagnostic] = []

  /// The open elements inside the record, innermost last; empty outside records.
  private var stack: [(element: EndNoteElement, name: String?)] = []
  private var draft = EndNoteRecordDraft(line: 0)
  private var text: [UInt8] = []

  init(path: String, locatesOriginal: Bool) {
    self.path = path
    self.locatesOriginal = locatesOriginal
    stack.reserveCapacity(16)
    text.reserveCapacity(4096)
  }

  /// The next finished record, if one was completed and not taken yet.
  mutating func nextRecord() -> Record? {
    finished.take()
  }

  /// The warnings found since the last call, in file order.
  mutating func takeDiagnostics() -> [Diagnostic] {
    defer { diagnostics.removeAll() }
    return diagnostics
  }

  mutating func startElement(_ tag: XMLStartTag) {
    let element = EndNoteElement(tag.localName)
    if stack.isEmpty {
      guard element == .record else { return }
      draft = EndNoteRecordDraft(line: tag.line)
      if locatesOriginal { recordStart = tag.startOffset }
      stack.append((.record, nil))
      return
    }
    if element == .style { return }
    let parent = stack[stack.count - 1]
    var name: String?
    if element == .other || parent.element == .other {
      let own = String(cString: tag.localName)
      name = parent.name.map { "\($0)/\(own)" } ?? own
    }
    if element == .refType {
      draft.referenceType = tag.attributeString("name")
    }
    stack.append((element, name))
    text.removeAll(keepingCapacity: true)
  }

  mutating func endElement(_ tag: XMLEndTag) {
    guard let (element, name) = stack.last else { return }
    if XMLBytes.equal(tag.localName, "style") && element != .style { return }
    stack.removeLast()
    if element == .record {
      finishRecord(original: locatesOriginal ? XMLOffsets.range(recordStart, tag) : nil)
      return
    }
    let parent = stack.last?.element ?? .record
    take(element, name: name, parent: parent)
    text.removeAll(keepingCapacity: true)
  }

  mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !stack.isEmpty else { return }
    text.append(contentsOf: bytes)
  }

  mutating func warning(_ warning: XMLReadError) {
    diagnostics.append(
      Diagnostic(
        .warning, warning.message,
        at: SourceLocation(file: path, line: warning.line, column: warning.column)))
  }

  /// Puts the text of an element that ended where its element and parent say it belongs.
  private mutating func take(_ element: EndNoteElement, name: String?, parent: EndNoteElement) {
    switch element {
    case .abstract:
      draft.record.abstract = draft.record.abstract ?? paragraphs()
      return
    case .keyword:
      // One keyword an element, or, from some libraries, several on lines of one element.
      guard let keywords = paragraphs() else { return }
      if keywords.containsByte(0x0A) {
        keywords.forEachPart(separatedBy: 0x0A) { draft.record.keywords.append(String($0)) }
      } else {
        draft.record.keywords.append(keywords)
      }
      return
    case .notes:
      if let notes = paragraphs() { draft.record.notes.append(notes) }
      return
    default:
      break
    }
    guard let value = XMLBytes.takeCollapsedText(&text) else { return }
    switch element {
    case .author where parent == .authors:
      if value.hasSuffix(","), value.utf8.count > 1 {
        // `Name,`: how EndNote marks a group author.
        draft.record.authors.append(.collective(String(value.dropLast())))
      } else if let author = RISAuthorName.author(value[...]) {
        draft.record.authors.append(author)
      }
    case .title: draft.record.title = draft.record.title ?? value
    case .secondaryTitle: draft.secondaryTitle = draft.secondaryTitle ?? value
    case .altTitle: draft.altTitle = draft.altTitle ?? value
    case .fullTitle where parent == .periodical: draft.periodicalTitle = value
    case .abbreviation where parent == .periodical: draft.periodicalAbbreviation = value
    case .year:
      draft.record.year = Self.firstYear(value)
      if draft.record.publicationDate == nil { draft.record.publicationDate = value }
    case .date: draft.record.publicationDate = join(draft.record.year, value)
    case .pages: draft.record.pages = value
    case .volume: draft.record.volume = value
    case .number: draft.record.issue = value
    case .doi:
      if draft.record.doi == nil, let doi = DOI.normalized(value) {
        draft.record.doi = doi
      } else {
        keepOther("electronic-resource-num", value)
      }
    case .accessionNumber: draft.accessionNumber = value
    case .remoteDatabaseName: draft.record.sourceDatabase = value
    case .isbn: draft.record.issn = value
    case .language: draft.record.languages.append(value)
    case .url: draft.record.urls.append(value)
    case .refType: break
    case .author:
      keepOther(name ?? Self.name(of: parent) + "/author", value)
    default:
      keepOther(name ?? Self.name(of: element), value)
    }
  }

  private mutating func keepOther(_ tag: String, _ value: String) {
    draft.record.otherFields.append(SourceField(tag: tag, value: value))
  }

  /// The collected text with each line's white space collapsed, lines joined by `\n`: the
  /// paragraphs of an abstract, a list of keywords.
  ///
  /// One pass over the bytes, in place, rather than a String per line joined afterwards: every
  /// abstract and keyword comes through here, and the lines' arrays and Strings showed in
  /// profiles. White space is what ``XMLBytes/takeCollapsedText(_:)`` takes it to be.
  private mutating func paragraphs() -> String? {
    defer { text.removeAll(keepingCapacity: true) }
    // Most abstracts stand on one line with single spaces: one vector pass tells so.
    if text.withUnsafeBufferPointer(XMLBytes.isCollapsed) {
      return text.isEmpty ? nil : String(decoding: text, as: UTF8.self)
    }
    let written = text.withUnsafeMutableBufferPointer { buffer in
      var written = 0
      var pendingSpace = false
      var pendingBreak = false
      var lineHasText = false
      for index in buffer.indices {
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          // Blank lines in between leave one break: a line that collapses to nothing goes.
          if lineHasText { pendingBreak = true }
          lineHasText = false
          pendingSpace = false
          continue
        }
        if byte <= 0x20 {
          pendingSpace = lineHasText
          continue
        }
        if pendingBreak {
          buffer[written] = 0x0A
          written += 1
        } else if pendingSpace {
          buffer[written] = 0x20
          written += 1
        }
        pendingBreak = false
        pendingSpace = false
        buffer[written] = byte
        written += 1
        lineHasText = true
      }
      return written
    }
    return written == 0 ? nil : String(decoding: text[..<written], as: UTF8.self)
  }

  /// `2019 Mar` from the year and a `pub-dates` date `Mar`; the date alone when it has a year.
  private func join(_ year: Int?, _ date: String) -> String {
    guard let year, Self.firstYear(date) == nil else { return date }
    return "\(year) \(date)"
  }

  private mutating func finishRecord(original: Range<Int>?) {
    let location = SourceLocation(file: path, line: draft.line)
    let record = draft.finished(location: location, originalBytes: original)
    if record.title == nil {
      diagnostics.append(Diagnostic(.warning, "an EndNote record without a title", at: location))
    }
    finished.append(record)
    text.removeAll(keepingCapacity: true)
  }

  /// The first run of four digits.
  private static func firstYear(_ text: String) -> Int? {
    var digits = 0
    var value = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        value = value * 10 + Int(byte - 0x30)
        if digits == 4 { return value }
      } else {
        digits = 0
        value = 0
      }
    }
    return nil
  }

  /// The element name of a container whose children are kept among the other fields.
  private static func name(of element: EndNoteElement) -> String {
    switch element {
    case .secondaryAuthors: "secondary-authors"
    case .periodical: "periodical"
    default: "\(element)"
    }
  }
}
