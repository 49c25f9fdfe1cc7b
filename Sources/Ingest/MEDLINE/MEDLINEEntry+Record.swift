import ReviewModel

/// The mapping from MEDLINE tags to a record's fields, as PubMed writes them (the same choices
/// as `PubMedArticleReader` makes from the XML of the same record):
///
/// - PMID `PMID` (also the source id), PMCID `PMC`; DOI: the first `LID` that is one
///   (`10.… [doi]`), else the first such `AID`;
/// - title: `TI`, else the book title `BTI` of a whole book, else the title in the article's own
///   language `TT`, which is also the vernacular title;
/// - authors: `FAU`, with `AU` where a name has no `FAU`, and `CN` for collective authors, each
///   with the `AD` affiliations after it (see `MEDLINEAuthorList`). Editors (`FED`, `ED`) and
///   investigators (`FIR`, `IR`) are not authors: they stay in ``Record/otherFields``;
/// - journal: `JT`, else `TA`; for a chapter (a record with both `TI` and `BTI`) the book title;
///   abbreviation: `TA`;
/// - date: `DP` as written (`2019 Mar-Apr`, `2020 Winter`); year: the first four-digit year in
///   `DP`, else that of the electronic date `DEP`;
/// - volume `VI`, issue `IP`, pages `PG`, else an electronic location (`LID` `e0123 [pii]`, or
///   an `LID` without a kind);
/// - abstract `AB`; ISSN: the first `IS`, without its kind (`(Print)`);
/// - keywords `OT`, MeSH headings `MH`, publication types `PT`, languages `LA`.
///
/// Every field not used for one of these, including a second value where only one is kept (a
/// second `IS`, the `AID`s whose DOI was taken from `LID`), goes to ``Record/otherFields`` in file
/// order, so that the normalised record loses nothing.
extension MEDLINEEntry {
  /// The record these fields describe.
  func makeRecord(location: SourceLocation?, originalBytes: Range<Int>?) -> Record {
    var picks = MEDLINEPicks()
    picks.choose(from: fields)
    var record = Record(location: location, originalBytes: originalBytes)
    let value = { (index: Int?) in index.map { fields[$0].value } }
    record.pmid = picks.pmid
    record.sourceId = picks.pmid
    record.doi = picks.doi
    record.pmcid = value(picks.pmcid).map { $0.hasPrefix("PMC") ? $0 : "PMC" + $0 }
    let title = value(picks.title)
    let bookTitle = value(picks.bookTitle)
    record.vernacularTitle = value(picks.vernacularTitle)
    record.title = title ?? bookTitle ?? record.vernacularTitle
    record.abstract = value(picks.abstract)
    record.publicationDate = value(picks.date)
    record.year = picks.year
    record.journal = picks.isChapter ? bookTitle : value(picks.journal) ?? value(picks.abbreviation)
    record.journalAbbreviation = value(picks.abbreviation)
    record.volume = value(picks.volume)
    record.issue = value(picks.issue)
    record.pages = value(picks.pagination) ?? picks.electronicPage
    record.issn = value(picks.issn).map(Self.bareISSN)
    collectLists(into: &record, picks: picks)
    return record
  }

  /// Authors, headings, keywords, types and languages, and every field left over, in file order.
  private func collectLists(into record: inout Record, picks: MEDLINEPicks) {
    var authors = MEDLINEAuthorList()
    for (index, field) in fields.enumerated() where !field.value.isEmpty {
      switch field.tag {
      case .fullAuthor: authors.addFullName(field.value)
      case .author: authors.addShortName(field.value)
      case .corporateAuthor: authors.addCollective(field.value)
      case .affiliation: authors.addAffiliation(field.value)
      case .meshHeading: record.meshHeadings.append(MeshHeading(medlineText: field.value))
      case .otherTerm: record.keywords.append(field.value)
      case .publicationType: record.publicationTypes.append(field.value)
      case .language: record.languages.append(field.value)
      default:
        if !picks.uses(index) {
          record.otherFields.append(SourceField(tag: field.tag.text, value: field.value))
        }
      }
    }
    record.authors = authors.authors
    for affiliation in authors.unattachedAffiliations {
      record.otherFields.append(SourceField(tag: "AD", value: affiliation))
    }
  }

  /// `1467-5463` of `1467-5463 (Print)`.
  private static func bareISSN(_ value: String) -> String {
    guard let open = value.byteRange(of: " (") else { return value }
    return String(value[..<open.lowerBound])
  }
}

/// Which field fills each single-valued field of the record, by index into the entry's fields:
/// the first of its tag that holds a usable value.
private struct MEDLINEPicks {
  var pmid: String?
  var pmidIndex: Int?
  var doi: String?
  var doiIndex: Int?
  var pmcid: Int?
  var title: Int?
  var bookTitle: Int?
  var vernacularTitle: Int?
  var abstract: Int?
  var date: Int?
  var electronicDate: Int?
  var year: Int?
  var journal: Int?
  var abbreviation: Int?
  var volume: Int?
  var issue: Int?
  var pagination: Int?
  var electronicPage: String?
  var electronicPageIndex: Int?
  var issn: Int?
  // `DEP` gives the year only where `DP` has none, and is kept whole in the other fields.

  /// A chapter: a title of its own within a book that has its own title.
  var isChapter: Bool { title != nil && bookTitle != nil }

  /// True when the field at `index` fills one of the record's single-valued fields.
  func uses(_ index: Int) -> Bool {
    if index == journal { return !isChapter }
    if index == electronicPageIndex { return pagination == nil }
    return index == pmidIndex || index == doiIndex || index == pmcid || index == title
      || index == bookTitle || index == vernacularTitle || index == abstract || index == date
      || index == abbreviation || index == volume || index == issue || index == pagination
      || index == issn
  }

  mutating func choose(from fields: [MEDLINEField]) {
    var articleDOI: (doi: String, index: Int)?
    for (index, field) in fields.enumerated() where !field.value.isEmpty {
      switch field.tag {
      case .pmid:
        if pmid == nil, let found = PMID.normalized(field.value) {
          pmid = found
          pmidIndex = index
        }
      case .title: title = title ?? index
      case .bookTitle: bookTitle = bookTitle ?? index
      case .transliteratedTitle: vernacularTitle = vernacularTitle ?? index
      case .abstract: abstract = abstract ?? index
      case .publicationDate: date = date ?? index
      case .electronicDate: electronicDate = electronicDate ?? index
      case .journalTitle: journal = journal ?? index
      case .journalAbbreviation: abbreviation = abbreviation ?? index
      case .volume: volume = volume ?? index
      case .issue: issue = issue ?? index
      case .pagination: pagination = pagination ?? index
      case .pmcid: pmcid = pmcid ?? index
      case .issn: issn = issn ?? index
      case .locationID:
        switch MEDLINEIdentifier(field.value) {
        case .doi(let found) where doi == nil:
          doi = found
          doiIndex = index
        case .electronicPage(let page) where electronicPage == nil:
          electronicPage = page
          electronicPageIndex = index
        default: break
        }
      case .articleID:
        if articleDOI == nil, case .doi(let found) = MEDLINEIdentifier(field.value) {
          articleDOI = (found, index)
        }
      default: break
      }
    }
    if doi == nil, let articleDOI {
      doi = articleDOI.doi
      doiIndex = articleDOI.index
    }
    if let date, let found = Self.firstYear(fields[date].value) {
      year = found
    } else if let electronicDate, let found = Self.leadingYear(fields[electronicDate].value) {
      year = found
    }
  }

  /// The first run of exactly four digits: `2019` in `2019 Mar-Apr`, `1998 Dec-1999 Jan`.
  static func firstYear(_ text: String) -> Int? {
    var value = 0
    var digits = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        value = value * 10 + Int(byte - 0x30)
        digits += 1
        if digits > 4 { value = 0 }
      } else {
        if digits == 4 { return value }
        value = 0
        digits = 0
      }
    }
    return digits == 4 ? value : nil
  }

  /// The year of a `YYYYMMDD` date.
  static func leadingYear(_ text: String) -> Int? {
    let digits = text.utf8.prefix(4)
    guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
  }
}

/// What an `LID` or `AID` value identifies, by the kind in brackets after it.
private enum MEDLINEIdentifier {
  case doi(String)
  /// An electronic location that stands for pages (`e0123 [pii]`, `103640`).
  case electronicPage(String)
  case other

  init(_ value: String) {
    guard value.utf8.last == 0x5D, let open = value.byteRange(of: " [") else {
      // No kind: a DOI if it looks like one, else an electronic page number.
      if value.hasPrefix("10."), value.containsByte(0x2F), let doi = DOI.normalized(value) {
        self = .doi(doi)
      } else {
        self = .electronicPage(value)
      }
      return
    }
    let kind = value[open.upperBound...].dropLast()
    let identifier = String(value[..<open.lowerBound])
    switch kind {
    case "doi": self = DOI.normalized(identifier).map { .doi($0) } ?? .other
    case "pii": self = .electronicPage(identifier)
    default: self = .other
    }
  }
}
