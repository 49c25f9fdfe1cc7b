import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// What the MEDLINE reader makes of each field PubMed writes, and of books, collective authors,
/// older records and the ways edited files differ from PubMed's own.
struct MEDLINEReaderTests {
  @Test func readsAJournalArticleField() throws {
    let result = try readFixture("medline/two-articles.nbib")
    #expect(result.records.count == 2)
    #expect(result.diagnostics.isEmpty)
    let record = try #require(result.records.first)
    #expect(record.pmid == "31000001")
    #expect(record.sourceId == "31000001")
    #expect(
      record.title == "Twitter journal clubs in postgraduate surgical training: a mixed-methods "
        + "evaluation over three academic years.")
    #expect(
      record.abstract == "BACKGROUND: Journal clubs held on Twitter reach trainees who cannot "
        + "attend in person. METHODS: We counted participation and surveyed the 214 trainees of "
        + "one deanery. RESULTS: Two thirds took part at least once; most read along without "
        + "posting. CONCLUSIONS: A weekly hashtag kept the club going between rotations.")
    #expect(record.publicationDate == "2019 Mar-Apr")
    #expect(record.year == 2019)
    #expect(record.journal == "Journal of surgical education")
    #expect(record.journalAbbreviation == "J Surg Educ")
    #expect(record.volume == "53")
    #expect(record.issue == "2")
    #expect(record.pages == "201-209")
    #expect(record.doi == "10.5555/jse.2019.0142")
    #expect(record.pmcid == "PMC6543210")
    #expect(record.issn == "1473-6527")
    #expect(record.languages == ["eng"])
    #expect(record.publicationTypes == ["Journal Article", "Research Support, Non-U.S. Gov't"])
    #expect(record.keywords == ["journal club", "social media", "Twitter"])
    #expect(
      record.location == SourceLocation(file: medlineFixturePath("two-articles.nbib"), line: 1))
  }

  @Test func readsAuthorsWithTheirAffiliations() throws {
    let record = try #require(try readFixture("medline/two-articles.nbib").records.first)
    #expect(
      record.authors == [
        Author(
          .person(family: "Okafor", given: "Chidi"),
          affiliations: [
            "Department of Surgery, Northern Deanery, Newcastle, UK.",
            "School of Medical Education, Newcastle University, Newcastle, UK.",
          ]),
        Author(
          .person(family: "Lindqvist", given: "Maja E"),
          affiliations: ["Karolinska Institutet, Stockholm, Sweden."]),
        .person(family: "Ali Aziz-Sultan", given: "Mohammad"),
      ])
  }

  @Test func readsMeSHHeadingsWithQualifiersAndMajorTopics() throws {
    let record = try #require(try readFixture("medline/two-articles.nbib").records.first)
    #expect(
      record.meshHeadings == [
        MeshHeading(descriptor: "Clinical Competence"),
        MeshHeading(
          descriptor: "Education, Medical, Graduate", qualifiers: ["methods"], isMajorTopic: true),
        MeshHeading(descriptor: "Humans"),
        MeshHeading(
          descriptor: "Social Media", qualifiers: ["statistics & numerical data"],
          isMajorTopic: true),
        MeshHeading(
          descriptor: "Surveys and Questionnaires",
          qualifiers: ["standards", "statistics & numerical data"], isMajorTopic: true),
      ])
  }

  @Test func keepsEveryFieldItDoesNotInterpret() throws {
    let record = try #require(try readFixture("medline/two-articles.nbib").records.first)
    let tags = record.otherFields.map(\.tag)
    #expect(
      tags == [
        "OWN", "STAT", "DCOM", "LR", "IS", "IS", "LID", "CI", "AUID", "DEP", "PL", "JID", "SB",
        "OTO", "COIS", "EDAT", "MHDA", "CRDT", "PHST", "PHST", "AID", "AID", "PST", "SO",
      ])
    #expect(record.otherFields[4] == SourceField(tag: "IS", value: "0969-9988 (Print)"))
    // The pii is not the pages (PG gives them), so it is kept, as are both AIDs.
    #expect(record.otherFields[6] == SourceField(tag: "LID", value: "S0969-9988(18)30411-2 [pii]"))
    #expect(
      record.otherFields.last
        == SourceField(
          tag: "SO",
          value: "J Surg Educ. 2019 Mar-Apr;53(2):201-209. doi: 10.5555/JSE.2019.0142. Epub "
            + "2018 Nov 20."))
  }

  @Test func takesTheDOIFromAnArticleIDAndPagesFromAnElectronicLocation() throws {
    let record = try readFixture("medline/two-articles.nbib").records[1]
    #expect(record.doi == "10.5555/tct.2020.0427")
    #expect(record.pages == "e0427")
    #expect(record.publicationDate == "2020 Winter")
    #expect(record.year == 2020)
    #expect(record.languages == ["eng", "ger"])
    #expect(record.authors.first?.familyOrCollective == "Müller")
    #expect(record.otherFields.map(\.tag) == ["OWN", "STAT", "SO"])
  }

  @Test func readsABookChapterAndAWholeBook() throws {
    let result = try readFixture("medline/book-chapter.nbib")
    #expect(result.diagnostics.isEmpty)
    let chapter = result.records[0]
    #expect(chapter.title == "Social media in residency recruitment.")
    #expect(chapter.journal == "Digital Tools for Postgraduate Medical Educators")
    #expect(chapter.year == 2021)
    #expect(chapter.authors.map(\.displayName) == ["Petrov, Ivan"])
    #expect(chapter.publicationTypes == ["Review", "Book Chapter"])
    // Editors are not authors; they stay with the other fields.
    #expect(
      chapter.otherFields.filter { $0.tag == "FED" }.map(\.value) == [
        "Adeyemi, Folasade", "Chen, Li",
      ])
    #expect(
      chapter.otherFields.contains(SourceField(tag: "AID", value: "NBK570001 [bookaccession]")))
    let book = result.records[1]
    #expect(book.title == "Digital Tools for Postgraduate Medical Educators")
    #expect(book.journal == nil)
    #expect(book.authors.isEmpty)
    #expect(book.doi == "10.5555/dtpme.2021")
    #expect(book.otherFields.contains(SourceField(tag: "CTI", value: "Teaching Today")))
  }

  @Test func readsCollectiveAuthorsInTheirPlace() throws {
    let result = try readFixture("medline/collective-author.nbib")
    let record = result.records[0]
    #expect(
      record.authors == [
        Author(
          .person(family: "Haddad", given: "Rania"),
          affiliations: ["Royal Imaginary Infirmary, Edinburgh, UK."]),
        Author(
          .collective("UK Foundation Trainee Research Collaborative"),
          affiliations: ["Collaborative office, Edinburgh, UK."]),
        .person(family: "O'Connor", given: "Rebecca E"),
      ])
    // Investigators are not authors.
    #expect(record.otherFields.map(\.tag) == ["STAT", "IR", "FIR", "IRAD"])
    #expect(result.records[1].authors == [.collective("COVID-19 Trainee Collaborative")])
  }

  @Test func readsOlderRecordsWithShortNamesOnly() throws {
    let record = try #require(try readFixture("medline/older-records.nbib").records.first)
    #expect(
      record.authors == [
        Author(
          .person(family: "Given", given: "CA 2nd"),
          affiliations: ["Department of Medicine, Imaginary General Hospital, Leeds, UK."]),
        .person(family: "van der Berg", given: "J"),
        .person(family: "Smith", given: "JA Jr"),
        .person(family: "Tan"),
      ])
    #expect(record.publicationDate == "1998 Dec-1999 Jan")
    #expect(record.year == 1998)
    #expect(record.pages == "1123-7")
  }

  @Test func readsCRLFLineEndsAndAByteOrderMark() throws {
    let result = try readFixture("medline/crlf-bom.nbib")
    #expect(result.diagnostics.isEmpty)
    #expect(result.records.map(\.pmid) == ["34500001", "34500002"])
    #expect(
      result.records[0].title
        == "Ethical boundaries of patient education on social media: a qualitative study of "
        + "surgical registrars.")
    #expect(result.records[0].journal == "Medical teacher")
    #expect(result.records[1].location?.line == 12)
  }

  @Test func readsRecordsThatStartWithTheirPMCID() throws {
    let result = try readFixture("medline/pmc-first.txt")
    #expect(result.diagnostics.isEmpty)
    #expect(result.records.map(\.pmid) == ["35600001", "35600002"])
    #expect(result.records.map(\.pmcid) == ["PMC7000001", "PMC7000002"])
    let first = result.records[0]
    // An empty AB is no abstract; the publisher's note about it is kept.
    #expect(first.abstract == nil)
    #expect(
      first.otherFields.contains(
        SourceField(tag: "OAB", value: "Publisher: Abstract available from the publisher.")))
    #expect(
      first.authors.first?.affiliations == [
        "Department of Medical Education, Imaginary Women’s Medical University, Tokyo, Japan"
      ])
    #expect(first.location?.line == 3)
    // An LID without a kind is an electronic page where there is no PG.
    #expect(result.records[1].pages == "18")
    #expect(result.records[1].location?.line == 25)
  }

  @Test func aSecondPMIDWithoutABlankLineStartsARecord() throws {
    let path = medlineFixturePath("no-blank-line.nbib")
    let result = try readFixture("medline/no-blank-line.nbib")
    #expect(
      result.records.map(\.title) == [
        "Blogs written by junior doctors.", "Facebook groups for exam preparation.",
      ])
    #expect(result.records.map(\.year) == [2017, 2016])
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning, "a second PMID without a blank line before it; it starts a new record",
          at: SourceLocation(file: path, line: 4))
      ])
  }

  @Test func warnsAboutTextOutsideRecordsAndUnindentedLines() throws {
    let path = medlineFixturePath("stray-text.txt")
    let result = try readFixture("medline/stray-text.txt")
    #expect(result.records.map(\.pmid) == ["37800001", "37800002"])
    #expect(
      result.records[0].abstract
        == "Residents followed dermatology accounts for case images and commentary.")
    #expect(result.records[0].authors == [.person(family: "Rossi", given: "Marco")])
    let stray =
      "text outside any record (a record starts with a field such as `PMID- `); ignored up to "
      + "the next record"
    #expect(
      result.diagnostics == [
        Diagnostic(.warning, stray, at: SourceLocation(file: path, line: 1)),
        Diagnostic(
          .warning,
          "a line that is neither a field (`TAG - `) nor indented; read as continuing the field "
            + "before it", at: SourceLocation(file: path, line: 8)),
        Diagnostic(.warning, stray, at: SourceLocation(file: path, line: 12)),
      ])
  }

  @Test func fallsBackToWindows1252() throws {
    let path = medlineFixturePath("windows-1252.nbib")
    let result = try readFixture("medline/windows-1252.nbib")
    let record = try #require(result.records.first)
    #expect(record.title == "Café conversations: informal learning among anaesthetic trainees.")
    #expect(record.authors == [.person(family: "Dupré", given: "Renée")])
    #expect(
      result.diagnostics == [
        Diagnostic(.warning, TextDecoder.fallbackWarning, at: SourceLocation(file: path, line: 3))
      ])
  }

  @Test func readsDatesAndWarnsAboutMissingTitlesAndPMIDs() throws {
    let path = medlineFixturePath("dates-and-gaps.nbib")
    let result = try readFixture("medline/dates-and-gaps.nbib")
    #expect(result.records.map(\.year) == [2006, 2015, 2024, 2019])
    #expect(result.records.map(\.publicationDate) == ["2006 Mar 1", nil, "2024", "2019"])
    #expect(result.records[1].otherFields == [SourceField(tag: "DEP", value: "20150704")])
    #expect(result.records[3].pmid == nil)
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning, "MEDLINE record 39000003 has no title (no TI, nor BTI for a book)",
          at: SourceLocation(file: path, line: 9)),
        Diagnostic(
          .warning, "a MEDLINE record without a PMID", at: SourceLocation(file: path, line: 13)),
      ])
  }

  @Test func readsTheTitleInTheArticlesOwnLanguage() throws {
    let result = try readFixture("medline/vernacular-title.nbib")
    #expect(result.diagnostics.isEmpty)
    #expect(
      result.records[0].title
        == "[Social networks in the training of residents in family medicine].")
    #expect(
      result.records[0].vernacularTitle
        == "Redes sociales en la formación de residentes de medicina familiar.")
    // Without an English title, the title in its own language is the record's title.
    #expect(result.records[1].title == "Soziale Medien in der ärztlichen Weiterbildung.")
  }

  @Test func anIndentedLineAfterABlankLineStartsAParagraph() throws {
    let result = try readFixture("medline/paragraphs.nbib")
    #expect(result.records.count == 1)
    #expect(
      result.records[0].abstract
        == "The first paragraph, wrapped over two lines.\nThe second paragraph, after a blank line."
    )
    #expect(result.records[0].authors.count == 1)
  }

  @Test func keepsTheOriginalTextOfEachRecord() throws {
    let bytes = try medlineFixtureBytes("pmc-first.txt")
    let result = try readMEDLINE(bytes, keepsOriginalText: true)
    let text = String(decoding: bytes, as: UTF8.self)
    let first = try #require(result.records.first?.originalText)
    #expect(first.hasPrefix("PMC - PMC7000001\nPMID- 35600001\n"))
    #expect(first.hasSuffix("doi:10.5555/mex.2018.03.007.\n"))
    #expect(text.contains(first))
    let second = try #require(result.records.last?.originalText)
    #expect(second.hasPrefix("PMC - PMC7000002\n"))
    #expect(second.hasSuffix("eCollection 2018.\n"))
  }

  @Test func theSameRecordReadsTheSameAsPubMedXMLWouldHaveIt() throws {
    // A record in both of PubMed's formats: the fields litrev keeps must agree.
    let medline = try readMEDLINE(
      """
      PMID- 12345678
      DP  - 2019 May
      TI  - A title.
      FAU - Okafor, Chidi
      AU  - Okafor C
      AU  - Lindqvist M
      TA  - Med Educ
      JT  - Medical education

      """)
    let record = try #require(medline.records.first)
    #expect(
      record.authors == [
        .person(family: "Okafor", given: "Chidi"), .person(family: "Lindqvist", given: "M"),
      ])
    #expect(record.journal == "Medical education")
    #expect(record.journalAbbreviation == "Med Educ")
    #expect(medline.diagnostics.isEmpty)
  }
}
