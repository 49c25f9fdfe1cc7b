import ReviewModel

/// Writes records as MEDLINE text ("PubMed format", `.nbib`), which EndNote, Zotero and
/// Mendeley import as PubMed's own.
///
/// The tags are those `MEDLINEReader` reads back into the same fields: `PMID`, `TI`, `TT`, `AB`,
/// `FAU` with `AU` and `AD` for each person, `CN` for a group, `DP`, `JT`, `TA`, `VI`, `IP`,
/// `PG`, `LID` (`… [doi]`), `PMC`, `IS`, `LA`, `PT`, `MH`, `OT`. A value is wrapped at spaces to
/// lines of at most 88 characters, the rest indented six spaces as PubMed does; a paragraph
/// break in an abstract is a blank line before the next indented line, which the reader reads
/// as one. A record from a MEDLINE file keeps its other fields, as written.
public struct MEDLINEWriter: Sendable {
  public init() {}

  /// One record as MEDLINE text, and a blank line after it.
  ///
  /// - Parameters:
  ///   - record: the record.
  ///   - keepsOtherFields: write the record's other fields too (for a record read from MEDLINE,
  ///     whose other fields are MEDLINE tags).
  public func text(for record: Record, keepsOtherFields: Bool = false) -> String {
    var lines = MEDLINELines()
    lines.add("PMID", record.pmid)
    lines.add("TI", record.title)
    lines.add("TT", record.vernacularTitle)
    lines.add("AB", record.abstract)
    for author in record.authors {
      switch author.name {
      case .person(let family, let given):
        lines.add("FAU", given.map { "\(family), \($0)" } ?? family)
        lines.add("AU", Self.shortName(family: family, given: given))
      case .collective(let name):
        lines.add("CN", name)
      }
      for affiliation in author.affiliations { lines.add("AD", affiliation) }
    }
    lines.add("DP", Self.date(of: record))
    lines.add("JT", record.journal)
    lines.add("TA", record.journalAbbreviation)
    lines.add("VI", record.volume)
    lines.add("IP", record.issue)
    lines.add("PG", record.pages)
    lines.add("LID", record.doi.map { "\($0) [doi]" })
    lines.add("PMC", record.pmcid)
    lines.add("IS", record.issn)
    for language in record.languages { lines.add("LA", language) }
    for type in record.publicationTypes { lines.add("PT", type) }
    for heading in record.meshHeadings { lines.add("MH", heading.medlineText) }
    for keyword in record.keywords { lines.add("OT", keyword) }
    if keepsOtherFields {
      for field in record.otherFields where (1...4).contains(field.tag.utf8.count) {
        lines.add(field.tag, field.value)
      }
    }
    return lines.text + "\n"
  }

  /// `DP`: the date as written where it holds the year, else the year before it.
  private static func date(of record: Record) -> String? {
    guard let year = record.year else { return record.publicationDate }
    guard let date = record.publicationDate else { return String(year) }
    return date.contains(String(year)) ? date : "\(year) \(date)"
  }

  /// `AU`: the family name and the initials of the given names (`Lindqvist ME`).
  private static func shortName(family: String, given: String?) -> String {
    let initials = (given ?? "").split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." })
      .compactMap { $0.first.map { String($0).uppercased() } }.joined()
    return initials.isEmpty ? family : "\(family) \(initials)"
  }
}

/// The lines of one record being written.
private struct MEDLINELines {
  var text = ""

  /// Adds `TAG - value`, the tag padded to four columns, wrapped; nothing for a missing value.
  mutating func add(_ tag: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    let padded = tag.padding(toLength: 4)
    var first = true
    for paragraph in value.split(separator: "\n", omittingEmptySubsequences: false) {
      if !first { text += "\n" }
      var line = first ? "\(padded)- " : "      "
      var lineHasWord = false
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        if lineHasWord && line.count + 1 + word.count > 88 {
          text += line + "\n"
          line = "      "
          lineHasWord = false
        }
        line += (lineHasWord ? " " : "") + word
        lineHasWord = true
      }
      text += line + "\n"
      first = false
    }
  }
}

extension String {
  /// The text with spaces after it up to `length` characters.
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
