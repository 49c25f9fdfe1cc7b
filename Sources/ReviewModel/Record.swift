/// One bibliographic record as read from a search export, with its fields normalised.
///
/// The normalised fields are what the rest of litrev works with (deduplication, queries,
/// screening, reports). What the file said, exactly as written, is kept by reference: an import
/// keeps the export file itself, and ``originalBytes`` says where in it the record stands, so
/// that nothing is lost between an export and the project.
public struct Record: Sendable, Hashable, Codable {
  /// PubMed identifier, digits only.
  public var pmid: String?
  /// Digital object identifier, bare (`10.1000/xyz`), lower-cased (see ``DOI/normalized(_:)``).
  public var doi: String?
  /// PubMed Central identifier with its `PMC` prefix.
  public var pmcid: String?
  public var title: String?
  /// A title in the original language, where the export gives one beside the English title.
  public var vernacularTitle: String?
  /// The abstract; a structured abstract's sections appear in order as `LABEL: text`.
  public var abstract: String?
  public var authors: [Author]
  public var year: Int?
  /// The publication date as the export wrote it (`2019 Mar-Apr`, `2020 Winter`, `2021/05/03/`).
  public var publicationDate: String?
  /// The journal's full title where the export gives it, otherwise its abbreviation.
  public var journal: String?
  public var journalAbbreviation: String?
  public var volume: String?
  public var issue: String?
  /// Pages as written: `123-33`, `e0123`.
  public var pages: String?
  public var issn: String?
  public var keywords: [String]
  public var meshHeadings: [MeshHeading]
  /// Languages as the export gives them (`eng`, `English`).
  public var languages: [String]
  public var publicationTypes: [String]
  public var urls: [String]
  public var notes: [String]
  /// The RIS reference type (`JOUR`, `CONF`, …) where the export has one.
  public var risType: String?
  /// The record's accession number in its source database (RIS `AN`/`ID`, PubMed's PMID).
  public var sourceId: String?
  /// The database the export names for the record (RIS `DB`), if any.
  public var sourceDatabase: String?
  /// Fields the reader keeps but does not interpret (unknown RIS tags, for instance), in order.
  public var otherFields: [SourceField]
  /// Where the record starts in its file.
  public var location: SourceLocation?
  /// Where the record stands in its export, as byte offsets into the file's content (inflated,
  /// for a `.gz`), where the reader was asked to locate it.
  ///
  /// A reference rather than a copy: copying every record's text into the project doubled what
  /// an import wrote, and re-serialising XML to get it was a third of the XML reader's work.
  public var originalBytes: Range<Int>?
  /// The record's text as the export gave it, for the few sources whose records are not a run of
  /// bytes in a file (a CSV row, stored as one row of CSV), and for records imported before
  /// projects kept their export files.
  public var originalText: String?

  public init(
    pmid: String? = nil, doi: String? = nil, pmcid: String? = nil, title: String? = nil,
    vernacularTitle: String? = nil, abstract: String? = nil, authors: [Author] = [],
    year: Int? = nil, publicationDate: String? = nil, journal: String? = nil,
    journalAbbreviation: String? = nil, volume: String? = nil, issue: String? = nil,
    pages: String? = nil, issn: String? = nil, keywords: [String] = [],
    meshHeadings: [MeshHeading] = [], languages: [String] = [], publicationTypes: [String] = [],
    urls: [String] = [], notes: [String] = [], risType: String? = nil, sourceId: String? = nil,
    sourceDatabase: String? = nil, otherFields: [SourceField] = [],
    location: SourceLocation? = nil, originalBytes: Range<Int>? = nil,
    originalText: String? = nil
  ) {
    self.pmid = pmid
    self.doi = doi
    self.pmcid = pmcid
    self.title = title
    self.vernacularTitle = vernacularTitle
    self.abstract = abstract
    self.authors = authors
    self.year = year
    self.publicationDate = publicationDate
    self.journal = journal
    self.journalAbbreviation = journalAbbreviation
    self.volume = volume
    self.issue = issue
    self.pages = pages
    self.issn = issn
    self.keywords = keywords
    self.meshHeadings = meshHeadings
    self.languages = languages
    self.publicationTypes = publicationTypes
    self.urls = urls
    self.notes = notes
    self.risType = risType
    self.sourceId = sourceId
    self.sourceDatabase = sourceDatabase
    self.otherFields = otherFields
    self.location = location
    self.originalBytes = originalBytes
    self.originalText = originalText
  }
}
