import ReviewModel

/// The mapping from BibTeX (and BibLaTeX) fields to a record's fields, decided from what Zotero,
/// JabRef, Mendeley, Google Scholar, Scopus and Web of Science write:
///
/// - title `title` (of a `@book` without one, its `booktitle`); journal: `journal`, else
///   `journaltitle`, else the `booktitle` that contains a paper or chapter; abbreviation:
///   `shortjournal`, `journal-iso` (Web of Science), `abbrev_source_title` (Scopus);
/// - authors `author` (see `BibTeXNames`); editors stay in ``Record/otherFields``;
/// - year: the first four-digit year in `year`, else in `date`; the date as written: `date`,
///   else `year` with its `month`;
/// - volume `volume`, issue `number` (else `issue`), pages `pages` (`--` read as `-`), else the
///   article number `eid`, `art_number` (Scopus), `article-number` (Web of Science);
/// - abstract `abstract`; keywords: `keywords`, `keyword`, Scopus's `author_keywords` and
///   `index_keywords`, split at `;` (or at `,` when there is no `;`);
/// - DOI `doi`, else a doi.org `url`; PMID `pmid`, `pubmed_id` (Scopus), or an `eprint` whose
///   `eprinttype` is `pubmed`; PMCID `pmcid`; URLs `url`; ISSN `issn`; languages `language`,
///   `langid`; notes `note`, `annote`; publication type `document_type` (Scopus); database
///   `source` (Scopus); the citation key is the source id, and the RIS type follows the entry
///   type (`@article` is `JOUR`, `@inproceedings` `CPAPER`, …).
///
/// Values are turned from LaTeX into Unicode (see `LaTeXText`); identifiers and links are taken
/// verbatim. The entry type goes to ``Record/otherFields`` (`ENTRYTYPE`), followed by every field
/// not used for one of these, including a repeated field, in file order.
extension BibTeXEntry {
  /// The record this entry describes, with warnings for a repeated field or a missing title.
  func makeRecord(originalBytes: Range<Int>?, diagnostics: inout [Diagnostic]) -> Record {
    var record = Record(location: line, originalBytes: originalBytes)
    record.risType = Self.risTypes[type] ?? "GEN"
    record.sourceId = key.isEmpty ? nil : key
    // Arrays searched in turn rather than sets and a dictionary: an entry has some fifteen
    // fields, and hashing each name three times showed in profiles.
    var seen: [String] = []
    seen.reserveCapacity(fields.count)
    var used = [Bool](repeating: false, count: fields.count)
    var combined = CombinedFields()
    for (index, field) in fields.enumerated() {
      let name = field.name.lowercased()
      guard !seen.contains(name) else {
        diagnostics.append(
          Diagnostic(
            .warning,
            "`\(field.name)` is given twice in \(entryName); the first is used, the second kept "
              + "with the other fields",
            at: SourceLocation(file: line.file, line: field.line)))
        continue
      }
      seen.append(name)
      if Self.isCombined(name) {
        combined.set(name, value: field.value, index: index)
      } else if interpret(name, field.value, into: &record) {
        used[index] = true
      }
    }
    for index in combine(combined, into: &record) { used[index] = true }
    record.otherFields.append(SourceField(tag: "ENTRYTYPE", value: type))
    for (index, field) in fields.enumerated() where !used[index] {
      record.otherFields.append(SourceField(tag: field.name, value: LaTeXText.plain(field.value)))
    }
    if record.title == nil {
      diagnostics.append(Diagnostic(.warning, "\(entryName) has no title", at: line))
    }
    return record
  }

  /// Fills the record from a field that maps to one of its own; false for a field that does
  /// not, or whose value is no use (a `doi` that holds no DOI).
  private func interpret(_ name: String, _ value: String, into record: inout Record) -> Bool {
    switch name {
    case "title":
      record.title = nonEmpty(LaTeXText.plain(value))
    case "author":
      record.authors = BibTeXNames.authors(value)
    case "volume":
      record.volume = nonEmpty(LaTeXText.plain(value))
    case "number":
      record.issue = nonEmpty(LaTeXText.plain(value))
    case "pages":
      record.pages = nonEmpty(Self.pages(LaTeXText.plain(value)))
    case "abstract":
      record.abstract = nonEmpty(LaTeXText.plain(value))
    case "keywords", "keyword", "author_keywords", "index_keywords":
      record.keywords += Self.keywords(LaTeXText.plain(value))
    case "doi":
      record.doi = DOI.normalized(LaTeXText.verbatim(value))
      return record.doi != nil
    case "url":
      let url = LaTeXText.verbatim(value)
      if !url.isEmpty { record.urls.append(url) }
    case "pmid", "pubmed_id":
      record.pmid = PMID.normalized(LaTeXText.verbatim(value))
      return record.pmid != nil
    case "pmcid":
      let pmcid = LaTeXText.verbatim(value)
      record.pmcid = pmcid.isEmpty ? nil : (pmcid.hasPrefix("PMC") ? pmcid : "PMC" + pmcid)
    case "issn":
      record.issn = nonEmpty(LaTeXText.plain(value))
    case "language", "langid":
      record.languages += Self.keywords(LaTeXText.plain(value))
    case "note", "annote", "annotation":
      if let note = nonEmpty(LaTeXText.plain(value)) { record.notes.append(note) }
    case "document_type":
      if let type = nonEmpty(LaTeXText.plain(value)) { record.publicationTypes.append(type) }
    case "source":
      record.sourceDatabase = nonEmpty(LaTeXText.plain(value))
    default:
      return false
    }
    return true
  }

  /// True for the fields whose use depends on one another (``combine(_:into:)``).
  private static func isCombined(_ name: String) -> Bool {
    switch name {
    case "journal", "journaltitle", "booktitle", "shortjournal", "journal-iso",
      "abbrev_source_title", "year", "date", "month", "issue", "eid", "art_number",
      "article-number", "eprint", "eprinttype":
      true
    default:
      false
    }
  }

  /// Fills the record from the fields whose use depends on one another, and returns the indices
  /// of those it used.
  private func combine(_ values: CombinedFields, into record: inout Record) -> [Int] {
    var used: [Int] = []
    func take(_ names: String...) -> String? {
      for name in names {
        if let found = values[name] {
          let value = LaTeXText.plain(found.value)
          guard !value.isEmpty else { continue }
          used.append(found.index)
          return value
        }
      }
      return nil
    }
    if Self.bookTypes.contains(type) {
      if record.title == nil { record.title = take("booktitle") }
      record.journal = take("journal", "journaltitle")
    } else {
      record.journal = take("journal", "journaltitle", "booktitle")
    }
    record.journalAbbreviation = take("shortjournal", "journal-iso", "abbrev_source_title")
    let year = take("year")
    let date = take("date")
    record.year = year.flatMap(Self.firstYear) ?? date.flatMap(Self.firstYear)
    if let date {
      record.publicationDate = date
    } else if let year {
      record.publicationDate = take("month").map { "\(year) \($0)" } ?? year
    }
    if record.issue == nil { record.issue = take("issue") }
    if record.pages == nil { record.pages = take("eid", "art_number", "article-number") }
    if record.pmid == nil, let kind = values["eprinttype"], let eprint = values["eprint"],
      LaTeXText.plain(kind.value).lowercased() == "pubmed",
      let pmid = PMID.normalized(LaTeXText.verbatim(eprint.value))
    {
      record.pmid = pmid
      used += [kind.index, eprint.index]
    }
    if record.doi == nil {
      record.doi = record.urls.lazy.compactMap(Self.doi(inURL:)).first
    }
    return used
  }

  /// The entry's key in backquotes, or its type when it has none.
  var entryName: String {
    key.isEmpty ? "the @\(type) entry without a key" : "the entry `\(key)`"
  }

  /// `123-130` for `123--130` (read as an en dash) and `123—130`.
  private static func pages(_ text: String) -> String {
    guard text.containsBytes("–") || text.containsBytes("—") else { return text }
    return String(text.map { $0 == "–" || $0 == "—" ? "-" : $0 })
  }

  /// The values of a list field: split at `;` where there is one, else at `,`.
  private static func keywords(_ text: String) -> [String] {
    // Split on the bytes (see `forEachPart`): Character splitting showed in profiles.
    let separator: UInt8 = text.containsByte(0x3B) ? 0x3B : 0x2C
    var values: [String] = []
    text.forEachPart(separatedBy: separator) { part in
      let value = part.trimmingWhitespaceOnBytes()
      if !value.isEmpty { values.append(value) }
    }
    return values
  }

  /// The DOI of a doi.org link.
  private static func doi(inURL url: String) -> String? {
    guard url.containsBytes("doi.org/10.") else { return nil }
    return DOI.normalized(url)
  }

  private static func firstYear(_ text: String) -> Int? {
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

  private func nonEmpty(_ text: String) -> String? {
    text.isEmpty ? nil : text
  }

  /// The entry types whose `booktitle` is their own title.
  private static let bookTypes: Set<String> = ["book", "mvbook", "proceedings", "collection"]

  /// The RIS type of each BibTeX entry type; any other type is `GEN`.
  private static let risTypes: [String: String] = [
    "article": "JOUR", "inproceedings": "CPAPER", "conference": "CPAPER", "proceedings": "CONF",
    "book": "BOOK", "mvbook": "BOOK", "inbook": "CHAP", "incollection": "CHAP",
    "collection": "EDBOOK", "phdthesis": "THES", "mastersthesis": "THES", "thesis": "THES",
    "techreport": "RPRT", "report": "RPRT", "unpublished": "UNPB", "online": "ELEC",
    "electronic": "ELEC", "www": "ELEC", "booklet": "PAMP", "manual": "GEN", "misc": "GEN",
    "patent": "PAT", "dataset": "DATA", "software": "COMP",
  ]
}

/// The values of an entry's fields whose use depends on one another, by lower-cased name.
///
/// A handful per entry, so a list searched in turn: cheaper than hashing each name.
private struct CombinedFields {
  private var entries: [(name: String, value: String, index: Int)] = []

  /// Sets the value of `name`; a name set twice keeps the later value, as a dictionary would.
  mutating func set(_ name: String, value: String, index: Int) {
    if let position = entries.firstIndex(where: { $0.name == name }) {
      entries[position] = (name, value, index)
    } else {
      entries.append((name, value, index))
    }
  }

  subscript(name: String) -> (value: String, index: Int)? {
    guard let found = entries.first(where: { $0.name == name }) else { return nil }
    return (found.value, found.index)
  }
}
