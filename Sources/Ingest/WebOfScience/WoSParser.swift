import ReviewModel

/// The state machine of `WoSReader` over lines: the header, where a record starts and ends,
/// which lines continue a field, what is kept of the original text, and the warnings found on
/// the way; each record leaves as a draft, built elsewhere.
///
/// A struct that the reader calls once per record, as `RISParser` is, so that the work per line
/// touches no class property. It fills the same ``RISRecordBuffer`` as the RIS reader: both
/// formats are two-letter tags with continuation lines.
struct WoSParser: LineRecordParser {
  /// The warnings found since the last draft, which the next draft takes with it.
  var diagnostics: [Diagnostic] = []

  private let path: String
  private let locatesOriginal: Bool
  private var decoder = TextDecoder()
  private var buffer = RISRecordBuffer()
  private var isInRecord = false
  /// True once the `FN` header line was seen: such a file should end with `EF`.
  private var sawHeader = false
  /// True once the `EF` line was seen; what follows it is ignored.
  private var sawEndOfFile = false
  /// True once text outside a record has been reported, until the next record starts.
  private var reportedStrayText = false
  /// Where the record stands in the file.
  private var span = LineSpan()

  init(path: String, locatesOriginal: Bool) {
    self.path = path
    self.locatesOriginal = locatesOriginal
  }

  /// The next record's draft from `lines`, or nil when they end without another.
  ///
  /// - Throws: ``IngestError/malformed(_:_:)`` when the file ends inside a record, before its
  ///   `ER` line: Web of Science always writes one, so the file was cut short.
  mutating func nextDraft(from lines: LineReader) throws(IngestError) -> WoSDraft? {
    while let line = try lines.nextLine() {
      let number = lines.lineNumber
      if sawEndOfFile { continue }
      let value = line.trimmingSpacesAndTabs(from: 0)
      if value.isEmpty { continue }
      let isIndented = line[0] == 0x20 || line[0] == 0x09
      guard !isIndented, let (tag, valueStart) = WoSTag.recognise(line) else {
        if isInRecord {
          if !isIndented {
            warn(
              "a line that is neither a field (a two-letter tag and a space) nor indented; read "
                + "as continuing the field before it", line: number)
          }
          span.extend(to: lines)
          buffer.addContinuation(value, line: number)
        } else {
          reportStrayText(line: number)
        }
        continue
      }
      switch tag {
      case WoSTag.fileName where !isInRecord:
        sawHeader = true
      case WoSTag.version where !isInRecord:
        break
      case WoSTag.endOfFile:
        sawEndOfFile = true
        if isInRecord {
          warn("this record has no ER line; the file ends (EF) inside it", line: buffer.startLine)
          return finishRecord()
        }
      case WoSTag.endOfRecord:
        guard isInRecord else {
          reportStrayText(line: number)
          continue
        }
        span.extend(to: lines)
        return finishRecord()
      default:
        var previous: WoSDraft?
        if isInRecord && tag == WoSTag.publicationType {
          warn(
            "this record has no ER line; it ends where the next record starts, on line \(number)",
            line: buffer.startLine)
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
      }
    }
    if isInRecord {
      isInRecord = false
      throw .malformed(
        SourceLocation(file: path, line: buffer.startLine),
        "the file ends inside this record, before its ER line: it is truncated")
    }
    if sawHeader && !sawEndOfFile {
      sawHeader = false
      warn("the file has no EF line at its end; it may be truncated", line: lines.lineNumber)
    }
    return nil
  }

  private mutating func startRecord(line: Int) {
    isInRecord = true
    reportedStrayText = false
    buffer.start(line: line)
  }

  /// Hands the buffered record over as a draft, with the warnings found before its end.
  private mutating func finishRecord() -> WoSDraft {
    isInRecord = false
    if let offset = buffer.bytes.withUnsafeBytes({ decoder.check($0) }) {
      warn(TextDecoder.fallbackWarning, line: buffer.line(ofByte: offset))
    }
    defer { diagnostics.removeAll() }
    // Blank lines are skipped before they reach the span, so it ends at the last line of text.
    return WoSDraft(
      buffer: buffer, decoder: decoder,
      location: SourceLocation(file: path, line: buffer.startLine),
      originalBytes: locatesOriginal ? span.text : nil, earlierDiagnostics: diagnostics)
  }

  /// Warns about text outside any record, once until the next record starts.
  private mutating func reportStrayText(line: Int) {
    guard !reportedStrayText else { return }
    reportedStrayText = true
    warn(
      "text outside any record (a record starts with a field such as `PT J` and ends with "
        + "`ER`); ignored up to the next record", line: line)
  }

  private mutating func warn(_ message: String, line: Int) {
    diagnostics.append(Diagnostic(.warning, message, at: SourceLocation(file: path, line: line)))
  }
}
