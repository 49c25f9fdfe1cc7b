import ReviewModel

/// Turns the events of a PubMed XML document into records, one per `PubmedArticle` or
/// `PubmedBookArticle`, as each article's end tag arrives.
///
/// It keeps a stack of the open elements and decides by an element and its parent (and
/// grandparent) whether it starts a field: so `PMID` counts under `MedlineCitation` but not
/// under `CommentsCorrections`, and `ArticleId` under `PubmedData` but not under a `Reference`.
/// Text is collected as bytes only inside a field, and becomes a String once, at the field's end.
/// `DeleteCitation` and anything else outside an article is passed over.
///
/// A struct, driven through ``PubMedArticleEvents``, which keeps it behind a pointer.
struct PubMedArticleBuilder {
  private let path: String
  /// Whether each article's place in the file is asked for, and where the current one starts.
  private let locatesOriginal: Bool
  private var articleStart: Int?

  private var finished = FinishedRecords()
  private var diagnostics: [Diagnostic] = []

  /// The open elements, innermost last.
  private var stack: [PubMedElement] = []
  private var elements = PubMedElementCache()
  /// The article being read, and the depth of its element (0 outside articles).
  private var draft = PubMedArticleDraft(line: 0, isBook: false)
  private var articleDepth = 0

  /// The field being collected, the depth of its element (0 when none) and its bytes so far.
  private var field = Field.pmid
  private var fieldDepth = 0
  private var text: [UInt8] = []
  /// The depth of a MathML annotation inside a field, whose text is left out (0 when none).
  private var skippedDepth = 0

  private var author: AuthorDraft?
  private var authorListHoldsEditors = false
  private var meshHeading: MeshHeading?
  private var abstractLabel: String?

  /// A builder for the file at `path`; `locatesOriginal` asks where each article stands in it.
  init(path: String, locatesOriginal: Bool) {
    self.path = path
    self.locatesOriginal = locatesOriginal
    stack.reserveCapacity(64)
    text.reserveCapacity(4096)
  }

  /// The next finished record, if the events so far completed one that was not taken yet.
  mutating func nextRecord() -> Record? {
    finished.take()
  }

  /// The warnings found since the last call, in file order.
  mutating func takeDiagnostics() -> [Diagnostic] {
    defer { diagnostics.removeAll() }
    return diagnostics
  }

  // MARK: - Events

  mutating func startElement(_ tag: XMLStartTag) {
    let element = elements.element(named: tag.localName)
    let parent = stack.last ?? .other
    stack.append(element)
    if articleDepth == 0 {
      guard element == .pubmedArticle || element == .pubmedBookArticle else { return }
      articleDepth = stack.count
      draft = PubMedArticleDraft(line: tag.line, isBook: element == .pubmedBookArticle)
      if locatesOriginal { articleStart = tag.startOffset }
    }
    if fieldDepth != 0 {
      // Markup inside a field (<i>, <sup>, MathML) gives its text and nothing else, but a
      // MathML annotation repeats the formula in another notation (TeX, say): leave it out.
      if skippedDepth == 0 && (element == .mathAnnotation || element == .mathAnnotationXML) {
        skippedDepth = stack.count
      }
      return
    }
    let grandparent = stack.count >= 3 ? stack[stack.count - 3] : .other
    if let field = Self.field(of: element, parent: parent, grandparent: grandparent, tag: tag) {
      if field == .abstractText {
        abstractLabel = tag.attributeString("Label")
      }
      startField(field)
      return
    }
    startStructure(element, parent: parent, grandparent: grandparent, tag: tag)
  }

  mutating func endElement(_ tag: XMLEndTag) {
    let depth = stack.count
    guard let element = stack.popLast(), articleDepth != 0 else { return }
    if depth == skippedDepth { skippedDepth = 0 }
    if depth == fieldDepth {
      finishField()
      return
    }
    switch element {
    case .author:
      if let author, let finished = author.author {
        if author.isBookAuthor {
          draft.bookAuthors.append(finished)
        } else {
          draft.authors.append(finished)
        }
      }
      author = nil
    case .meshHeading:
      if let meshHeading, !meshHeading.descriptor.isEmpty {
        draft.meshHeadings.append(meshHeading)
      }
      meshHeading = nil
    case .pubmedArticle where depth == articleDepth, .pubmedBookArticle where depth == articleDepth:
      finishArticle(original: locatesOriginal ? XMLOffsets.range(articleStart, tag) : nil)
    default:
      break
    }
  }

  mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
    if fieldDepth != 0 && skippedDepth == 0 {
      text.append(contentsOf: bytes)
    }
  }

  mutating func warning(_ warning: XMLReadError) {
    diagnostics.append(
      Diagnostic(
        .warning, warning.message,
        at: SourceLocation(file: path, line: warning.line, column: warning.column)))
  }

  // MARK: - Fields

  /// A field of the record: an element whose text the reader keeps.
  private enum Field {
    case pmid, articleTitle, vernacularTitle, bookTitle, abstractText
    case journalTitle, isoAbbreviation, medlineTA, issn, issnLinking, volume, issue
    case publicationYear, publicationDatePart, medlineDate, articleDateYear
    case medlinePagination, startPage, endPage, elocationDOI, elocationPII
    case articleIdDOI, articleIdPMC, bookDOI
    case lastName, foreName, initials, collectiveName, affiliation
    case language, publicationType, keyword, descriptor, qualifier
    case isbn, publisherName, publisherLocation
  }

  /// The field `element` holds in its place, if it is one the reader keeps.
  private static func field(
    of element: PubMedElement, parent: PubMedElement, grandparent: PubMedElement,
    tag: XMLStartTag
  ) -> Field? {
    switch element {
    case .pmid where parent == .medlineCitation || parent == .bookDocument: .pmid
    case .articleTitle where parent == .article || parent == .bookDocument: .articleTitle
    case .vernacularTitle where parent == .article || parent == .bookDocument: .vernacularTitle
    case .bookTitle where parent == .book: .bookTitle
    // `Abstract` holds the article's own abstract; `OtherAbstract` is another element.
    case .abstractText where parent == .abstract: .abstractText
    case .title where parent == .journal: .journalTitle
    case .isoAbbreviation where parent == .journal: .isoAbbreviation
    case .issn where parent == .journal: .issn
    case .medlineTA where parent == .medlineJournalInfo: .medlineTA
    case .issnLinking where parent == .medlineJournalInfo: .issnLinking
    case .volume where parent == .journalIssue || parent == .book: .volume
    case .issue where parent == .journalIssue: .issue
    case .year where parent == .pubDate: .publicationYear
    case .month where parent == .pubDate, .day where parent == .pubDate,
      .season where parent == .pubDate:
      .publicationDatePart
    case .medlineDate where parent == .pubDate: .medlineDate
    case .year where parent == .articleDate: .articleDateYear
    case .medlinePgn where parent == .pagination: .medlinePagination
    case .startPage where parent == .pagination: .startPage
    case .endPage where parent == .pagination: .endPage
    case .eLocationID where parent == .article || parent == .bookDocument:
      Self.elocationField(tag)
    // A chapter's book has identifiers of its own; they serve only a whole book.
    case .eLocationID where parent == .book:
      Self.elocationField(tag) == .elocationDOI ? Field.bookDOI : nil
    // The article's own identifiers; a `Reference` has an `ArticleIdList` of its own.
    case .articleId
    where parent == .articleIdList
      && (grandparent == .pubmedData || grandparent == .pubmedBookData
        || grandparent == .bookDocument):
      if tag.attribute("IdType", is: "doi") {
        .articleIdDOI
      } else if tag.attribute("IdType", is: "pmc") {
        .articleIdPMC
      } else {
        nil
      }
    case .language where parent == .article || parent == .bookDocument: .language
    case .publicationType where parent == .publicationTypeList || parent == .bookDocument:
      .publicationType
    case .keyword where parent == .keywordList: .keyword
    case .isbn where parent == .book: .isbn
    case .publisherName where parent == .publisher: .publisherName
    case .publisherLocation where parent == .publisher: .publisherLocation
    default: nil
    }
  }

  /// A DOI or a publisher's item identifier (used as pages when there are none), unless the
  /// location is marked invalid.
  private static func elocationField(_ tag: XMLStartTag) -> Field? {
    if tag.attribute("ValidYN", is: "N") { return nil }
    if tag.attribute("EIdType", is: "doi") { return .elocationDOI }
    if tag.attribute("EIdType", is: "pii") { return .elocationPII }
    return nil
  }

  /// Handles the elements that are not fields themselves but give fields their place.
  private mutating func startStructure(
    _ element: PubMedElement, parent: PubMedElement, grandparent: PubMedElement,
    tag: XMLStartTag
  ) {
    switch element {
    case .authorList where parent == .article || parent == .bookDocument || parent == .book:
      // A book's editors are not its authors.
      authorListHoldsEditors = tag.attribute("Type", is: "editors")
    case .author
    where parent == .authorList && !authorListHoldsEditors
      && (grandparent == .article || grandparent == .bookDocument || grandparent == .book):
      // Authors marked ValidYN="N" (a name an erratum corrected) are kept, as the file lists
      // them: the corrected name follows as another author.
      author = AuthorDraft(isBookAuthor: grandparent == .book)
    case .lastName where parent == .author && author != nil:
      startField(.lastName)
    case .foreName where parent == .author && author != nil:
      startField(.foreName)
    case .initials where parent == .author && author != nil:
      startField(.initials)
    case .collectiveName where parent == .author && author != nil:
      startField(.collectiveName)
    case .affiliation where parent == .affiliationInfo && grandparent == .author && author != nil:
      startField(.affiliation)
    case .meshHeading:
      meshHeading = MeshHeading(descriptor: "")
    case .descriptorName where parent == .meshHeading:
      meshHeading?.isMajorTopic = tag.attribute("MajorTopicYN", is: "Y")
      startField(.descriptor)
    case .qualifierName where parent == .meshHeading:
      if tag.attribute("MajorTopicYN", is: "Y") { meshHeading?.isMajorTopic = true }
      startField(.qualifier)
    default:
      break
    }
  }

  /// Keeps the first of repeated elements (a second `ISSN`, say), as PubMed lists the
  /// article's own first.
  private static func keepFirst(_ slot: inout String?, _ value: String) {
    if slot == nil { slot = value }
  }

  private mutating func startField(_ field: Field) {
    self.field = field
    fieldDepth = stack.count
    // Finishing a field empties the buffer, so this is only a safeguard.
    if !text.isEmpty { text.removeAll(keepingCapacity: true) }
  }

  private mutating func finishField() {
    fieldDepth = 0
    guard let value = XMLBytes.takeCollapsedText(&text) else { return }
    switch field {
    case .pmid: Self.keepFirst(&draft.pmid, value)
    case .articleTitle: Self.keepFirst(&draft.articleTitle, value)
    case .vernacularTitle: Self.keepFirst(&draft.vernacularTitle, value)
    case .bookTitle: Self.keepFirst(&draft.bookTitle, value)
    case .abstractText:
      if let label = abstractLabel?.trimmingWhitespace(), !label.isEmpty {
        draft.abstractSections.append("\(label): \(value)")
      } else {
        draft.abstractSections.append(value)
      }
    case .journalTitle: Self.keepFirst(&draft.journalTitle, value)
    case .isoAbbreviation: Self.keepFirst(&draft.isoAbbreviation, value)
    case .medlineTA: Self.keepFirst(&draft.medlineTA, value)
    case .issn: Self.keepFirst(&draft.issn, value)
    case .issnLinking: Self.keepFirst(&draft.issnLinking, value)
    case .volume: Self.keepFirst(&draft.volume, value)
    case .issue: Self.keepFirst(&draft.issue, value)
    case .publicationYear:
      Self.keepFirst(&draft.publicationYear, value)
      draft.publicationDateParts.append(value)
    case .publicationDatePart: draft.publicationDateParts.append(value)
    case .medlineDate: Self.keepFirst(&draft.medlineDate, value)
    case .articleDateYear: Self.keepFirst(&draft.articleDateYear, value)
    case .medlinePagination: Self.keepFirst(&draft.medlinePagination, value)
    case .startPage: Self.keepFirst(&draft.startPage, value)
    case .endPage: Self.keepFirst(&draft.endPage, value)
    case .elocationDOI: Self.keepFirst(&draft.elocationDOI, value)
    case .elocationPII: Self.keepFirst(&draft.elocationPII, value)
    case .articleIdDOI: Self.keepFirst(&draft.articleIdDOI, value)
    case .articleIdPMC: Self.keepFirst(&draft.articleIdPMC, value)
    case .bookDOI: Self.keepFirst(&draft.bookDOI, value)
    case .lastName: author?.lastName = value
    case .foreName: author?.foreName = value
    case .initials: author?.initials = value
    case .collectiveName: author?.collectiveName = value
    case .affiliation: author?.affiliations.append(value)
    case .language: draft.languages.append(value)
    case .publicationType: draft.publicationTypes.append(value)
    case .keyword: draft.keywords.append(value)
    case .descriptor: meshHeading?.descriptor = value
    case .qualifier: meshHeading?.qualifiers.append(value)
    case .isbn: draft.otherFields.append(SourceField(tag: "Isbn", value: value))
    case .publisherName: draft.otherFields.append(SourceField(tag: "PublisherName", value: value))
    case .publisherLocation:
      draft.otherFields.append(SourceField(tag: "PublisherLocation", value: value))
    }
  }

  private mutating func finishArticle(original: Range<Int>?) {
    finished.append(draft.record(path: path, originalBytes: original, diagnostics: &diagnostics))
    articleDepth = 0
    fieldDepth = 0
    skippedDepth = 0
    author = nil
    meshHeading = nil
  }
}

/// An author as the reader gathers it: the parts of the name and the affiliations.
private struct AuthorDraft {
  /// True for an author of a whole book (`Book/AuthorList`), as against the document's own.
  var isBookAuthor: Bool
  var lastName: String?
  var foreName: String?
  var initials: String?
  var collectiveName: String?
  var affiliations: [String] = []

  init(isBookAuthor: Bool) {
    self.isBookAuthor = isBookAuthor
  }

  /// A collective, or a person with a given name (or else initials); nil without a name.
  var author: Author? {
    if let collectiveName {
      return Author(.collective(collectiveName), affiliations: affiliations)
    }
    guard let lastName else { return nil }
    return Author(
      .person(family: lastName, given: foreName ?? initials), affiliations: affiliations)
  }
}
