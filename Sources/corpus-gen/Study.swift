/// One generated article: everything PubMed and Embase say about it, before either writes it.
///
/// Text fields may hold inline markup (see ``InlineMarkup``); writers decide how to show it.
struct Study: Sendable {
  /// PubMed's identifier; records that exist only in Embase still get one, never written.
  var pmid: Int
  var design: Design
  var audienceKey: String
  var purposeKey: String
  var language: String
  var spelling: Spelling
  /// The English title; for a non-English article, the translation PubMed puts in brackets.
  var title: String
  var vernacularTitle: String?
  var abstract: [AbstractSection]
  /// An abstract in the article's own language, for non-English articles that have one.
  var otherAbstract: [AbstractSection]
  var copyright: String?
  var authors: [StudyAuthor]
  var journal: Journal
  var volume: String?
  var issue: String?
  var issueDate: IssueDate
  var pages: Pages
  var doi: String?
  var pii: String?
  var pmcid: String?
  var publicationTypes: [PublicationType]
  var pubModel: String
  /// The date of electronic publication, where the article appeared online first.
  var electronicDate: CalendarDate?
  var status: CitationStatus
  var dateCompleted: CalendarDate?
  var dateRevised: CalendarDate
  var history: [HistoryEvent]
  var publicationStatus: String
  var mesh: [MeshHeadingTerm]
  var keywords: [String]
  var grants: [Grant]
  var links: [CommentLink]
  var coiStatement: String?
  var references: [CitedWork]
  var emtree: [String]
  var countryName: String
}

/// A section of an abstract; unstructured abstracts have one section without a label.
struct AbstractSection: Sendable {
  var label: String?
  var category: String?
  var text: String
}

/// An author: a person or a collective, with affiliations.
struct StudyAuthor: Sendable {
  enum Name: Sendable {
    /// `given` is nil for authors PubMed knows only by initials.
    case person(family: String, given: String?, initials: String)
    case collective(String)
  }

  var name: Name
  var affiliations: [String]
  var orcid: String?
  /// An e-mail address, which PubMed appends to the first affiliation.
  var email: String?
}

/// How an issue's date is written.
enum IssueDateForm: Sendable {
  case year, yearMonth, yearMonthDay
  /// `Winter`, `Spring`, …
  case season(String)
  /// Free text such as `2019 Mar-Apr`.
  case medlineDate(String)
}

/// The date of the issue an article appeared in.
struct IssueDate: Sendable {
  var date: CalendarDate
  var form: IssueDateForm
}

/// Where an article sits in its issue.
enum Pages: Sendable {
  case range(first: String, last: String)
  case single(String)
  /// An article number such as `e45123`, for online-only journals.
  case articleNumber(String)
  case none

  /// PubMed's abbreviated page range: `1123-31` for 1123–1131.
  var medlineText: String? {
    switch self {
    case .range(let first, let last): Self.abbreviated(first: first, last: last)
    case .single(let page): page
    case .articleNumber(let number): number
    case .none: nil
    }
  }

  private static func abbreviated(first: String, last: String) -> String {
    guard first.count == last.count, first.allSatisfy(\.isNumber) else { return "\(first)-\(last)" }
    let common = zip(first, last).prefix { $0 == $1 }.count
    return "\(first)-\(last.dropFirst(common))"
  }
}

/// PubMed's indexing state of a citation.
enum CitationStatus: String, Sendable {
  case medline = "MEDLINE"
  case notMedline = "PubMed-not-MEDLINE"
  case inDataReview = "In-Data-Review"
  case publisher = "Publisher"
}

/// A dated event in `PubmedData/History`.
struct HistoryEvent: Sendable {
  var status: String
  var date: CalendarDate
  /// Hour and minute, which PubMed gives for `pubmed`, `medline` and `entrez`.
  var time: (hour: Int, minute: Int)?
}

/// A MeSH heading with its qualifiers.
struct MeshHeadingTerm: Sendable {
  var descriptor: MeshConcept
  var major: Bool
  var geographic: Bool
  var qualifiers: [(MeshConcept, Bool)]
}

/// A grant that funded the work.
struct Grant: Sendable {
  var id: String?
  var agency: String
  var country: String
}

/// A link to another citation: the article an erratum corrects, a comment's target.
struct CommentLink: Sendable {
  var refType: String
  var refSource: String
  var pmid: Int?
}

/// One entry of an article's reference list.
struct CitedWork: Sendable {
  var citation: String
  /// The year of the cited work, so that nothing cites the future.
  var year: Int
  var doi: String?
  var pmid: Int?
  var pmcid: String?
}
