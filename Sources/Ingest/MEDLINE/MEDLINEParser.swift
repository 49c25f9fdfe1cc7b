import ReviewModel

/// The state machine of `MEDLINEReader` over lines: where a record starts and ends, which lines
/// continue a field, what is kept of the original text, and the warnings found on the way; each
/// record leaves as a draft, built elsewhere.
///
/// A struct that the reader calls once per record, as `RISParser` is, so that the work per line
/// touches no class property.
struct MEDLINEParser: LineRecordParser {
  /// The warnings found since the last draft, which the next draft takes with it.
  var diagnostics: [Diagnostic] = []

  private let path: String
  private let locatesOriginal: Bool
  private var decoder = TextDecoder()
  private var buffer = MEDLINERecordBuffer()
  private var isInRecord = false
  /// True when a blank line came after the record's last line that is not blank.
  private var sawBlankLine = false
  /// Where the record stands in the file.
  private var span = LineSpan()
  /// True once text outside a record has been reported, until the next record starts.
  private var reportedStrayText = false

  init(path: String, locatesOriginal: Bool) {
    self.path = path
    self.locatesOriginal = locatesOriginal
  }

  /// The next record's draft from `lines`, or nil when they end without another.
  mutating func nextDraft(from lines: LineReader) throws(IngestError) -> MEDLINEDraft? {
    while let line = try lines.nextLine() {
      let number = lines.lineNumber
      if let (tag, valueStart) = MEDLINETag.recognise(line) {
        var previous: MEDLINEDraft?
        if isInRecord && sawBlankLine {
          previous = finishRecord()
        } else if isInRecord && tag == .pmid && buffer.hasPMID {
          warn(
            "a second PMID without a blank line before it; it starts a new record",
            at: SourceLocation(file: path, line: number))
          previous = finishRecord()
        }
        if isInRecord {
          span.extend(to: lines)
        } else {
          startRecord(line: number)
          span.begin(at: lines)
        }
        buffer.addField(tag, value: line.trimmingSpacesAndTabs(from: valueStart), line: number)
        if let previous { return previous }
        continue
      }
      let value = line.trimmingSpacesAndTabs(from: 0)
      if value.isEmpty {
        if isInRecord {
          sawBlankLine = true
          span.extend(to: lines, isBlank: true)
        }
        continue
      }
      let isIndented = line[0] == 0x20 || line[0] == 0x09
      if isInRecord && (isIndented || !sawBlankLine) {
        if !isIndented {
          warn(
            "a line that is neither a field (`TAG - `) nor indented; read as continuing the "
              + "field before it", at: SourceLocation(file: path, line: number))
        }
        span.extend(to: lines)
        buffer.addContinuation(value, line: number, isNewParagraph: sawBlankLine)
        sawBlankLine = false
        continue
      }
      // Text after a record's blank line that does not start a field, or before any record.
      let finished = isInRecord ? finishRecord() : nil
      reportStrayText(line: number)
      if let finished { return finished }
    }
    return isInRecord ? finishRecord() : nil
  }

  private mutating func startRecord(line: Int) {
    isInRecord = true
    sawBlankLine = false
    reportedStrayText = false
    buffer.start(line: line)
  }

  /// Hands the buffered record over as a draft, with the warnings found before its end.
  private mutating func finishRecord() -> MEDLINEDraft {
    isInRecord = false
    sawBlankLine = false
    checkEncoding()
    defer { diagnostics.removeAll() }
    // The blank lines after the record belong between records.
    return MEDLINEDraft(
      buffer: buffer, decoder: decoder,
      location: SourceLocation(file: path, line: buffer.startLine),
      originalBytes: locatesOriginal ? span.text : nil, earlierDiagnostics: diagnostics)
  }

  /// Decides the encoding before any of the record is decoded, so that one record is never
  /// decoded half in each.
  private mutating func checkEncoding() {
    if let offset = buffer.bytes.withUnsafeBytes({ decoder.check($0) }) {
      let line = buffer.line(ofByte: offset)
      warn(TextDecoder.fallbackWarning, at: SourceLocation(file: path, line: line))
    }
  }

  /// Warns about text outside any record, once until the next record starts.
  private mutating func reportStrayText(line: Int) {
    guard !reportedStrayText else { return }
    reportedStrayText = true
    warn(
      "text outside any record (a record starts with a field such as `PMID- `); ignored up to "
        + "the next record", at: SourceLocation(file: path, line: line))
  }

  private mutating func warn(_ message: String, at location: SourceLocation) {
    diagnostics.append(Diagnostic(.warning, message, at: location))
  }
}
