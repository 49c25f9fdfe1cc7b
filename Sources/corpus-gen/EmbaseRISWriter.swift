/// Writes ``EmbaseRecord``s as RIS in the layout of an Embase export: `TAG  - value` lines in
/// Embase's order, a blank line between records, optionally a UTF-8 byte-order mark first and CRLF
/// line ends.
struct EmbaseRISWriter {
  private let out: BufferedFileWriter
  private let lineEnd: String

  /// - Parameters:
  ///   - output: Where to write.
  ///   - crlf: End lines with CR LF, as exports made on Windows do.
  init(output: BufferedFileWriter, crlf: Bool = false) {
    out = output
    lineEnd = crlf ? "\r\n" : "\n"
  }

  /// The UTF-8 byte-order mark that Embase and several other databases put first.
  func writeByteOrderMark() {
    out.write("\u{FEFF}")
  }

  /// One record, followed by a blank line.
  func write(_ record: EmbaseRecord) {
    field("TY", "JOUR")
    field("M3", record.articleType)
    field("Y1", String(record.year))
    field("VL", record.volume)
    field("IS", record.issue)
    field("SP", record.startPage)
    field("EP", record.endPage)
    for issn in record.issns { field("SN", issn) }
    field("T2", record.journalTitle)
    field("J2", record.journalAbbreviation)
    field("T3", record.conferenceName)
    field("CY", record.conferenceLocation)
    field("UR", Self.recordURL(record.accession))
    field("AN", record.accession)
    field("C5", record.pmid)
    for database in record.databases { field("DB", database) }
    field("U3", record.dateEntered.iso)
    field("L2", record.doiLink)
    field("DO", record.doi)
    for author in record.authors { field("AU", author) }
    field("AD", record.address)
    field("T1", record.title)
    for language in record.languages { field("LA", language) }
    for keyword in record.keywords { field("KW", keyword) }
    for (tag, value) in record.extraFields { field(tag, value) }
    if let first = record.abstractLines.first {
      field("N2", first)
      for line in record.abstractLines.dropFirst() {
        out.write(line)
        out.write(lineEnd)
      }
    }
    out.write("ER  - ")
    out.write(lineEnd)
    out.write(lineEnd)
  }

  /// The record's page on Embase.com, as exports link it.
  static func recordURL(_ accession: String) -> String {
    "https://www.embase.com/search/results?subaction=viewrecord&id=\(accession)&from=export"
  }

  private func field(_ tag: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    out.write(tag)
    out.write("  - ")
    out.write(value)
    out.write(lineEnd)
  }
}
