/// Writes studies as a PubMed XML `PubmedArticleSet`, laid out as E-utilities' `efetch` returns
/// it: the DOCTYPE of the 2025 DTD, two-space indentation, one element per line.
struct PubMedXMLWriter {
  private let out: BufferedFileWriter

  init(output: BufferedFileWriter) {
    out = output
  }

  /// The XML declaration, DOCTYPE and opening `PubmedArticleSet`.
  func writeHeader() {
    out.write(
      """
      <?xml version="1.0" ?>
      <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" \
      "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
      <PubmedArticleSet>

      """)
  }

  /// The closing tag, after a `DeleteCitation` block when PMIDs were withdrawn.
  func writeFooter(deleted: [Int] = []) {
    if !deleted.isEmpty {
      out.write("  <DeleteCitation>\n")
      for pmid in deleted {
        out.write("    <PMID Version=\"1\">")
        out.write(pmid)
        out.write("</PMID>\n")
      }
      out.write("  </DeleteCitation>\n")
    }
    out.write("</PubmedArticleSet>\n")
  }

  /// One `PubmedArticle`.
  func write(_ study: Study) {
    out.write("  <PubmedArticle>\n")
    writeMedlineCitation(study)
    writePubmedData(study)
    out.write("  </PubmedArticle>\n")
  }

  private func writeMedlineCitation(_ study: Study) {
    out.write("    <MedlineCitation Status=\"")
    out.write(study.status.rawValue)
    out.write(study.status == .medline ? "\" Owner=\"NLM\" IndexingMethod=\"" : "\" Owner=\"NLM\"")
    if study.status == .medline {
      out.write(study.pmid % 3 == 0 ? "Manual" : "Automated")
      out.write("\"")
    }
    out.write(">\n      <PMID Version=\"1\">")
    out.write(study.pmid)
    out.write("</PMID>\n")
    if let completed = study.dateCompleted { writeDate("DateCompleted", completed, indent: 6) }
    writeDate("DateRevised", study.dateRevised, indent: 6)
    writeArticle(study)
    writeJournalInfo(study.journal)
    if study.status == .medline {
      out.write("      <CitationSubset>IM</CitationSubset>\n")
    }
    if !study.links.isEmpty {
      out.write("      <CommentsCorrectionsList>\n")
      for link in study.links {
        out.write("        <CommentsCorrections RefType=\"")
        out.write(link.refType)
        out.write("\">\n")
        element("RefSource", link.refSource, indent: 10)
        if let pmid = link.pmid {
          out.write("          <PMID Version=\"1\">")
          out.write(pmid)
          out.write("</PMID>\n")
        }
        out.write("        </CommentsCorrections>\n")
      }
      out.write("      </CommentsCorrectionsList>\n")
    }
    writeMesh(study.mesh)
    if !study.otherAbstract.isEmpty {
      out.write("      <OtherAbstract Type=\"Publisher\" Language=\"")
      out.write(study.language)
      out.write("\">\n")
      writeAbstractTexts(study.otherAbstract, indent: 8)
      out.write("      </OtherAbstract>\n")
    }
    if !study.keywords.isEmpty {
      out.write("      <KeywordList Owner=\"NOTNLM\">\n")
      for keyword in study.keywords {
        out.write("        <Keyword MajorTopicYN=\"N\">")
        out.writeXMLText(keyword)
        out.write("</Keyword>\n")
      }
      out.write("      </KeywordList>\n")
    }
    if let coi = study.coiStatement { element("CoiStatement", coi, indent: 6) }
    out.write("    </MedlineCitation>\n")
  }

  private func writeArticle(_ study: Study) {
    out.write("      <Article PubModel=\"")
    out.write(study.pubModel)
    out.write("\">\n        <Journal>\n")
    let journal = study.journal
    if study.pubModel == "Print", let print = journal.printISSN {
      element("ISSN", print, indent: 10, attribute: ("IssnType", "Print"))
    } else if let online = journal.electronicISSN {
      element("ISSN", online, indent: 10, attribute: ("IssnType", "Electronic"))
    } else if let print = journal.printISSN {
      element("ISSN", print, indent: 10, attribute: ("IssnType", "Print"))
    }
    out.write("          <JournalIssue CitedMedium=\"")
    out.write(study.pubModel == "Print" ? "Print" : "Internet")
    out.write("\">\n")
    if let volume = study.volume { element("Volume", volume, indent: 12) }
    if let issue = study.issue { element("Issue", issue, indent: 12) }
    writePubDate(study.issueDate)
    out.write("          </JournalIssue>\n")
    element("Title", journal.title, indent: 10)
    element("ISOAbbreviation", journal.isoAbbreviation, indent: 10)
    out.write("        </Journal>\n")
    element("ArticleTitle", study.title, indent: 8)
    writePagination(study)
    if !study.abstract.isEmpty {
      out.write("        <Abstract>\n")
      writeAbstractTexts(study.abstract, indent: 10)
      if let copyright = study.copyright { element("CopyrightInformation", copyright, indent: 10) }
      out.write("        </Abstract>\n")
    }
    writeAuthors(study.authors)
    element("Language", study.language, indent: 8)
    if !study.grants.isEmpty {
      out.write("        <GrantList CompleteYN=\"Y\">\n")
      for grant in study.grants {
        out.write("          <Grant>\n")
        if let id = grant.id { element("GrantID", id, indent: 12) }
        element("Agency", grant.agency, indent: 12)
        element("Country", grant.country, indent: 12)
        out.write("          </Grant>\n")
      }
      out.write("        </GrantList>\n")
    }
    out.write("        <PublicationTypeList>\n")
    for type in study.publicationTypes {
      element("PublicationType", type.name, indent: 10, attribute: ("UI", type.ui))
    }
    out.write("        </PublicationTypeList>\n")
    if let vernacular = study.vernacularTitle { element("VernacularTitle", vernacular, indent: 8) }
    if let electronic = study.electronicDate {
      out.write("        <ArticleDate DateType=\"Electronic\">\n")
      element("Year", String(electronic.year), indent: 10)
      out.write("          <Month>")
      out.write(electronic.month, width: 2)
      out.write("</Month>\n          <Day>")
      out.write(electronic.day, width: 2)
      out.write("</Day>\n        </ArticleDate>\n")
    }
    out.write("      </Article>\n")
  }

  private func writePubDate(_ issueDate: IssueDate) {
    out.write("            <PubDate>\n")
    let date = issueDate.date
    switch issueDate.form {
    case .medlineDate(let text):
      element("MedlineDate", text, indent: 14)
    case .season(let season):
      element("Year", String(date.year), indent: 14)
      element("Season", season, indent: 14)
    case .year:
      element("Year", String(date.year), indent: 14)
    case .yearMonth:
      element("Year", String(date.year), indent: 14)
      element("Month", date.monthAbbreviation, indent: 14)
    case .yearMonthDay:
      element("Year", String(date.year), indent: 14)
      element("Month", date.monthAbbreviation, indent: 14)
      element("Day", String(date.day), indent: 14)
    }
    out.write("            </PubDate>\n")
  }

  private func writePagination(_ study: Study) {
    switch study.pages {
    case .range(let first, _), .single(let first):
      out.write("        <Pagination>\n")
      element("StartPage", first, indent: 10)
      if case .range(_, let last) = study.pages { element("EndPage", last, indent: 10) }
      element("MedlinePgn", study.pages.medlineText ?? first, indent: 10)
      out.write("        </Pagination>\n")
    case .articleNumber(let number):
      out.write("        <Pagination>\n")
      element("StartPage", number, indent: 10)
      element("MedlinePgn", number, indent: 10)
      out.write("        </Pagination>\n")
      element("ELocationID", number, indent: 8, attribute: ("EIdType", "pii"), valid: true)
    case .none:
      break
    }
    if let doi = study.doi {
      element("ELocationID", doi, indent: 8, attribute: ("EIdType", "doi"), valid: true)
    }
    if case .none = study.pages, study.doi == nil {
      out.write("        <Pagination>\n          <MedlinePgn/>\n        </Pagination>\n")
    }
  }

  private func writeAbstractTexts(_ sections: [AbstractSection], indent: Int) {
    for section in sections {
      writeIndent(indent)
      out.write("<AbstractText")
      if let label = section.label {
        out.write(" Label=\"")
        out.writeXMLAttribute(label)
        out.write("\"")
      }
      if let category = section.category {
        out.write(" NlmCategory=\"")
        out.write(category)
        out.write("\"")
      }
      out.write(">")
      out.writeXMLText(section.text)
      out.write("</AbstractText>\n")
    }
  }

  private func writeAuthors(_ authors: [StudyAuthor]) {
    guard !authors.isEmpty else { return }
    out.write("        <AuthorList CompleteYN=\"Y\">\n")
    for author in authors {
      out.write("          <Author ValidYN=\"Y\">\n")
      switch author.name {
      case .person(let family, let given, let initials):
        element("LastName", family, indent: 12)
        if let given { element("ForeName", given, indent: 12) }
        element("Initials", initials, indent: 12)
      case .collective(let name):
        element("CollectiveName", name, indent: 12)
      }
      if let orcid = author.orcid {
        element("Identifier", orcid, indent: 12, attribute: ("Source", "ORCID"))
      }
      for (index, affiliation) in author.affiliations.enumerated() {
        out.write("            <AffiliationInfo>\n              <Affiliation>")
        out.writeXMLText(affiliation)
        if index == 0, let email = author.email {
          out.write(" Electronic address: ")
          out.writeXMLText(email)
          out.write(".")
        }
        out.write("</Affiliation>\n            </AffiliationInfo>\n")
      }
      out.write("          </Author>\n")
    }
    out.write("        </AuthorList>\n")
  }

  private func writeJournalInfo(_ journal: Journal) {
    out.write("      <MedlineJournalInfo>\n")
    element("Country", journal.country, indent: 8)
    element("MedlineTA", journal.isoAbbreviation, indent: 8)
    element("NlmUniqueID", journal.nlmID, indent: 8)
    element("ISSNLinking", journal.linkingISSN, indent: 8)
    out.write("      </MedlineJournalInfo>\n")
  }

  private func writeMesh(_ headings: [MeshHeadingTerm]) {
    guard !headings.isEmpty else { return }
    out.write("      <MeshHeadingList>\n")
    for heading in headings {
      out.write("        <MeshHeading>\n          <DescriptorName UI=\"")
      out.write(heading.descriptor.ui)
      out.write(heading.major ? "\" MajorTopicYN=\"Y\"" : "\" MajorTopicYN=\"N\"")
      if heading.geographic { out.write(" Type=\"Geographic\"") }
      out.write(">")
      out.writeXMLText(heading.descriptor.name)
      out.write("</DescriptorName>\n")
      for (qualifier, major) in heading.qualifiers {
        out.write("          <QualifierName UI=\"")
        out.write(qualifier.ui)
        out.write(major ? "\" MajorTopicYN=\"Y\">" : "\" MajorTopicYN=\"N\">")
        out.writeXMLText(qualifier.name)
        out.write("</QualifierName>\n")
      }
      out.write("        </MeshHeading>\n")
    }
    out.write("      </MeshHeadingList>\n")
  }

  private func writePubmedData(_ study: Study) {
    out.write("    <PubmedData>\n      <History>\n")
    for event in study.history {
      out.write("        <PubMedPubDate PubStatus=\"")
      out.write(event.status)
      out.write("\">\n")
      element("Year", String(event.date.year), indent: 10)
      element("Month", String(event.date.month), indent: 10)
      element("Day", String(event.date.day), indent: 10)
      if let time = event.time {
        element("Hour", String(time.hour), indent: 10)
        element("Minute", String(time.minute), indent: 10)
      }
      out.write("        </PubMedPubDate>\n")
    }
    out.write("      </History>\n")
    element("PublicationStatus", study.publicationStatus, indent: 6)
    out.write("      <ArticleIdList>\n")
    element("ArticleId", String(study.pmid), indent: 8, attribute: ("IdType", "pubmed"))
    if let pmcid = study.pmcid {
      element("ArticleId", pmcid, indent: 8, attribute: ("IdType", "pmc"))
    }
    if let doi = study.doi { element("ArticleId", doi, indent: 8, attribute: ("IdType", "doi")) }
    if let pii = study.pii { element("ArticleId", pii, indent: 8, attribute: ("IdType", "pii")) }
    out.write("      </ArticleIdList>\n")
    if !study.references.isEmpty {
      out.write("      <ReferenceList>\n")
      for reference in study.references {
        out.write("        <Reference>\n")
        element("Citation", reference.citation, indent: 10)
        if reference.doi != nil || reference.pmid != nil {
          out.write("          <ArticleIdList>\n")
          if let doi = reference.doi {
            element("ArticleId", doi, indent: 12, attribute: ("IdType", "doi"))
          }
          if let pmid = reference.pmid {
            element("ArticleId", String(pmid), indent: 12, attribute: ("IdType", "pubmed"))
          }
          out.write("          </ArticleIdList>\n")
        }
        out.write("        </Reference>\n")
      }
      out.write("      </ReferenceList>\n")
    }
    out.write("    </PubmedData>\n")
  }

  private func writeDate(_ name: String, _ date: CalendarDate, indent: Int) {
    writeIndent(indent)
    out.write("<\(name)>\n")
    element("Year", String(date.year), indent: indent + 2)
    writeIndent(indent + 2)
    out.write("<Month>")
    out.write(date.month, width: 2)
    out.write("</Month>\n")
    writeIndent(indent + 2)
    out.write("<Day>")
    out.write(date.day, width: 2)
    out.write("</Day>\n")
    writeIndent(indent)
    out.write("</\(name)>\n")
  }

  /// `<name attribute="value" ValidYN="Y">text</name>` on its own line.
  private func element(
    _ name: String, _ text: String, indent: Int, attribute: (String, String)? = nil,
    valid: Bool = false
  ) {
    writeIndent(indent)
    out.write(byte: UInt8(ascii: "<"))
    out.write(name)
    if let (key, value) = attribute {
      out.write(" \(key)=\"")
      out.writeXMLAttribute(value)
      out.write("\"")
    }
    if valid { out.write(" ValidYN=\"Y\"") }
    out.write(byte: UInt8(ascii: ">"))
    out.writeXMLText(text)
    out.write("</")
    out.write(name)
    out.write(byte: UInt8(ascii: ">"))
    out.write(byte: UInt8(ascii: "\n"))
  }

  private static let spaces = String(repeating: " ", count: 32)

  private func writeIndent(_ count: Int) {
    var spaces = Self.spaces
    spaces.withUTF8 { out.write(bytes: $0.prefix(count)) }
  }
}
