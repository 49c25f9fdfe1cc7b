import ReviewModel

/// The mapping from RIS tags to a record's fields, decided from the exports of some twenty tools
/// (see `RISReader`):
///
/// - title: `TI`, else `T1`, else `CT`, else `BT` of a book, else the short title `ST`;
/// - authors: `AU`, then `A1` (one name a line, or several separated by `;`). `A2`–`A4` and `ED`
///   are editors, translators or, in Ovid, cited authors: they stay in ``Record/otherFields``,
///   as does `AD`, which is often the corresponding author's address only (Embase), not the first
///   author's;
/// - journal: the first of `T2`, `JF`, `JO`, `JA`, `J2`, `J1` (then `BT`, for a chapter); the
///   abbreviation: the first of `JA`, `J2`, `J1`, `JO` that differs from the journal;
/// - year: the first four-digit year in `PY`, else `Y1`, else `DA`; the date as written: `DA`,
///   else `Y1`, else `PY`;
/// - pages: `SP` when it holds a range, else `SP-EP`, else either alone, else `PG`;
/// - abstract: the first `AB`, else `N2` (CINAHL writes the copyright notice in a second `AB`);
/// - DOI: the first `DO` that holds one, else a field that is a DOI and nothing else (`UR`,
///   `L1`–`L3`, `LK`, `M3`, `N1`); PMID: `AN` when `DB` is PubMed or MEDLINE, or a labelled
///   value (`PMID: …`, Cochrane's `PUBMED …`), or a PubMed URL; PMCID: a value that is one;
/// - keywords `KW`, URLs `UR`/`L1`/`L2`/`LK`, languages `LA`, notes `N1`, ISSN `SN`, database
///   `DB`, accession number `AN` (else `ID`) as the source id, type `TY`.
///
/// Every field not used for one of these, including a second value where only one is kept, goes
/// to ``Record/otherFields`` in file order, so that the normalised record loses nothing.
extension RISEntry {
  /// The record these fields describe.
  func makeRecord(location: SourceLocation?, originalBytes: Range<Int>?) -> Record {
    var picks = Picks()
    picks.choose(from: fields)
    var record = Record(location: location, originalBytes: originalBytes)
    record.risType = picks.type.map { fields[$0].wrappedText }
    record.title = picks.title.map { fields[$0].wrappedText }
    record.journal = picks.journal.map { fields[$0].wrappedText }
    record.journalAbbreviation = picks.abbreviation.map { fields[$0].wrappedText }
    record.year = picks.year
    record.publicationDate = picks.date.map { fields[$0].wrappedText }
    record.volume = picks.volume.map { fields[$0].wrappedText }
    record.issue = picks.issue.map { fields[$0].wrappedText }
    record.pages = pages(picks)
    record.abstract = picks.abstract.map { fields[$0].paragraphText }
    record.issn = picks.issn.map { joinedValues(fields[$0]) }
    record.sourceDatabase = picks.database.map { joinedValues(fields[$0]) }
    record.sourceId = picks.sourceId.map { fields[$0].wrappedText }
    record.doi = picks.doi
    collectLists(into: &record, picks: picks)
    findIdentifiers(in: &record, picks: picks)
    return record
  }

  /// Authors, keywords, URLs, languages and notes, and every field left over, in file order.
  private func collectLists(into record: inout Record, picks: Picks) {
    reserveLists(in: &record, picks: picks)
    var primaryAuthors: [Author] = []
    for (index, field) in fields.enumerated() where !field.value.isEmpty {
      switch field.tag {
      case .author:
        field.forEachValue(splitsAtSemicolons: true) { name in
          if let author = RISAuthorName.author(name) { record.authors.append(author) }
        }
      case .primaryAuthor:
        field.forEachValue(splitsAtSemicolons: true) { name in
          if let author = RISAuthorName.author(name) { primaryAuthors.append(author) }
        }
      case .keyword:
        field.forEachValue(splitsAtSemicolons: true) { record.keywords.append(String($0)) }
      case .url, .fileAttachment, .relatedLink, .websiteLink:
        field.forEachValue(splitsAtSemicolons: false) { Self.appendURLs(in: $0, to: &record.urls) }
      case .language:
        field.forEachValue(splitsAtSemicolons: true) { record.languages.append(String($0)) }
      case .notes:
        record.notes.append(field.value)
      case .end:
        break
      default:
        if !picks.uses(index) {
          record.otherFields.append(SourceField(tag: field.tag.text, value: field.value))
        }
      }
    }
    // Both spellings of the primary author in one record are rare; `AU` is the current one.
    record.authors += primaryAuthors
  }

  /// Gives the record's lists the room their fields need, so that they grow once rather than
  /// by doubling (a record has some fifteen keywords and a handful of other fields).
  private func reserveLists(in record: inout Record, picks: Picks) {
    var authors = 0
    var keywords = 0
    var urls = 0
    var others = 0
    for (index, field) in fields.enumerated() where !field.value.isEmpty {
      switch field.tag {
      case .author, .primaryAuthor: authors += 1
      case .keyword: keywords += 1
      case .url, .fileAttachment, .relatedLink, .websiteLink: urls += 1
      case .language, .notes, .end: break
      default: if !picks.uses(index) { others += 1 }
      }
    }
    record.authors.reserveCapacity(authors)
    record.keywords.reserveCapacity(keywords)
    record.urls.reserveCapacity(urls)
    record.otherFields.reserveCapacity(others)
  }

  /// PMID, PMCID and, where `DO` gave none, the DOI, from the fields that can hold them.
  private func findIdentifiers(in record: inout Record, picks: Picks) {
    if let accession = picks.accession {
      record.pmid = RISIdentifiers.pmid(
        accessionNumber: fields[accession].wrappedText, database: record.sourceDatabase)
    }
    for field in fields where !field.value.isEmpty && !field.isContinued {
      switch field.tag {
      case .abstract, .notesAbstract, .title, .primaryTitle, .author, .primaryAuthor, .keyword:
        continue
      case .url, .fileAttachment, .relatedLink, .websiteLink, .relatedRecords:
        record.pmid = record.pmid ?? RISIdentifiers.pmid(inURL: field.value)
        record.pmcid = record.pmcid ?? RISIdentifiers.pmcid(inURL: field.value)
        record.doi = record.doi ?? RISIdentifiers.doi(inOtherField: field.value)
      case .typeOfWork, .notes:
        record.doi = record.doi ?? RISIdentifiers.doi(inOtherField: field.value)
      default:
        record.pmid = record.pmid ?? RISIdentifiers.pmid(labelled: field.value)
        record.pmcid = record.pmcid ?? RISIdentifiers.pmcid(field.value)
      }
    }
  }

  /// `SP` alone when it holds a range (`1-5`, `e0123`), else `SP-EP`, else either, else `PG`.
  private func pages(_ picks: Picks) -> String? {
    let start = picks.startPage.map { fields[$0].wrappedText }
    let end = picks.endPage.map { fields[$0].wrappedText }
    switch (start, end) {
    case (let start?, let end?):
      let isRange =
        start.containsByte(0x2D) || start.containsBytes("–") || start.containsBytes("—")
      return isRange || start == end ? start : "\(start)-\(end)"
    case (let start?, nil): return start
    case (nil, let end?): return end
    case (nil, nil): return picks.pages.map { fields[$0].wrappedText }
    }
  }

  /// A field whose lines are separate values (EndNote's several ISSNs or databases), in one
  /// string.
  private func joinedValues(_ field: RISField) -> String {
    guard field.isContinued else { return field.value }
    return field.value.split(separator: "\n").joined(separator: "; ")
  }

  /// The URLs in one value: it is usually one URL, but EPPI-Reviewer puts several in one line,
  /// separated by spaces, and Rayyan runs the next field on after one.
  private static func appendURLs(in value: Substring, to urls: inout [String]) {
    guard value.containsByte(0x20) || value.containsByte(0x09) else {
      urls.append(String(value))
      return
    }
    let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" })
    let links = words.filter { $0.containsBytes("://") || $0.hasPrefix("www.") }
    if links.isEmpty {
      urls.append(String(value))
    } else {
      urls += links.map(String.init)
    }
  }
}

/// Which field fills each single-valued field of the record, by index into the entry's fields.
private struct Picks {
  /// The best candidate so far: the lowest rank, the first of equal ranks.
  struct Choice {
    private(set) var index: Int?
    private var rank = Int.max

    mutating func offer(_ index: Int, rank: Int) {
      if rank < self.rank {
        self.index = index
        self.rank = rank
      }
    }
  }

  var typeChoice = Choice()
  var titleChoice = Choice()
  var journalChoice = Choice()
  var abbreviationChoice = Choice()
  var yearChoice = Choice()
  var dateChoice = Choice()
  var volumeChoice = Choice()
  var issueChoice = Choice()
  var startPageChoice = Choice()
  var endPageChoice = Choice()
  var pagesChoice = Choice()
  var abstractChoice = Choice()
  var issnChoice = Choice()
  var databaseChoice = Choice()
  var sourceIdChoice = Choice()
  var accessionChoice = Choice()
  var doiChoice = Choice()
  var year: Int?
  var doi: String?

  var type: Int? { typeChoice.index }
  var title: Int? { titleChoice.index }
  var journal: Int? { journalChoice.index }
  var abbreviation: Int? { abbreviationChoice.index }
  var date: Int? { dateChoice.index }
  var volume: Int? { volumeChoice.index }
  var issue: Int? { issueChoice.index }
  var startPage: Int? { startPageChoice.index }
  var endPage: Int? { endPageChoice.index }
  /// `PG` counts only where neither `SP` nor `EP` is given.
  var pages: Int? { startPage == nil && endPage == nil ? pagesChoice.index : nil }
  var abstract: Int? { abstractChoice.index }
  var issn: Int? { issnChoice.index }
  var database: Int? { databaseChoice.index }
  var sourceId: Int? { sourceIdChoice.index }
  var accession: Int? { accessionChoice.index }

  /// The types whose `BT` is their own title rather than their container's.
  static let bookTypes: Set<String> = ["BOOK", "EBOOK", "EDBOOK"]

  /// ``usedIndices`` as bits, for the first 128 fields; set once the choices are made.
  private var usedLow: UInt64 = 0
  private var usedHigh: UInt64 = 0

  /// True when the field at `index` fills one of the record's single-valued fields.
  func uses(_ index: Int) -> Bool {
    // A bit test: this runs for every uninterpreted field of every record, twice.
    if index < 64 { return usedLow & (1 << UInt64(index)) != 0 }
    if index < 128 { return usedHigh & (1 << UInt64(index - 64)) != 0 }
    return usedIndices.contains(index)
  }

  /// The fields that fill the record's single-valued fields.
  private var usedIndices: [Int?] {
    [
      type, title, journal, abbreviation, yearChoice.index, date, volume, issue, startPage,
      endPage, pages, abstract, issn, database, sourceId, doiChoice.index,
    ]
  }

  private mutating func noteUsedIndices() {
    for case let index? in usedIndices where index < 128 {
      if index < 64 {
        usedLow |= 1 << UInt64(index)
      } else {
        usedHigh |= 1 << UInt64(index - 64)
      }
    }
  }

  mutating func choose(from fields: [RISField]) {
    let isBook = fields.first.map { $0.tag == .type && Self.bookTypes.contains($0.value) } ?? false
    for (index, field) in fields.enumerated() where !field.value.isEmpty {
      switch field.tag {
      case .type: typeChoice.offer(index, rank: 0)
      case .title: titleChoice.offer(index, rank: 0)
      case .primaryTitle: titleChoice.offer(index, rank: 1)
      case .captionTitle: titleChoice.offer(index, rank: 2)
      case .shortTitle: titleChoice.offer(index, rank: 4)
      case .bookTitle:
        if isBook { titleChoice.offer(index, rank: 3) } else { journalChoice.offer(index, rank: 6) }
      case .secondaryTitle: journalChoice.offer(index, rank: 0)
      case .journalFull: journalChoice.offer(index, rank: 1)
      case .journalName: journalChoice.offer(index, rank: 2)
      case .journalAbbreviation: journalChoice.offer(index, rank: 3)
      case .alternateTitle: journalChoice.offer(index, rank: 4)
      case .journalUserAbbreviation: journalChoice.offer(index, rank: 5)
      case .publicationYear:
        offerYear(index, field, rank: 0)
        dateChoice.offer(index, rank: 2)
      case .primaryDate:
        offerYear(index, field, rank: 1)
        dateChoice.offer(index, rank: 1)
      case .date:
        offerYear(index, field, rank: 2)
        dateChoice.offer(index, rank: 0)
      case .volume: volumeChoice.offer(index, rank: 0)
      case .issue: issueChoice.offer(index, rank: 0)
      case .startPage: startPageChoice.offer(index, rank: 0)
      case .endPage: endPageChoice.offer(index, rank: 0)
      case .pages: pagesChoice.offer(index, rank: 0)
      case .abstract: abstractChoice.offer(index, rank: 0)
      case .notesAbstract: abstractChoice.offer(index, rank: 1)
      case .serialNumber: issnChoice.offer(index, rank: 0)
      case .database: databaseChoice.offer(index, rank: 0)
      case .accessionNumber:
        accessionChoice.offer(index, rank: 0)
        sourceIdChoice.offer(index, rank: 0)
      case .referenceID: sourceIdChoice.offer(index, rank: 1)
      case .doi:
        if doi == nil, let found = RISIdentifiers.doi(inDOIField: field.value) {
          doi = found
          doiChoice.offer(index, rank: 0)
        }
      default: break
      }
    }
    chooseAbbreviation(from: fields)
    noteUsedIndices()
  }

  /// Offers the field's year, if it holds one.
  private mutating func offerYear(_ index: Int, _ field: RISField, rank: Int) {
    guard let found = Self.year(in: field.value) else { return }
    let before = yearChoice.index
    yearChoice.offer(index, rank: rank)
    if yearChoice.index != before { year = found }
  }

  /// The first of `JA`, `J2`, `J1`, `JO` that is not the journal itself.
  private mutating func chooseAbbreviation(from fields: [RISField]) {
    let journalText = journal.map { fields[$0].value }
    for (index, field) in fields.enumerated() {
      // The tag first: comparing every field's text with the journal's showed in profiles.
      let rank: Int
      switch field.tag {
      case .journalAbbreviation: rank = 0
      case .alternateTitle: rank = 1
      case .journalUserAbbreviation: rank = 2
      case .journalName: rank = 3
      default: continue
      }
      if !field.value.isEmpty && index != journal && field.value != journalText {
        abbreviationChoice.offer(index, rank: rank)
      }
    }
  }

  /// The first run of exactly four digits: `2019` in `2019///`, `2019/05/03/` or `May 2019`.
  static func year(in text: String) -> Int? {
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
}
