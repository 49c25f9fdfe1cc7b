import ReviewModel

/// One data row of a CSV export, its cells found by header name.
///
/// Every cell goes through ``CSVWriter/unescapedCell(_:)``, so that a file litrev wrote (with an
/// apostrophe before a cell a spreadsheet would run as a formula) reads back as it was. Each
/// lookup marks its column as used; the cells no lookup asked for are the row's other fields.
struct CSVRecordRow {
  /// Lower-cased header → column.
  let columns: [String: Int]
  let headers: [String]
  let cells: [String]
  private(set) var used: Set<Int> = []

  /// The text of the column `name` (lower case), or nil when it is missing or blank.
  mutating func value(_ name: String) -> String? {
    guard let column = columns[name], column < cells.count else { return nil }
    used.insert(column)
    let text = CSVWriter.unescapedCell(cells[column]).trimmingWhitespace()
    return text.isEmpty ? nil : text
  }

  /// The items of a `;`-separated list column (keywords, Scopus's authors, languages).
  mutating func list(_ name: String, separator: Character = ";") -> [String] {
    guard let text = value(name) else { return [] }
    return text.split(separator: separator).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  /// The cells no lookup used, under their headers as written.
  var otherFields: [SourceField] {
    cells.indices.compactMap { column in
      guard !used.contains(column), column < headers.count else { return nil }
      let text = CSVWriter.unescapedCell(cells[column])
      return text.isEmpty ? nil : SourceField(tag: headers[column], value: text)
    }
  }
}

extension CSVDialect {
  /// The record a data row describes.
  func makeRecord(_ row: inout CSVRecordRow, location: SourceLocation) -> Record {
    var record: Record
    switch self {
    case .pubMed: record = Self.pubMedRecord(&row)
    case .scopus: record = Self.scopusRecord(&row)
    case .asReview: record = Self.asReviewRecord(&row)
    }
    record.location = location
    record.otherFields += row.otherFields
    return record
  }

  /// PubMed: `Authors` as `Family Initials, …` (MEDLINE's `AU` form), the volume, issue,
  /// pages and date read from the `Citation` (`J Surg Educ. 2019 Mar-Apr;76(2):201-209. doi: …`),
  /// which is also kept whole among the other fields.
  private static func pubMedRecord(_ row: inout CSVRecordRow) -> Record {
    var record = Record()
    record.pmid = row.value("pmid").flatMap(PMID.normalized)
    record.sourceId = record.pmid
    record.title = row.value("title")
    if let authors = row.value("authors") {
      let names = authors.hasSuffix(".") ? String(authors.dropLast()) : authors
      record.authors = names.split(separator: ",").map { $0.trimmingWhitespace() }
        .filter { !$0.isEmpty }.map(MEDLINEAuthorName.shortName)
    }
    record.journal = row.value("journal/book")
    record.year = row.value("publication year").flatMap { Int($0) }
    record.pmcid = row.value("pmcid")
    record.doi = row.value("doi").flatMap(DOI.normalized)
    if let citation = row.value("citation") {
      let parts = PubMedCitation(citation)
      record.publicationDate = parts.date
      record.volume = parts.volume
      record.issue = parts.issue
      record.pages = parts.pages
      record.otherFields.append(SourceField(tag: "Citation", value: citation))
    }
    record.sourceDatabase = "PubMed"
    return record
  }

  /// Scopus: `Author full names` (`Family, Given (id)`) over `Authors`, pages from `Page start`
  /// and `Page end` or the article number, both keyword columns, `EID` as the source id.
  private static func scopusRecord(_ row: inout CSVRecordRow) -> Record {
    var record = Record()
    let fullNames = row.list("author full names").map { name in
      guard let open = name.lastIndex(of: "("), name.hasSuffix(")") else { return name }
      return name[..<open].trimmingWhitespace()
    }
    let shortNames = row.list("authors")
    let names = fullNames.count >= shortNames.count ? fullNames : shortNames
    record.authors = names.compactMap { RISAuthorName.author($0[...]) }
    if !fullNames.isEmpty && names == fullNames {
      // The short form is not lost.
      if let text = shortNames.isEmpty ? nil : shortNames.joined(separator: "; ") {
        record.otherFields.append(SourceField(tag: "Authors", value: text))
      }
    }
    record.title = row.value("title")
    record.year = row.value("year").flatMap { Int($0) }
    record.publicationDate = record.year.map(String.init)
    record.journal = row.value("source title")
    record.journalAbbreviation = row.value("abbreviated source title")
    record.volume = row.value("volume")
    record.issue = row.value("issue")
    let start = row.value("page start")
    let end = row.value("page end")
    let article = row.value("art. no.")
    switch (start, end) {
    case (let start?, let end?): record.pages = "\(start)-\(end)"
    case (let start?, nil): record.pages = start
    default: record.pages = article
    }
    if record.pages != article, let article {
      record.otherFields.append(SourceField(tag: "Art. No.", value: article))
    }
    record.doi = row.value("doi").flatMap(DOI.normalized)
    record.urls = row.value("link").map { [$0] } ?? []
    let abstract = row.value("abstract")
    record.abstract = abstract == "[No abstract available]" ? nil : abstract
    record.keywords = row.list("author keywords") + row.list("index keywords")
    record.issn = row.value("issn")
    record.pmid = row.value("pubmed id").flatMap(PMID.normalized)
    record.languages = row.list("language of original document")
    record.publicationTypes = row.value("document type").map { [$0] } ?? []
    record.sourceId = row.value("eid")
    record.sourceDatabase = row.value("source") ?? "Scopus"
    return record
  }

  /// ASReview: lower-case columns; `authors` and `keywords` `;`-separated (or `,` where there
  /// is no `;`); the label columns stay among the other fields under their names.
  private static func asReviewRecord(_ row: inout CSVRecordRow) -> Record {
    var record = Record()
    record.title = row.value("title") ?? row.value("primary_title")
    record.abstract = row.value("abstract") ?? row.value("notes_abstract")
    record.authors = Self.asReviewAuthors(row.value("authors") ?? "")
    let keywords = row.value("keywords") ?? ""
    record.keywords = keywords.split(separator: keywords.contains(";") ? ";" : ",")
      .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    record.doi = row.value("doi").flatMap(DOI.normalized)
    record.year = row.value("year").flatMap { Int($0) }
    record.publicationDate = row.value("date") ?? record.year.map(String.init)
    record.journal = row.value("journal") ?? row.value("secondary_title")
    record.journalAbbreviation = row.value("journal_abbreviation")
    record.volume = row.value("volume")
    record.issue = row.value("issue") ?? row.value("number")
    record.pages = row.value("pages")
    record.pmid = row.value("pmid").flatMap(PMID.normalized)
    record.pmcid = row.value("pmcid")
    record.issn = row.value("issn")
    record.urls = row.list("url")
    record.languages = row.list("language")
    record.publicationTypes = row.list("publication_types")
    record.sourceDatabase = row.value("source_database")
    record.sourceId = row.value("source_id") ?? row.value("record_id") ?? row.value("id")
    return record
  }
}

extension CSVDialect {
  /// ASReview's `authors`: `;`-separated as litrev and most tools write them; without a `;`,
  /// `,`-separated where every name is `Family Initials` (`Smith J, Jones K`), else one author
  /// (`Müller, Anna`).
  fileprivate static func asReviewAuthors(_ text: String) -> [Author] {
    if text.contains(";") {
      return text.split(separator: ";").compactMap { RISAuthorName.author($0) }
    }
    let parts = text.split(separator: ",").map { $0.trimmingSpaces() }
    let isShortForm =
      parts.count > 1
      && parts.allSatisfy { part in
        guard let last = part.split(separator: " ").last, part.contains(" ") else { return false }
        return last.count <= 4 && last.allSatisfy { $0.isUppercase || $0 == "." }
      }
    if isShortForm { return parts.compactMap { RISAuthorName.author($0) } }
    return RISAuthorName.author(text[...]).map { [$0] } ?? []
  }
}

/// The parts of a PubMed citation line: `J Surg Educ. 2019 Mar-Apr;76(2):201-209. doi: …`.
struct PubMedCitation {
  var date: String?
  var volume: String?
  var issue: String?
  var pages: String?

  init(_ text: String) {
    guard let semicolon = text.firstIndex(of: ";") else { return }
    let head = text[..<semicolon]
    if let dot = head.ranges(of: ". ").last {
      date = head[dot.upperBound...].trimmingWhitespace()
    }
    var rest = text[text.index(after: semicolon)...]
    if let end = rest.firstRange(of: ". ") {
      rest = rest[..<end.lowerBound]
    } else if rest.hasSuffix(".") {
      rest = rest.dropLast()
    }
    let colon = rest.firstIndex(of: ":")
    let reference = colon.map { rest[..<$0] } ?? rest
    if let colon { pages = rest[rest.index(after: colon)...].trimmingWhitespace() }
    if let open = reference.firstIndex(of: "("), let close = reference.firstIndex(of: ")"),
      open < close
    {
      volume = reference[..<open].trimmingWhitespace()
      issue = reference[reference.index(after: open)..<close].trimmingWhitespace()
    } else {
      volume = reference.trimmingWhitespace()
    }
    if volume?.isEmpty == true { volume = nil }
    if pages?.isEmpty == true { pages = nil }
  }
}
