/// Where a record of a line-based file stands in it, followed line by line as the parser reads
/// the record, so that the record can point at its original text instead of copying it.
struct LineSpan {
  /// The offset of the record's first line.
  private(set) var start = 0
  /// The offset past the terminator of the record's last line so far.
  private(set) var end = 0
  /// The offset past the terminator of the record's last line that is not blank.
  private(set) var endOfText = 0

  /// Starts a record at the line `lines` returned last.
  mutating func begin(at lines: LineReader) {
    start = lines.lineOffset
    end = lines.offsetAfterLine
    endOfText = end
  }

  /// Takes the line `lines` returned last into the record.
  mutating func extend(to lines: LineReader, isBlank: Bool = false) {
    end = lines.offsetAfterLine
    if !isBlank { endOfText = end }
  }

  /// The record's bytes through its last line.
  var whole: Range<Int> { start..<end }
  /// The record's bytes without the blank lines at its end, which belong between records.
  var text: Range<Int> { start..<endOfText }
}
