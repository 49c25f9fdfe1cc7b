import ReviewModel

/// What the reader has gathered of one `PubmedArticle` or `PubmedBookArticle`, field by field
/// as the XML had it, until its end tag turns it into a ``Record``.
struct PubMedArticleDraft {
  /// The line of the article's start tag.
  var line: Int
  var isBook: Bool

  var pmid: String?
  var articleTitle: String?
  var vernacularTitle: String?
  var bookTitle: String?
  /// Abstract sections, each already `LABEL: text` where it has a label.
  var abstractSections: [String] = []

  var journalTitle: String?
  var isoAbbreviation: String?
  var medlineTA: String?
  var issn: String?
  var issnLinking: String?
  var volume: String?
  var issue: String?

  /// `PubDate`'s parts in document order (`2019`, `Mar`, `05`, or `2020`, `Winter`).
  var publicationDateParts: [String] = []
  var publicationYear: String?
  var medlineDate: String?
  var articleDateYear: String?

  var medlinePagination: String?
  var startPage: String?
  var endPage: String?
  var elocationPII: String?
  var elocationDOI: String?
  var articleIdDOI: String?
  var articleIdPMC: String?
  /// The DOI of the book a book document belongs to (`Book/ELocationID`).
  var bookDOI: String?

  /// Authors of the article (or chapter).
  var authors: [Author] = []
  /// Authors of a whole book, used when the book document names none of its own.
  var bookAuthors: [Author] = []
  var languages: [String] = []
  var publicationTypes: [String] = []
  var keywords: [String] = []
  var meshHeadings: [MeshHeading] = []
  var otherFields: [SourceField] = []

  init(line: Int, isBook: Bool) {
    self.line = line
    self.isBook = isBook
  }

  /// The record the article makes, with warnings for what it lacks.
  ///
  /// - Parameters:
  ///   - path: the file's path, for the record's location and the warnings.
  ///   - originalBytes: where the article stands in the file, where that was asked for.
  ///   - diagnostics: where warnings go.
  func record(path: String, originalBytes: Range<Int>?, diagnostics: inout [Diagnostic])
    -> Record
  {
    let location = SourceLocation(file: path, line: line)
    let pmid = pmid.flatMap(PMID.normalized)
    // A whole book's title is its BookTitle. An article that PubMed gave no English title
    // (its ArticleTitle is empty) is still best known by the title in its own language.
    let title = articleTitle ?? (isBook ? bookTitle : nil) ?? vernacularTitle
    let name = pmid.map { "PubMed article \($0)" } ?? "a PubMed article"
    if pmid == nil {
      diagnostics.append(Diagnostic(.warning, "a PubMed article without a PMID", at: location))
    }
    if title == nil {
      diagnostics.append(Diagnostic(.warning, "\(name) has no title", at: location))
    }
    return Record(
      pmid: pmid,
      doi: (elocationDOI ?? articleIdDOI ?? (isBook && articleTitle == nil ? bookDOI : nil))
        .flatMap(DOI.normalized),
      pmcid: articleIdPMC.map { $0.hasPrefix("PMC") ? $0 : "PMC" + $0 },
      title: title,
      vernacularTitle: vernacularTitle,
      abstract: abstractSections.isEmpty ? nil : abstractSections.joined(separator: " "),
      authors: authors.isEmpty ? bookAuthors : authors,
      year: year,
      publicationDate: medlineDate
        ?? (publicationDateParts.isEmpty ? nil : publicationDateParts.joined(separator: " ")),
      journal: isBook
        ? (articleTitle == nil ? nil : bookTitle) : journalTitle ?? isoAbbreviation ?? medlineTA,
      journalAbbreviation: isoAbbreviation ?? medlineTA,
      volume: volume,
      issue: issue,
      pages: pages,
      issn: issn ?? issnLinking,
      keywords: keywords,
      meshHeadings: meshHeadings,
      languages: languages,
      publicationTypes: publicationTypes,
      sourceId: pmid,
      otherFields: otherFields,
      location: location,
      originalBytes: originalBytes
    )
  }

  /// `PubDate`'s year, else the first year in a `MedlineDate` (`1998 Dec-1999 Jan`), else the
  /// year of the electronic `ArticleDate`.
  private var year: Int? {
    if let year = publicationYear.flatMap(Self.firstYear) { return year }
    if let year = medlineDate.flatMap(Self.firstYear) { return year }
    return articleDateYear.flatMap(Self.firstYear)
  }

  /// `MedlinePgn` as written, else `StartPage-EndPage`, else an electronic location (`e0123`).
  private var pages: String? {
    if let medlinePagination { return medlinePagination }
    if let startPage {
      return endPage.map { "\(startPage)-\($0)" } ?? startPage
    }
    return elocationPII
  }

  /// The first run of exactly four digits in `text`.
  private static func firstYear(_ text: String) -> Int? {
    var digits = 0
    var value = 0
    for byte in text.utf8 {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
        if digits <= 4 { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
      } else {
        if digits == 4 { return value }
        digits = 0
        value = 0
      }
    }
    return digits == 4 ? value : nil
  }
}
