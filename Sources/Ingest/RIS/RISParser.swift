import ReviewModel

/// The state machine of `RISReader` over lines: where a record starts and ends, which lines
/// continue a field, what is kept of the original text, and the warnings found on the way; each
/// record leaves as a draft, built elsewhere.
///
/// A struct that the reader calls once per record, rather than state spread over the reader
/// class, so that the work per line touches no class property (each such access is checked for
/// exclusivity at run time, which showed in profiles).
struct RISParser: LineRecordParser {
  /// The warnings found since the last draft, which the next draft takes with it.
  var diagnostics: [Diagnostic] = []

  private let path: String
  private let locatesOriginal: Bool
  private var decoder = TextDecoder()
  private var buffer = RISRecordBuffer()
  private var isInRecord = false
  /// Where the record stands in the file.
  private var span = LineSpan()
  /// True once a tag line outside a record has been reported, until the next record starts.
  private var reportedStrayTag = false

  init(path: String, locatesOriginal: Bool) {
    self.path = path
    self.locatesOriginal = locatesOriginal
  }

  /// The next record's draft from `lines`, or nil when they end without another.
  mutating func nextDraft(from lines: LineReader) throws(IngestError) -> RISDraft? {
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

  private mutating func startRecord(line: Int) {
    isInRecord = true
    reportedStrayTag = false
    buffer.start(line: line)
  }

  /// Hands the buffered record over as a draft, with the warnings found before its end.
  private mutating func finishRecord(endedBy end: RISDraft.End) -> RISDraft {
    isInRecord = false
    checkEncoding()
    // A record without an ER line ends at its last line that is not blank, so that the blank
    // lines before the next record are not part of it.
    let original: Range<Int>? =
      if !locatesOriginal { nil } else if case .endLine = end { span.whole } else { span.text }
    defer { diagnostics.removeAll() }
    return RISDraft(
      buffer: buffer, decoder: decoder,
      location: SourceLocation(file: path, line: buffer.startLine),
      originalBytes: original, end: end, earlierDiagnostics: diagnostics)
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
