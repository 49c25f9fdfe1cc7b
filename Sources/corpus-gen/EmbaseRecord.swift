/// A record as Embase exports it: the fields of one RIS entry, before they are written.
///
/// ``init(study:accession:medlineCopy:)`` renders a ``Study`` the way Embase shows articles:
/// markup dropped, titles without a final full stop or translation brackets, the journal's full
/// title and dotted abbreviation, full page numbers, `Family, Given M.` authors and Emtree terms.
struct EmbaseRecord: Sendable {
  /// Embase's accession number (`L2012345678`), written as `AN`.
  var accession: String
  var articleType: String
  var title: String
  var authors: [String]
  var address: String?
  var journalTitle: String
  var journalAbbreviation: String
  var issns: [String]
  var year: Int
  var volume: String?
  var issue: String?
  var startPage: String?
  var endPage: String?
  /// The DOI exactly as the `DO` line shows it (a URL, upper case, … for some records).
  var doi: String?
  /// The DOI link in `L2`, when there is a DOI.
  var doiLink: String?
  /// The PMID Embase gives for MEDLINE-covered records (`C5`).
  var pmid: String?
  var databases: [String]
  var languages: [String]
  var keywords: [String]
  /// The abstract as lines: the first follows the `N2` tag, the rest are continuation lines.
  var abstractLines: [String]
  var conferenceName: String?
  var conferenceLocation: String?
  /// Fields outside the usual set, written as they are (to exercise readers with unknown tags).
  var extraFields: [(tag: String, value: String)]
  var dateEntered: CalendarDate

  /// The Embase rendering of `study`.
  ///
  /// - Parameters:
  ///   - study: The article.
  ///   - accession: The Embase accession number.
  ///   - medlineCopy: True when Embase also holds the record from MEDLINE and gives its PMID.
  init(study: Study, accession: String, medlineCopy: Bool) {
    self.accession = accession
    articleType = Self.articleType(study.design)
    title = Self.embaseTitle(study.title)
    authors = study.authors.map { Self.authorName($0, initialsOnly: false) }
    address = Self.address(study.authors.first)
    journalTitle = study.journal.embaseTitle
    journalAbbreviation = study.journal.embaseAbbreviation
    issns = [study.journal.printISSN, study.journal.electronicISSN].compactMap { $0 }
    year = study.issueDate.date.year
    volume = study.volume
    issue = study.issue
    switch study.pages {
    case .range(let first, let last):
      startPage = first
      endPage = last
    case .single(let page), .articleNumber(let page):
      startPage = page
    case .none:
      break
    }
    doi = study.doi
    doiLink = study.doi.map { "http://dx.doi.org/\($0)" }
    pmid = medlineCopy ? String(study.pmid) : nil
    databases = medlineCopy ? ["Embase", "Medline"] : ["Embase"]
    languages = [StudyComposer.languageNames[study.language] ?? "English"]
    keywords = study.emtree
    abstractLines = Self.abstractLines(study)
    extraFields = []
    let entered = (study.electronicDate ?? study.issueDate.date).adding(days: 9 + study.pmid % 40)
    dateEntered = entered
  }

  /// Embase's document type for a design.
  static func articleType(_ design: Design) -> String {
    switch design {
    case .narrativeReview, .systematicReview, .scopingReview: "Review"
    case .letter: "Letter"
    case .comment: "Note"
    case .editorial: "Editorial"
    case .erratum: "Erratum"
    case .conferenceAbstract: "Conference Abstract"
    default: "Article"
    }
  }

  /// A PubMed title as Embase shows it: no markup, no translation brackets, no final full stop.
  static func embaseTitle(_ pubmedTitle: String) -> String {
    var title = InlineMarkup.plain(pubmedTitle)
    if title.hasPrefix("[") {
      title = String(title.dropFirst())
      if title.hasSuffix("].") {
        title = String(title.dropLast(2))
      } else if title.hasSuffix("]") {
        title = String(title.dropLast())
      }
    }
    if title.hasSuffix(".") { title = String(title.dropLast()) }
    return title
  }

  /// `Family, Given M.` or, with `initialsOnly`, `Family, G.M.`; a collective as its name.
  static func authorName(_ author: StudyAuthor, initialsOnly: Bool) -> String {
    switch author.name {
    case .collective(let name):
      return name
    case .person(let family, let given, let initials):
      guard let given, !initialsOnly else {
        return "\(family), \(initials.map { "\($0)." }.joined())"
      }
      let parts = given.split(separator: " ")
      let named = parts.map { $0.count == 1 ? "\($0)." : String($0) }
      return "\(family), \(named.joined(separator: " "))"
    }
  }

  private static func address(_ author: StudyAuthor?) -> String? {
    guard let author, let affiliation = author.affiliations.first else { return nil }
    var place = affiliation
    if place.hasSuffix(".") { place = String(place.dropLast()) }
    switch author.name {
    case .person(let family, _, let initials):
      return "\(initials.map { "\($0)." }.joined()) \(family), \(place)"
    case .collective(let name):
      return "\(name), \(place)"
    }
  }

  /// Embase flattens structured abstracts to `Background: … Methods: …` and adds the copyright.
  private static func abstractLines(_ study: Study) -> [String] {
    guard !study.abstract.isEmpty else { return [] }
    let text = study.abstract.map { section -> String in
      let body = InlineMarkup.plain(section.text)
      guard let label = section.label else { return body }
      return "\(label.lowercased().capitalizingFirstLetter()): \(body)"
    }.joined(separator: " ")
    guard let copyright = study.copyright else { return [text] }
    let notice = copyright.hasPrefix("Copyright") ? copyright : "Copyright \(copyright)"
    return [text + " " + notice]
  }
}
