import ReviewModel

/// Writes records as RIS, for exports back to reference managers and screening tools.
///
/// A record that kept its original text is written as that text, byte for byte as it was read,
/// so that a RIS import exported again loses nothing. Any other record is written from its
/// fields with the tags `RISReader` reads them from, so that reading the output gives the same
/// record back; its ``Record/otherFields`` follow as written.
public struct RISWriter: Sendable {
  /// What ends each line: CRLF, as the RIS specification says, unless asked otherwise.
  public var lineEnding: String

  public init(lineEnding: String = "\r\n") {
    self.lineEnding = lineEnding
  }

  /// One record as RIS text, from its `TY` line to its `ER` line and a blank line after it.
  public func text(for record: Record) -> String {
    if let original = record.originalText, !original.isEmpty {
      return terminated(original) + lineEnding
    }
    var lines = RISLines(lineEnding: lineEnding)
    lines.add("TY", record.risType ?? "JOUR")
    for author in record.authors {
      lines.add("AU", Self.name(of: author))
    }
    lines.add("TI", record.title)
    lines.add("T2", record.journal)
    lines.add("J2", record.journalAbbreviation)
    lines.add("PY", record.year.map(String.init))
    if let date = record.publicationDate, date != record.year.map(String.init) {
      lines.add("DA", date)
    }
    lines.add("VL", record.volume)
    lines.add("IS", record.issue)
    lines.add("SP", record.pages)
    lines.add("SN", record.issn)
    lines.add("DO", record.doi)
    lines.add("AB", record.abstract, asParagraphs: true)
    for keyword in record.keywords { lines.add("KW", keyword) }
    for language in record.languages { lines.add("LA", language) }
    for url in record.urls { lines.add("UR", url) }
    for note in record.notes { lines.add("N1", note) }
    addIdentifiers(of: record, to: &lines)
    for field in record.otherFields { lines.add(field.tag, field.value) }
    lines.add("ER", "")
    return lines.text + lineEnding
  }

  /// Every record, one after another.
  public func text(for records: some Sequence<Record>) -> String {
    records.map { text(for: $0) }.joined()
  }

  /// The database and accession number, and the PMID and PMCID in the forms the reader takes
  /// them back from: `AN` under `DB  - PubMed` where the record has no accession number of its
  /// own, else a labelled `C1  - PMID: …`; `C2` for the PMCID, as EndNote writes it.
  private func addIdentifiers(of record: Record, to lines: inout RISLines) {
    var database = record.sourceDatabase
    var accession = record.sourceId
    var labelledPMID: String?
    // An identifier the reader found in one of the other fields is written there already.
    let kept = record.otherFields.map(\.value)
    if let pmid = record.pmid,
      !kept.contains(where: { RISIdentifiers.pmid(labelled: $0) == pmid })
    {
      if accession == nil && database == nil {
        database = "PubMed"
        accession = pmid
      } else if accession == pmid && database == nil {
        // A MEDLINE record's accession number is its PMID: say whose it is.
        database = "PubMed"
      } else if accession != pmid {
        labelledPMID = "PMID: \(pmid)"
      }
    }
    lines.add("DB", database)
    // An accession number that the reader would take for a PMID (all digits, under a PubMed or
    // MEDLINE database) goes under `ID`, which the reader also takes it back from.
    let readsAsPMID = accession.flatMap {
      RISIdentifiers.pmid(accessionNumber: $0, database: database)
    }
    if readsAsPMID != nil && readsAsPMID != record.pmid {
      lines.add("ID", accession)
    } else {
      lines.add("AN", accession)
    }
    lines.add("C1", labelledPMID)
    if let pmcid = record.pmcid, !kept.contains(pmcid) {
      lines.add("C2", pmcid)
    }
  }

  /// An author as an `AU` value: `Family, Given` for a person.
  ///
  /// A group's name is written as it is where the reader would take it for a group anyway, and
  /// otherwise with a comma after it, which is how EndNote marks a group author.
  static func name(of author: Author) -> String {
    guard case .collective(let name) = author.name else { return author.displayName }
    if case .collective = RISAuthorName.author(name[...])?.name { return name }
    return name + ","
  }

  private func terminated(_ text: String) -> String {
    // On the bytes: as characters, a CRLF is one grapheme, and it neither is nor ends with "\n".
    text.utf8.last == 0x0A || text.utf8.last == 0x0D ? text : text + lineEnding
  }
}

/// The lines of one record being written.
private struct RISLines {
  let lineEnding: String
  var text = ""

  /// Adds `TAG  - value`, or nothing for a missing value.
  ///
  /// A value of several lines goes on continuation lines, indented so that none can pass for a
  /// tag line, which the reader joins back. Paragraphs of an abstract are separated by a blank
  /// line, which the reader reads as a paragraph break whatever the sentences look like.
  mutating func add(_ tag: String, _ value: String?, asParagraphs: Bool = false) {
    guard let value else { return }
    let parts = value.split(separator: "\n", omittingEmptySubsequences: false)
    text += tag + "  - " + (parts.first ?? "") + lineEnding
    for part in parts.dropFirst() {
      if asParagraphs { text += lineEnding }
      text += part.isEmpty ? lineEnding : "   " + part + lineEnding
    }
  }
}
