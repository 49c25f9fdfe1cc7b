import ReviewModel

/// One row of a CSV file: its cells, and the line and column where each starts.
public struct CSVRow: Sendable, Hashable {
  /// The cells' text, unquoted.
  public var cells: [String]
  /// Where each cell starts (its opening quote, for a quoted cell); lines and columns from 1,
  /// columns counted in characters.
  public var positions: [CSVPosition]

  /// The line the row starts on.
  public var line: Int { positions.first?.line ?? 0 }

  /// True when every cell is empty: a blank line, or a spreadsheet's row of empty cells.
  public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}

/// A place in a CSV file.
public struct CSVPosition: Sendable, Hashable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// Reads CSV (RFC 4180) a row at a time, with the line and column of every cell.
///
/// Why our own reader and not a library: decisions import must name the file, line and column
/// of a bad cell, and refuse a malformed file rather than guess. swiftcsv/SwiftCSV reads the
/// whole text into memory and reports no positions; yaslab/CSV.swift streams, but counts rows,
/// not lines (a quoted cell may hold line breaks), and silently keeps text after a closing
/// quote. The grammar is small: this is it, over the same ``ByteSource`` the other readers use.
///
/// What it accepts: cells separated by the delimiter (a comma unless the first line shows more
/// semicolons or tabs, as spreadsheets in some locales write), rows ended by CRLF, LF or CR,
/// quoted cells with doubled quotes and line breaks inside, a quote inside an unquoted cell kept
/// as it is, and a UTF-8 byte order mark. Text is UTF-8, or Windows-1252 from the first cell that
/// is not valid UTF-8 (as older Excel writes it).
///
/// Not `Sendable`: one reader per file.
public final class CSVReader {
  private let source: any ByteSource
  private let path: String
  private var buffer: [UInt8] = []
  /// Where the source's bytes land before they join `buffer`.
  private let chunk = UnsafeMutableRawBufferPointer.allocate(
    byteCount: defaultChunkSize, alignment: 1)
  private var index = 0
  /// How many bytes of the file come before `buffer`.
  private var bufferOffset = 0
  private var sourceEnded = false
  private var decoder = TextDecoder()
  private var line = 1
  private var column = 1
  /// The byte that ends cells.
  public private(set) var delimiter: UInt8 = UInt8(ascii: ",")

  /// Opens a reader over `source`.
  ///
  /// - Parameters:
  ///   - source: the file's bytes.
  ///   - path: the file's name, for errors.
  ///   - delimiter: the cell delimiter; nil to choose from the first line.
  /// - Throws: an ``IngestError`` when the source cannot be read.
  public init(_ source: any ByteSource, path: String, delimiter: UInt8? = nil) throws(IngestError) {
    self.source = source
    self.path = path
    try fill()
    if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    self.delimiter = delimiter ?? sniffDelimiter()
  }

  deinit {
    chunk.deallocate()
  }

  /// The next row, or nil at the end of the file.
  ///
  /// - Throws: ``IngestError/malformed(_:_:)`` at a quoted cell that never ends, or text after a
  ///   closing quote; ``IngestError/binaryData(path:offset:)`` at a NUL byte.
  public func next() throws(IngestError) -> CSVRow? {
    guard try peek() != nil else { return nil }
    var row = CSVRow(cells: [], positions: [])
    while true {
      let start = CSVPosition(line: line, column: column)
      let (cell, endsRow) = try readCell()
      row.cells.append(cell)
      row.positions.append(start)
      if endsRow { return row }
    }
  }

  /// Reads one cell and what ends it: true for the end of a row or of the file.
  private func readCell() throws(IngestError) -> (String, Bool) {
    var bytes: [UInt8] = []
    if try peek() == UInt8(ascii: "\"") {
      let opening = CSVPosition(line: line, column: column)
      try advance()
      while true {
        guard let byte = try peek() else {
          throw .malformed(
            SourceLocation(file: path, line: opening.line, column: opening.column),
            "this quoted cell is never closed: a quote is missing")
        }
        try advance()
        if byte == UInt8(ascii: "\"") {
          if try peek() == UInt8(ascii: "\"") {
            try advance()
            bytes.append(byte)
            continue
          }
          break
        }
        bytes.append(byte)
      }
      guard let after = try peek() else { return (decode(bytes), true) }
      if after == delimiter {
        try advance()
        return (decode(bytes), false)
      }
      if after == 0x0A || after == 0x0D {
        try endLine()
        return (decode(bytes), true)
      }
      throw .malformed(
        SourceLocation(file: path, line: line, column: column),
        "text after the closing quote of a cell: a quote inside a quoted cell is written twice")
    }
    while let byte = try peek() {
      if byte == delimiter {
        try advance()
        return (decode(bytes), false)
      }
      if byte == 0x0A || byte == 0x0D {
        try endLine()
        return (decode(bytes), true)
      }
      try advance()
      bytes.append(byte)
    }
    return (decode(bytes), true)
  }

  /// Steps over a line break (CRLF, LF or CR) at the current byte.
  private func endLine() throws(IngestError) {
    let first = try peek()
    try advance()
    if first == 0x0D, try peek() == 0x0A { try advance() }
  }

  /// The current byte, or nil at the end of the file.
  private func peek() throws(IngestError) -> UInt8? {
    if index == buffer.count {
      guard !sourceEnded else { return nil }
      try fill()
      if index == buffer.count { return nil }
    }
    return buffer[index]
  }

  /// Moves past the current byte, keeping the line and column up to date.
  private func advance() throws(IngestError) {
    guard let byte = try peek() else { return }
    if byte == 0 {
      throw .binaryData(path: path, offset: bufferOffset + index)
    }
    index += 1
    var endsLine = byte == 0x0A
    if byte == 0x0D {
      // A CR ends the line unless a LF follows, which then ends it.
      let next = try peek()
      endsLine = next != 0x0A
    }
    if endsLine {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 && byte != 0x0D {
      // A byte that starts a character, not a UTF-8 continuation byte.
      column += 1
    }
  }

  /// Replaces the consumed bytes with the next chunk of the source.
  private func fill() throws(IngestError) {
    buffer.removeFirst(index)
    bufferOffset += index
    index = 0
    let count = try source.read(into: chunk)
    buffer.append(contentsOf: chunk[..<count])
    if count == 0 { sourceEnded = true }
  }

  /// The delimiter the first line uses most, outside quotes: a comma, a semicolon or a tab.
  private func sniffDelimiter() -> UInt8 {
    var counts: [UInt8: Int] = [:]
    var quoted = false
    for byte in buffer[index...] {
      if byte == UInt8(ascii: "\"") { quoted.toggle() }
      if quoted { continue }
      if byte == 0x0A || byte == 0x0D { break }
      if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x09 {
        counts[byte, default: 0] += 1
      }
    }
    let commas = counts[UInt8(ascii: ","), default: 0]
    let semicolons = counts[UInt8(ascii: ";"), default: 0]
    let tabs = counts[0x09, default: 0]
    if tabs > commas && tabs >= semicolons { return 0x09 }
    if semicolons > commas { return UInt8(ascii: ";") }
    return UInt8(ascii: ",")
  }

  private func decode(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { pointer in
      _ = decoder.check(UnsafeRawBufferPointer(pointer))
      return decoder.decode(pointer)
    }
  }
}
