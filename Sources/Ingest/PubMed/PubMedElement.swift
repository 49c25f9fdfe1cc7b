/// The elements of PubMed's DTD (and two of MathML's) that the article reader looks at; every
/// other element is `.other`.
///
/// Names are told apart by their bytes, by length first, so that no String is made per element:
/// this runs for every start tag of files of hundreds of megabytes.
enum PubMedElement: UInt8 {
  case other
  case pubmedArticle
  case pubmedBookArticle
  case medlineCitation
  case bookDocument
  case book
  case pubmedData
  case pubmedBookData
  case article
  case journal
  case journalIssue
  case pubDate
  case articleDate
  case year
  case month
  case day
  case season
  case medlineDate
  case title
  case isoAbbreviation
  case issn
  case medlineJournalInfo
  case medlineTA
  case issnLinking
  case volume
  case issue
  case articleTitle
  case vernacularTitle
  case bookTitle
  case pagination
  case medlinePgn
  case startPage
  case endPage
  case eLocationID
  case abstract
  case abstractText
  case authorList
  case author
  case lastName
  case foreName
  case initials
  case collectiveName
  case affiliationInfo
  case affiliation
  case language
  case publicationTypeList
  case publicationType
  case keywordList
  case keyword
  case meshHeading
  case descriptorName
  case qualifierName
  case articleIdList
  case articleId
  case pmid
  case publisher
  case publisherName
  case publisherLocation
  case isbn
  case mathAnnotation
  case mathAnnotationXML

  /// The element with the NUL-terminated local name `name`.
  init(localName name: UnsafePointer<UInt8>) {
    self = Self.classify(name)
  }

  // One comparison per candidate of the same length; `XMLBytes.equal` also checks the NUL.
  // swift-format-ignore
  private static func classify(_ name: UnsafePointer<UInt8>) -> PubMedElement {
    var length = 0
    while name[length] != 0 && length < 20 { length += 1 }
    switch length {
    case 3:
      if XMLBytes.equal(name, "Day") { return .day }
    case 4:
      if XMLBytes.equal(name, "Book") { return .book }
      if XMLBytes.equal(name, "Isbn") { return .isbn }
      if XMLBytes.equal(name, "Year") { return .year }
      if XMLBytes.equal(name, "ISSN") { return .issn }
      if XMLBytes.equal(name, "PMID") { return .pmid }
    case 5:
      if XMLBytes.equal(name, "Month") { return .month }
      if XMLBytes.equal(name, "Title") { return .title }
      if XMLBytes.equal(name, "Issue") { return .issue }
    case 6:
      if XMLBytes.equal(name, "Season") { return .season }
      if XMLBytes.equal(name, "Volume") { return .volume }
      if XMLBytes.equal(name, "Author") { return .author }
    case 7:
      if XMLBytes.equal(name, "Article") { return .article }
      if XMLBytes.equal(name, "Journal") { return .journal }
      if XMLBytes.equal(name, "PubDate") { return .pubDate }
      if XMLBytes.equal(name, "EndPage") { return .endPage }
      if XMLBytes.equal(name, "Keyword") { return .keyword }
    case 8:
      if XMLBytes.equal(name, "Abstract") { return .abstract }
      if XMLBytes.equal(name, "LastName") { return .lastName }
      if XMLBytes.equal(name, "ForeName") { return .foreName }
      if XMLBytes.equal(name, "Initials") { return .initials }
      if XMLBytes.equal(name, "Language") { return .language }
    case 9:
      if XMLBytes.equal(name, "MedlineTA") { return .medlineTA }
      if XMLBytes.equal(name, "BookTitle") { return .bookTitle }
      if XMLBytes.equal(name, "StartPage") { return .startPage }
      if XMLBytes.equal(name, "ArticleId") { return .articleId }
      if XMLBytes.equal(name, "Publisher") { return .publisher }
    case 10:
      if XMLBytes.equal(name, "PubmedData") { return .pubmedData }
      if XMLBytes.equal(name, "Pagination") { return .pagination }
      if XMLBytes.equal(name, "MedlinePgn") { return .medlinePgn }
      if XMLBytes.equal(name, "AuthorList") { return .authorList }
      if XMLBytes.equal(name, "annotation") { return .mathAnnotation }
    case 11:
      if XMLBytes.equal(name, "ArticleDate") { return .articleDate }
      if XMLBytes.equal(name, "MedlineDate") { return .medlineDate }
      if XMLBytes.equal(name, "ISSNLinking") { return .issnLinking }
      if XMLBytes.equal(name, "ELocationID") { return .eLocationID }
      if XMLBytes.equal(name, "Affiliation") { return .affiliation }
      if XMLBytes.equal(name, "KeywordList") { return .keywordList }
      if XMLBytes.equal(name, "MeshHeading") { return .meshHeading }
    case 12:
      if XMLBytes.equal(name, "BookDocument") { return .bookDocument }
      if XMLBytes.equal(name, "JournalIssue") { return .journalIssue }
      if XMLBytes.equal(name, "ArticleTitle") { return .articleTitle }
      if XMLBytes.equal(name, "AbstractText") { return .abstractText }
    case 13:
      if XMLBytes.equal(name, "PubmedArticle") { return .pubmedArticle }
      if XMLBytes.equal(name, "QualifierName") { return .qualifierName }
      if XMLBytes.equal(name, "ArticleIdList") { return .articleIdList }
      if XMLBytes.equal(name, "PublisherName") { return .publisherName }
    case 14:
      if XMLBytes.equal(name, "PubmedBookData") { return .pubmedBookData }
      if XMLBytes.equal(name, "CollectiveName") { return .collectiveName }
      if XMLBytes.equal(name, "DescriptorName") { return .descriptorName }
      if XMLBytes.equal(name, "annotation-xml") { return .mathAnnotationXML }
    case 15:
      if XMLBytes.equal(name, "MedlineCitation") { return .medlineCitation }
      if XMLBytes.equal(name, "ISOAbbreviation") { return .isoAbbreviation }
      if XMLBytes.equal(name, "VernacularTitle") { return .vernacularTitle }
      if XMLBytes.equal(name, "AffiliationInfo") { return .affiliationInfo }
      if XMLBytes.equal(name, "PublicationType") { return .publicationType }
    case 17:
      if XMLBytes.equal(name, "PubmedBookArticle") { return .pubmedBookArticle }
      if XMLBytes.equal(name, "PublisherLocation") { return .publisherLocation }
    case 18:
      if XMLBytes.equal(name, "MedlineJournalInfo") { return .medlineJournalInfo }
    case 19:
      if XMLBytes.equal(name, "PublicationTypeList") { return .publicationTypeList }
    default:
      break
    }
    return .other
  }
}

/// Remembers which element each name libxml2 reported is, by the name's address.
///
/// libxml2 interns every element name in its parser's dictionary, which lives as long as the
/// parser: a name always arrives at the same address, and an address never changes meaning.
/// So after the first start tag of a kind, the next ones cost one comparison rather than a
/// byte-by-byte match. A slot that two names share just holds the latest of them.
struct PubMedElementCache {
  private static let slots = 512
  private var names = [UnsafePointer<UInt8>?](repeating: nil, count: slots)
  private var elements = [PubMedElement](repeating: .other, count: slots)

  /// The element whose NUL-terminated local name is `name`.
  mutating func element(named name: UnsafePointer<UInt8>) -> PubMedElement {
    let address = UInt(bitPattern: name)
    let slot = Int(truncatingIfNeeded: (address ^ (address >> 9)) % UInt(Self.slots))
    if names[slot] == name { return elements[slot] }
    let element = PubMedElement(localName: name)
    names[slot] = name
    elements[slot] = element
    return element
  }
}
