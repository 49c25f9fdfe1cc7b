import ReviewModel

/// What has been read of one EndNote record, field by field, until its end tag makes it a
/// ``Record``.
struct EndNoteRecordDraft {
  var line: Int
  var record = Record()
  var referenceType: String?
  var periodicalTitle: String?
  var periodicalAbbreviation: String?
  var secondaryTitle: String?
  var altTitle: String?
  var accessionNumber: String?

  init(line: Int) {
    self.line = line
  }

  /// The record, with the choices that need all of its fields.
  ///
  /// - journal: the periodical's `full-title`, else the `secondary-title` (a book section's
  ///   book, a conference's proceedings); abbreviation: the periodical's `abbr-1`, else the
  ///   `alt-title`; whichever is not used stays in ``Record/otherFields``;
  /// - the `accession-num` is the source id, and the PMID where it is all digits and the
  ///   `remote-database-name` is PubMed or MEDLINE (EndNote's PubMed imports);
  /// - the `ref-type` name is the publication type, and gives the RIS type.
  func finished(location: SourceLocation, originalBytes: Range<Int>?) -> Record {
    var record = self.record
    record.location = location
    record.originalBytes = originalBytes
    record.journal = periodicalTitle ?? secondaryTitle
    if periodicalTitle != nil, let secondaryTitle {
      record.otherFields.append(SourceField(tag: "secondary-title", value: secondaryTitle))
    }
    record.journalAbbreviation = periodicalAbbreviation ?? altTitle
    if periodicalAbbreviation != nil, let altTitle {
      record.otherFields.append(SourceField(tag: "alt-title", value: altTitle))
    }
    record.sourceId = accessionNumber
    if let accessionNumber, let database = record.sourceDatabase?.lowercased(),
      database.containsBytes("pubmed") || database.containsBytes("medline"),
      accessionNumber.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    {
      record.pmid = accessionNumber
    }
    if let referenceType {
      record.publicationTypes.insert(referenceType, at: 0)
      record.risType = Self.risTypes[referenceType] ?? "GEN"
    }
    return record
  }

  /// RIS types of EndNote's reference type names, as EndNote's own RIS export maps them.
  private static let risTypes: [String: String] = [
    "Journal Article": "JOUR", "Book": "BOOK", "Edited Book": "EDBOOK", "Book Section": "CHAP",
    "Conference Proceedings": "CONF", "Conference Paper": "CPAPER", "Thesis": "THES",
    "Report": "RPRT", "Web Page": "ELEC", "Electronic Article": "EJOUR", "Magazine Article": "MGZN",
    "Newspaper Article": "NEWS", "Generic": "GEN", "Dataset": "DATA", "Patent": "PAT",
    "Government Document": "GOVDOC", "Unpublished Work": "UNPB", "Serial": "SER",
  ]
}
