import Ingest
import ReviewModel
import Testing

/// The fields the reader makes of PubMed XML, one edge case per fixture.
struct PubMedArticleReaderTests {
  @Test func readsAStructuredAbstractAsLabelledSectionsInOrder() throws {
    let result = try readFixture("pubmed/structured-abstract.xml")
    #expect(result.records.count == 2)
    #expect(result.diagnostics.isEmpty)
    let record = try #require(result.records.first)
    #expect(
      record.abstract
        == "BACKGROUND: Core trainees learn from podcasts and microblogs, but training programmes"
        + " rarely use them. METHODS: We sent a structured questionnaire to 120 core surgical"
        + " trainees in one deanery. RESULTS: Eighty-four trainees (70%) replied; 61 listened to"
        + " a surgical podcast every week. CONCLUSIONS: Programmes should curate the audio-visual"
        + " material their trainees already use.")
    // Unlabelled sections are joined without a label; empty ones and OtherAbstract are left out.
    #expect(
      result.records.last?.abstract
        == "Registrars set up a messaging group for handover teaching."
        + " A second, unlabelled paragraph followed.")
  }

  @Test func readsTheJournalFields() throws {
    let record = try #require(try readFixture("pubmed/structured-abstract.xml").records.first)
    #expect(record.pmid == "39000101")
    #expect(record.sourceId == "39000101")
    #expect(
      record.title == "Podcasts and microblogs in core surgical training: a survey of trainees.")
    #expect(record.journal == "Journal of postgraduate clinical education")
    #expect(record.journalAbbreviation == "J Postgrad Clin Educ")
    #expect(record.issn == "2049-7001")
    #expect(record.volume == "24")
    #expect(record.issue == "1")
    #expect(record.pages == "211-9")
    #expect(record.year == 2024)
    #expect(record.publicationDate == "2024 Mar 12")
    #expect(record.authors == [Author.person(family: "Okafor", given: "Adaeze")])
    #expect(record.languages == ["eng"])
    #expect(record.publicationTypes == ["Journal Article"])
    #expect(record.doi == nil)
    #expect(record.pmcid == nil)
    #expect(record.originalText == nil)
    #expect(record.location?.line == 4)
    #expect(record.location?.file.hasSuffix("Fixtures/pubmed/structured-abstract.xml") == true)
  }

  @Test func keepsTheTextOfInlineMarkupAndMathMLWithoutAddingSpaces() throws {
    let records = try readFixture("pubmed/inline-markup.xml").records
    #expect(records.count == 2)
    #expect(
      records.first?.title
        == "Learning via Twitter: CO2 laser safety and E = mc2 in dermatology training.")
    // The white space of pretty-printed MathML becomes single spaces; its TeX annotation
    // repeats the formula, so it is left out.
    #expect(
      records.first?.abstract
        == "Engagement rose ( p < 0.01 ) after trainees followed the #MedEd hashtag.")
    #expect(records.last?.title == "Estimating R2 for video engagement & <reach>.")
  }

  @Test func readsMedlineDatesSeasonsAndArticleDates() throws {
    let records = try readFixture("pubmed/dates.xml").records
    #expect(records.map(\.year) == [2019, 2020, 2018, 2021, 2022])
    #expect(
      records.map(\.publicationDate) == [
        "2019 Mar-Apr", "2020 Winter", "Winter 2018-2019", "2021 Nov 03", "Spring-Summer",
      ])
    #expect(records.first?.volume == "53")
    #expect(records.first?.issue == "2")
  }

  @Test func takesTheArticlesOwnDOINeverAReferencesOrACommentsPMID() throws {
    let records = try readFixture("pubmed/identifiers.xml").records
    #expect(records.map(\.pmid) == ["39000401", "39000402", "39000403"])
    // ELocationID first (lower-cased), else the ArticleIdList; never a reference's DOI, nor
    // an ELocationID marked invalid.
    #expect(records.map(\.doi) == ["10.1000/pgmlt.2024.0101", "10.1000/pgmlt.2024.0102", nil])
    #expect(records.map(\.pmcid) == ["PMC11000401", nil, nil])
    // Without pagination, the publisher's item identifier serves as pages.
    #expect(records.first?.pages == "S2049-7001(24)00101-X")
  }

  @Test func readsPersonsCollectivesInitialsAndAffiliations() throws {
    let record = try #require(try readFixture("pubmed/authors.xml").records.first)
    #expect(
      record.authors == [
        Author(
          .person(family: "Nakamura", given: "Hiroshi K"),
          affiliations: [
            "Department of Medical Education, Northfield Hospital, Leeds, UK.",
            "School of Medicine, University of Leeds, Leeds, UK.",
          ]),
        .person(family: "Ali", given: "S"),
        Author(
          .collective("Trainee Research Collaborative in Social Media"),
          affiliations: ["Regional trainee network."]),
        // ValidYN="N" marks a name an erratum corrected; it is kept as the file lists it.
        .person(family: "Smyth", given: "Jo"),
        .person(family: "Smith", given: "Jo"),
        .person(family: "Dlamini"),
      ])
  }

  @Test func readsMeshHeadingsWithQualifiersAndKeywordsFromEveryList() throws {
    let record = try #require(try readFixture("pubmed/mesh-and-keywords.xml").records.first)
    #expect(
      record.meshHeadings == [
        MeshHeading(
          descriptor: "Education, Medical, Graduate", qualifiers: ["methods"], isMajorTopic: true),
        MeshHeading(
          descriptor: "Social Media", qualifiers: ["statistics & numerical data", "trends"],
          isMajorTopic: true),
        MeshHeading(descriptor: "Humans"),
      ])
    #expect(
      record.keywords == [
        "social media", "YouTube", "continuing professional development", "Professional Ethics",
      ])
  }

  @Test func readsTheVernacularTitleLanguagesAndPublicationTypes() throws {
    let result = try readFixture("pubmed/vernacular-title.xml")
    #expect(result.diagnostics.isEmpty)
    // Without an English title, the vernacular one stands in.
    #expect(
      result.records.last?.title == "Les réseaux sociaux dans la formation des internes.")
    #expect(result.records.last?.languages == ["fre"])
    let record = try #require(result.records.first)
    #expect(
      record.title
        == "[Social networks in the training of medical residents: a systematic review].")
    #expect(
      record.vernacularTitle
        == "Redes sociales en la formación de médicos residentes: revisión sistemática.")
    #expect(record.languages == ["spa", "eng"])
    #expect(
      record.publicationTypes == [
        "Journal Article", "Systematic Review", "Research Support, Non-U.S. Gov't",
      ])
    #expect(record.journal == "Revista de educación médica de posgrado")
  }

  @Test func fallsBackForPagesJournalAndISSN() throws {
    let records = try readFixture("pubmed/journal-and-pages.xml").records
    #expect(records.map(\.pages) == ["e45-e52", "e0815"])
    #expect(records.map(\.issn) == ["0000-0019", "0000-0035"])
    #expect(records.map(\.journal) == ["Annals of surgical training", "BMJ Sim Train"])
    #expect(records.map(\.journalAbbreviation) == ["Ann Surg Train", "BMJ Sim Train"])
    #expect(records.map(\.issue) == ["4 Suppl 2", nil])
  }

  @Test func keepsNonASCIITextAndDecodedReferencesExactly() throws {
    let record = try #require(try readFixture("pubmed/non-ascii.xml").records.first)
    #expect(
      record.title
        == "β-blockers & <social> \"media\" 'quizzes' for Ärztinnen in Weiterbildung 👍📚")
    #expect(
      record.abstract
        == "Registrars in Zürich and Łódź shared 15 µg dosing tips; 40 °C fever\u{A0}algorithms too."
    )
    #expect(record.vernacularTitle == "社交媒体在住院医师培训中的应用")
    #expect(record.journal == "Zeitschrift für ärztliche Weiterbildung")
    #expect(
      record.authors == [
        .person(family: "Müller-Øvrebø", given: "Zoë"),
        .person(family: "Nguyễn", given: "Thị Hồng"),
      ])
  }

  @Test func collapsesRunsOfWhiteSpaceButKeepsNoBreakSpaces() throws {
    let document = """
      <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>\n  42\n</PMID><Article>\
      <ArticleTitle>  Social media in postgraduate  training:\ta\r\nreview\u{A0}\u{A0}of \
      trainee-led channels  </ArticleTitle><Abstract><AbstractText>Already tidy text that \
      is longer than sixteen bytes.</AbstractText></Abstract></Article></MedlineCitation>\
      </PubmedArticle></PubmedArticleSet>
      """
    let reader = PubMedArticleReader(MemoryByteSource(Array(document.utf8)), path: "ws.xml")
    let record = try #require(try reader.next())
    #expect(record.pmid == "42")
    #expect(
      record.title
        == "Social media in postgraduate training: a review\u{A0}\u{A0}of trainee-led channels")
    #expect(record.abstract == "Already tidy text that is longer than sixteen bytes.")
  }

  @Test func warnsAboutArticlesWithoutATitleOrAPMID() throws {
    let result = try readFixture("pubmed/missing-fields.xml")
    #expect(result.records.count == 2)
    #expect(result.records.first?.title == nil)
    #expect(result.records.first?.pmid == "39001801")
    // A PMID under CommentsCorrections, or in the ArticleIdList, is not the article's own.
    #expect(result.records.last?.pmid == nil)
    #expect(result.records.last?.sourceId == nil)
    let path = try #require(result.records.first?.location?.file)
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning, "PubMed article 39001801 has no title", at: SourceLocation(file: path, line: 3)),
        Diagnostic(
          .warning, "a PubMed article without a PMID", at: SourceLocation(file: path, line: 14)),
      ])
  }
}
