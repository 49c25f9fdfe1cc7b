import ReviewModel

/// The state machine of `RISReader` over lines: where a record starts and ends, which lines
/// continue a field, what is kept of the original text, and the warnings.
///
/// A struct that the reader calls once per record, rather than state spread over the reader
/// class, so that the work per line touches no class property (each such access is checked for
/// exclusivity at run time, which showed in profiles).
struct RISParser: LineRecordParser {
  /// The warnings found since the reader last took them.
  var diagnostics: [Diagnostic] = []

  private let path: String
  private let locatesOriginal: Bool
  private var decoder = TextDecoder()
  private var buffer = RISRecordBuffer()
  private var entry = RISEntry()
  private var isInRecord = false
  /// Where the record stands in the file.
  private var span = LineSpan()
  /// True once a tag line outside a record has been reported, until the next record starts.
  private var reportedStrayTag = false

  init(path: String, locatesOriginal: Bool) {
    self.path = path
    self.locatesOriginal = locatesOriginal
  }

  /// The next record from `lines`, or nil when they end without another.
  mutating func next(from lines: LineReader) throws(IngestError) -> Record? {
    while let line = try lines.nextLine() {
      let number = lines.lineNumber
      if let (tag, valueStart) = RISTag.recognise(line) {
        if tag == .type {
          let previous = isInRecord ? finishRecord(endedBy: .nextRecord(line: number)) : nil
          startRecord(line: number)
          span.begin(at: lines)
          buffer.addField(.type, value: line.trimmingSpacesAndTabs(from: valueStart), line: number)
          if let previous { return previous }
          continue
        }
        guard isInRecord else {
          reportStrayTag(tag, line: number)
          continue
        }
        span.extend(to: lines)
        if tag == .end {
          return finishRecord(endedBy: .endLine)
        }
        buffer.addField(tag, value: line.trimmingSpacesAndTabs(from: valueStart), line: number)
      } else if isInRecord {
        let value = line.trimmingSpacesAndTabs(from: 0)
        span.extend(to: lines, isBlank: value.isEmpty)
        if value.isEmpty {
          buffer.addBlankLine()
        } else {
          buffer.addContinuation(value, line: number)
        }
      }
    }
    return isInRecord ? finishRecord(endedBy: .endOfFile) : nil
  }

  /// What ended a record.
  private enum RecordEnd {
    case endLine
    case nextRecord(line: Int)
    case endOfFile
  }

  private mutating func startRecord(line: Int) {
    isInRecord = true
    reportedStrayTag = false
    buffer.start(line: line)
  }

  /// Turns the buffered record into a `Record`, with the warnings it deserves.
  private mutating func finishRecord(endedBy end: RecordEnd) -> Record {
    isInRecord = false
    let start = SourceLocation(file: path, line: buffer.startLine)
    checkEncoding()
    entry.fields.removeAll(keepingCapacity: true)
    buffer.bytes.withUnsafeBufferPointer { bytes in
      for field in buffer.fields {
        let value = decoder.decode(UnsafeBufferPointer(rebasing: bytes[field.range]))
        entry.fields.append(
          RISField(tag: field.tag, value: value, line: field.line, isContinued: field.isContinued))
      }
    }
    // A record without an ER line ends at its last line that is not blank, so that the blank
    // lines before the next record are not part of it.
    let original: Range<Int>? =
      if !locatesOriginal { nil } else if case .endLine = end { span.whole } else { span.text }
    let record = entry.makeRecord(location: start, originalBytes: original)

    switch end {
    case .endLine:
      break
    case .nextRecord(let line):
      warn(
        "this record has no ER line; it ends where the next record starts, on line \(line)",
        at: start)
    case .endOfFile:
      warn("the last record has no ER line; the file ends inside it", at: start)
    }
    if !entry.fields.contains(where: { $0.tag != .type && !$0.value.isEmpty }) {
      warn("empty record: nothing between its TY and ER lines", at: start)
    } else if record.title == nil {
      warn("record without a title", at: start)
    }
    return record
  }

  /// Decides the encoding before any of the record is decoded, so that one record is never
  /// decoded half in each.
  private mutating func checkEncoding() {
    if let offset = buffer.bytes.withUnsafeBytes({ decoder.check($0) }) {
      let line = buffer.line(ofByte: offset)
      warn(TextDecoder.fallbackWarning, at: SourceLocation(file: path, line: line))
    }
  }

  /// Warns about a tag line outside any record, once until the next record starts.
  ///
  /// Only a tag that looks like the body of a record whose `TY` line was lost counts (a title,
  /// an author, an abstract, a year); other tags there are trailers that some exporters write
  /// after `ER` (Ovid's `NL` link), not worth a warning per record.
  private mutating func reportStrayTag(_ tag: RISTag, line: Int) {
    let looksLikeARecord = [
      RISTag.title, .primaryTitle, .author, .primaryAuthor, .abstract, .notesAbstract,
      .publicationYear, .primaryDate, .doi, .secondaryTitle, .journalFull,
    ].contains(tag)
    guard looksLikeARecord, !reportedStrayTag else { return }
    reportedStrayTag = true
    warn(
      "a record's field outside any record (is its TY line missing?); ignored up to the next TY",
      at: SourceLocation(file: path, line: line))
  }

  private mutating func warn(_ message: String, at location: SourceLocation) {
    diagnostics.append(Diagnostic(.warning, message, at: location))
  }
}
