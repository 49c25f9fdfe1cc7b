import ReviewModel

/// A Web of Science record as read: its fields in file order, before they are interpreted.
///
/// The fields are ``RISField``s: continuation lines follow the tag's line after `\n`, and the
/// same joiners serve (one name a line for `AU`, wrapped text for `TI`).
struct WoSEntry {
  var fields: [RISField] = []
}

/// The mapping from Web of Science tags to a record's fields:
///
/// - authors: the full names `AF`, else the short names `AU` (one a line, `Family, Given`), then
///   the group authors `CA`; the spelling not used stays in ``Record/otherFields``. Each address
///   of `C1` (`[Okafor, Chidi; Nguyen, Thanh] Newcastle Univ, …`) becomes an affiliation of the
///   authors named in its brackets, as they are spelt in the names used; `C1` also stays in the
///   other fields, since an address without brackets names no author;
/// - title `TI`; journal `SO`; abbreviation `JI`, else `J9`; abstract `AB`;
/// - year `PY`; the date as written: `PY` and `PD` (`2004 JUN 8`);
/// - volume `VL`, issue `IS`, pages `BP-EP` (either alone), else the article number `AR`;
///   `PG` is a page count, not pages, and stays in the other fields;
/// - DOI `DI`, PMID `PM`, ISSN `SN`; source id: the accession number `UT` (`WOS:000221807500019`);
/// - keywords: the author keywords `DE`, then Keywords Plus `ID`, each list `;`-separated;
/// - languages `LA`; publication types: the document types `DT` (`Article`, `Review`); the type
///   code `PT` (`J`, `B`, `S`, `P`) gives the RIS type (`JOUR`, `BOOK`, `SER`, `PAT`).
///
/// Every field not used for one of these, including a second value where only one is kept, goes
/// to ``Record/otherFields`` in file order, with its lines as written, so that the normalised
/// record loses nothing.
extension WoSEntry {
  /// The record these fields describe.
  func makeRecord(location: SourceLocation?, originalBytes: Range<Int>?) -> Record {
    var record = Record(location: location, originalBytes: originalBytes)
    record.sourceDatabase = "Web of Science"
    var fullNameFields: [RISField] = []
    var shortNameFields: [RISField] = []
    var addresses: [WoSAddress] = []
    var groups: [Author] = []
    var firstPage: String?
    var lastPage: String?
    var articleNumber: String?
    var date: String?
    for field in fields where !field.value.isEmpty {
      var isUsed = true
      switch field.tag {
      case WoSTag.fullAuthor:
        fullNameFields.append(field)
      case WoSTag.author:
        shortNameFields.append(field)
      case WoSTag.groupAuthor:
        field.forEachValue(splitsAtSemicolons: false) { groups.append(.collective(String($0))) }
      case WoSTag.address:
        isUsed = false
        field.forEachValue(splitsAtSemicolons: false) { line in
          if let address = WoSAddress(line) { addresses.append(address) }
        }
      case WoSTag.title: isUsed = fill(&record.title, field.wrappedText)
      case WoSTag.source: isUsed = fill(&record.journal, field.wrappedText)
      case WoSTag.isoAbbreviation: isUsed = fill(&record.journalAbbreviation, field.wrappedText)
      case WoSTag.abstract: isUsed = fill(&record.abstract, field.paragraphText)
      case WoSTag.year:
        isUsed = record.year == nil && Self.year(field.value) != nil
        if isUsed { record.year = Self.year(field.value) }
      case WoSTag.publicationDate: isUsed = fill(&date, field.wrappedText)
      case WoSTag.volume: isUsed = fill(&record.volume, field.wrappedText)
      case WoSTag.issue: isUsed = fill(&record.issue, field.wrappedText)
      case WoSTag.beginningPage: isUsed = fill(&firstPage, field.wrappedText)
      case WoSTag.endingPage: isUsed = fill(&lastPage, field.wrappedText)
      case WoSTag.articleNumber: isUsed = fill(&articleNumber, field.wrappedText)
      case WoSTag.doi:
        isUsed = record.doi == nil && DOI.normalized(field.value) != nil
        if isUsed { record.doi = DOI.normalized(field.value) }
      case WoSTag.pmid:
        isUsed = record.pmid == nil && PMID.normalized(field.value) != nil
        if isUsed { record.pmid = PMID.normalized(field.value) }
      case WoSTag.accessionNumber: isUsed = fill(&record.sourceId, field.wrappedText)
      case WoSTag.issn: isUsed = fill(&record.issn, field.wrappedText)
      case WoSTag.authorKeywords, WoSTag.keywordsPlus:
        Self.forEachListItem(field) { record.keywords.append($0) }
      case WoSTag.language:
        Self.forEachListItem(field) { record.languages.append($0) }
      case WoSTag.documentType:
        Self.forEachListItem(field) { record.publicationTypes.append($0) }
      case WoSTag.publicationType:
        isUsed = false
        if record.risType == nil { record.risType = Self.risType(ofCode: field.wrappedText) }
      default:
        isUsed = false
      }
      if !isUsed {
        record.otherFields.append(SourceField(tag: field.tag.text, value: field.value))
      }
    }
    // `AF` unless it names fewer authors than `AU` (a damaged record, or one without `AF`).
    // Names are counted first and only the spelling used is parsed, since splitting names is
    // much of the work of a record; the other spelling stays in the other fields.
    let fullNameCount = Self.nameCount(in: fullNameFields)
    let usesFullNames = fullNameCount > 0 && fullNameCount >= Self.nameCount(in: shortNameFields)
    var people = WoSAuthorList()
    for field in usesFullNames ? fullNameFields : shortNameFields {
      field.forEachValue(splitsAtSemicolons: false) { people.append(person: $0) }
    }
    for field in usesFullNames ? shortNameFields : fullNameFields {
      record.otherFields.append(SourceField(tag: field.tag.text, value: field.value))
    }
    people.attach(addresses)
    record.authors = people.authors + groups
    record.publicationDate = Self.dateText(year: record.year, date: date)
    if let pages = Self.pages(first: firstPage, last: lastPage) {
      record.pages = pages
      if let articleNumber {
        record.otherFields.append(SourceField(tag: "AR", value: articleNumber))
      }
    } else {
      record.pages = articleNumber
    }
    return record
  }

  /// How many names the author fields hold, one a line (the lines come trimmed, and empty
  /// ones are passed over, so each line is a name).
  private static func nameCount(in fields: [RISField]) -> Int {
    var count = 0
    for field in fields {
      field.forEachValue(splitsAtSemicolons: false) { _ in count += 1 }
    }
    return count
  }

  /// Sets `slot` to `value` unless it holds one already; true when it was set.
  private func fill(_ slot: inout String?, _ value: String) -> Bool {
    guard slot == nil else { return false }
    slot = value
    return true
  }

  /// The items of a `;`-separated list that Web of Science wraps over lines (`DE`, `ID`, `DT`):
  /// the lines are joined first, since an item may be cut in two by the wrapping.
  private static func forEachListItem(_ field: RISField, _ body: (String) -> Void) {
    field.wrappedText.forEachPart(separatedBy: 0x3B) { item in
      let trimmed = item.trimmingSpaces()
      if !trimmed.isEmpty { body(String(trimmed)) }
    }
  }

  /// The year of `PY`: four digits.
  private static func year(_ text: String) -> Int? {
    let digits = text.trimmingWhitespace()
    guard digits.utf8.count == 4, let year = Int(digits) else { return nil }
    return year
  }

  /// `2004 JUN 8` from `PY 2004` and `PD JUN 8`, the order MEDLINE's `DP` has.
  private static func dateText(year: Int?, date: String?) -> String? {
    switch (year, date) {
    case (let year?, let date?): "\(year) \(date)"
    case (let year?, nil): String(year)
    case (nil, let date?): date
    case (nil, nil): nil
    }
  }

  private static func pages(first: String?, last: String?) -> String? {
    switch (first, last) {
    case (let first?, let last?) where first != last: "\(first)-\(last)"
    case (let first?, _): first
    case (nil, let last?): last
    case (nil, nil): nil
    }
  }

  /// The RIS type of a Web of Science publication type code.
  private static func risType(ofCode code: String) -> String? {
    switch code {
    case "J": "JOUR"
    case "B": "BOOK"
    case "S": "SER"
    case "P": "PAT"
    case "C": "CONF"
    default: nil
    }
  }
}

/// A record's personal authors in one spelling (`AF` or `AU`), with each name as written, which
/// is how the brackets of `C1` name them.
private struct WoSAuthorList {
  private(set) var authors: [Author] = []
  private var names: [Substring] = []

  mutating func append(person name: Substring) {
    guard let author = RISAuthorName.author(name) else { return }
    authors.append(author)
    names.append(name.trimmingSpaces())
  }

  /// Gives each address to the authors its brackets name; a name that matches none is passed
  /// over, since it may be spelt as the other list spells it.
  mutating func attach(_ addresses: [WoSAddress]) {
    for address in addresses {
      for name in address.names {
        for index in names.indices where names[index] == name {
          if !authors[index].affiliations.contains(address.text) {
            authors[index].affiliations.append(address.text)
          }
        }
      }
    }
  }
}

/// One line of `C1`: `[Author A; Author B] Address`.
private struct WoSAddress {
  var names: [Substring]
  var text: String

  /// The address of a line with authors in brackets; nil for one without (older records give
  /// the addresses alone, which name no author).
  init?(_ line: Substring) {
    let trimmed = line.trimmingSpaces()
    guard trimmed.utf8.first == 0x5B, let close = trimmed.utf8.firstIndex(of: 0x5D) else {
      return nil
    }
    let inside = trimmed[trimmed.utf8.index(after: trimmed.startIndex)..<close]
    var names: [Substring] = []
    inside.forEachPart(separatedBy: 0x3B) { part in
      let name = part.trimmingSpaces()
      if !name.isEmpty { names.append(name) }
    }
    let text = trimmed[trimmed.utf8.index(after: close)...].trimmingSpaces()
    guard !names.isEmpty, !text.isEmpty else { return nil }
    self.names = names
    self.text = String(text)
  }
}
