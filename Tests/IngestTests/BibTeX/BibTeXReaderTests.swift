import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// What the BibTeX reader makes of the files reference managers and databases write, and of
/// the grammar's corners: macros, concatenation, comments, names, encodings.
struct BibTeXReaderTests {
  @Test func readsAZoteroExport() throws {
    let result = try readFixture("bibtex/zotero.bib")
    #expect(result.diagnostics.isEmpty)
    #expect(result.records.count == 2)
    let article = result.records[0]
    #expect(
      article.title
        == "Twitter journal clubs in postgraduate surgical training: a mixed-methods evaluation")
    #expect(
      article.authors == [
        .person(family: "Okafor", given: "Chidi"), .person(family: "Lindqvist", given: "Maja E."),
        .collective("UK Foundation Trainee Research Collaborative"),
      ])
    #expect(article.journal == "Journal of Surgical Education")
    #expect(article.year == 2019)
    #expect(article.publicationDate == "2019 March")
    #expect(article.volume == "53")
    #expect(article.issue == "2")
    #expect(article.pages == "201-209")
    #expect(article.doi == "10.5555/jse.2019.0142")
    #expect(article.pmid == "31000001")
    #expect(article.issn == "1473-6527")
    #expect(article.languages == ["en"])
    #expect(article.keywords == ["graduate medical education", "journal club", "social media"])
    #expect(article.urls == ["https://doi.org/10.5555/JSE.2019.0142"])
    #expect(
      article.abstract
        == "Journal clubs held on Twitter reach trainees who cannot attend in person. We counted "
        + "participation and surveyed 214 trainees.")
    #expect(article.risType == "JOUR")
    #expect(article.sourceId == "okafor_twitter_2019")
    #expect(
      article.otherFields.map(\.tag) == ["ENTRYTYPE", "shorttitle", "urldate", "file"])
    #expect(
      article.location == SourceLocation(file: bibtexFixturePath("zotero.bib"), line: 2, column: 1))
    let chapter = result.records[1]
    #expect(chapter.risType == "CHAP")
    #expect(chapter.journal == "Digital Tools for Postgraduate Medical Educators")
    #expect(chapter.pages == "45-67")
    #expect(
      chapter.otherFields.contains(
        SourceField(tag: "editor", value: "Adeyemi, Folasade and Chen, Li")))
  }

  @Test func readsAJabRefExportWithItsComments() throws {
    let result = try readFixture("bibtex/jabref.bib")
    #expect(result.diagnostics.isEmpty)
    #expect(result.records.map(\.sourceId) == ["Mueller2020", "Haddad2022"])
    let article = result.records[0]
    #expect(
      article.authors == [
        .person(family: "Müller", given: "Anna"), .person(family: "Dupré", given: "Renée"),
        .person(family: "Åberg", given: "Lars"),
      ])
    #expect(article.keywords == ["podcasts", "revision", "core medical training"])
    #expect(article.publicationDate == "2020 January")
    #expect(article.pages == "e0427")
    let paper = result.records[1]
    #expect(paper.risType == "CPAPER")
    #expect(paper.journal == "Proceedings of the Imaginary Conference on Medical Education")
    #expect(paper.authors.last == .person(family: "O'Connor", given: "Rebecca E."))
  }

  @Test func readsAGoogleScholarExport() throws {
    let result = try readFixture("bibtex/google-scholar.bib")
    #expect(result.diagnostics.isEmpty)
    let article = result.records[0]
    // `and others` is "et al.": it names no one.
    #expect(article.authors.map(\.familyOrCollective) == ["Rossi", "Novak"])
    #expect(article.pages == "1432-1434")
    #expect(
      article.otherFields == [
        SourceField(tag: "ENTRYTYPE", value: "article"),
        SourceField(tag: "publisher", value: "Elsevier"),
      ])
    #expect(result.records[1].risType == "THES")
    #expect(
      result.records[1].otherFields.last
        == SourceField(tag: "school", value: "Imaginary University"))
  }

  @Test func readsAScopusExport() throws {
    let result = try readFixture("bibtex/scopus.bib")
    #expect(result.diagnostics.isEmpty)
    let record = try #require(result.records.first)
    #expect(record.authors.map(\.displayName) == ["Novak, P.", "Takahashi, E."])
    #expect(record.pages == "18")
    #expect(record.doi == "10.5555/s40337-018-0207-1")
    #expect(record.journalAbbreviation == "J. Eat. Disord.")
    #expect(
      record.keywords == [
        "Online communities", "Qualitative research", "Trainees", "article", "human",
        "qualitative research",
      ])
    #expect(record.notes == ["cited By 12"])
    #expect(record.publicationTypes == ["Review"])
    #expect(record.sourceDatabase == "Scopus")
    #expect(record.languages == ["English"])
    #expect(record.abstract?.hasSuffix("© 2018 The Author(s).") == true)
    // The e-mail address inside a value starts no entry.
    #expect(record.otherFields.contains { $0.tag == "correspondence_address1" })
  }

  @Test func turnsEveryAccentFormIntoUnicode() throws {
    let record = try #require(try readFixture("bibtex/accents.bib").records.first)
    #expect(
      record.title
        == "ü ü ü é é é à ô ñ ā ż ğ š š ő ç ç ą å ṣ í í å Å ß ø Ø æ œ ł Ł & % $ # _ {x} – — "
        + "“quoted” ‘single' a b – … emphasis italic α-helix x ü")
    #expect(
      record.authors == [
        .person(family: "Dvořák", given: "Antonín"), .person(family: "Erdős", given: "Pál"),
        .person(family: "Straßer", given: "Jörg"),
      ])
  }

  @Test func expandsMacrosMonthsAndConcatenation() throws {
    let path = bibtexFixturePath("macros.bib")
    let result = try readFixture("bibtex/macros.bib")
    #expect(result.records.count == 2)
    let first = result.records[0]
    #expect(first.journal == "Journal of Surgical Education")
    #expect(first.title == "Twitter journal clubs in Postgraduate surgical training")
    #expect(first.year == 2019)
    #expect(first.publicationDate == "2019 March")
    #expect(first.volume == "53A")
    #expect(first.notes == ["Part one of 2"])
    let second = result.records[1]
    #expect(second.journal == "Medical Education")
    #expect(second.publicationDate == "2020 Spring")
    #expect(second.otherFields.last == SourceField(tag: "undefinedmacro", value: "nosuchmacro"))
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning, "`nosuchmacro` is not a @string defined before it; kept as written",
          at: SourceLocation(file: path, line: 19, column: 20))
      ])
  }

  @Test func passesOverCommentsAndTextBetweenEntries() throws {
    let path = bibtexFixturePath("comments-and-junk.bib")
    let result = try readFixture("bibtex/comments-and-junk.bib")
    #expect(result.records.map(\.sourceId) == ["first", "second", "third"])
    #expect(result.records.map(\.year) == [2017, 2018, 2019])
    #expect(result.records[1].location == SourceLocation(file: path, line: 7, column: 60))
    #expect(
      result.records[2].title == "An entry with a trailing comma and a % comment between fields")
    #expect(!result.records[2].otherFields.contains { $0.tag == "howpublished" })
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning, "an `@` that starts no entry (no `{` after its type); ignored",
          at: SourceLocation(file: path, line: 2, column: 37))
      ])
  }

  @Test func readsEveryFormOfName() throws {
    let record = try #require(try readFixture("bibtex/names.bib").records.first)
    #expect(
      record.authors == [
        .person(family: "van der Berg", given: "Jan"),
        .person(family: "van Beethoven", given: "Ludwig"),
        .person(family: "Smith", given: "John Jr."),
        .collective("World Health Organization"),
        .person(family: "de la Fontaine", given: "Jean"),
        .person(family: "Öztürk", given: "Ayşe"),
        .person(family: "Sánchez", given: "Maria"),
        .person(family: "Okafor", given: "C."),
        .person(family: "Lee"),
        .collective("Barnes and Noble, Inc."),
        .person(family: "Tan", given: "Wei"),
      ])
    #expect(record.otherFields.last == SourceField(tag: "editor", value: "Adeyemi, Folasade"))
  }

  @Test func warnsAboutAMissingKeyARepeatedFieldAndAMissingTitle() throws {
    let path = bibtexFixturePath("keyless-and-repeated.bib")
    let result = try readFixture("bibtex/keyless-and-repeated.bib")
    #expect(result.records.count == 3)
    #expect(result.records[0].title == "An entry without a key")
    #expect(result.records[0].sourceId == nil)
    #expect(result.records[1].title == "The first title")
    #expect(
      result.records[1].otherFields.last == SourceField(tag: "title", value: "The second title"))
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning, "an entry without a citation key",
          at: SourceLocation(file: path, line: 1, column: 1)),
        Diagnostic(
          .warning,
          "`title` is given twice in the entry `repeated`; the first is used, the second kept "
            + "with the other fields", at: SourceLocation(file: path, line: 5)),
        Diagnostic(
          .warning, "the entry `untitled` has no title",
          at: SourceLocation(file: path, line: 9, column: 1)),
      ])
  }

  @Test func fallsBackToWindows1252AndReadsCRLF() throws {
    let path = bibtexFixturePath("windows-1252-crlf.bib")
    let result = try readFixture("bibtex/windows-1252-crlf.bib")
    let record = try #require(result.records.first)
    #expect(record.title == "Café conversations among anaesthetic trainees")
    #expect(record.authors == [.person(family: "Dupré", given: "Renée")])
    #expect(
      result.diagnostics == [
        Diagnostic(.warning, TextDecoder.fallbackWarning, at: SourceLocation(file: path, line: 2))
      ])
  }

  @Test func keepsEachEntrysTextAsItStands() throws {
    let bytes = try bibtexFixtureBytes("comments-and-junk.bib")
    let result = try readBibTeX(bytes, keepsOriginalText: true)
    #expect(
      result.records.map(\.originalText) == [
        "@article{first, title = {The first entry}, year = {2017}}",
        "@article{second, title = {The second entry on the same line}, year = {2018}}",
        """
        @misc{third,
          title = {An entry with a trailing comma and a % comment between fields},
          % howpublished = {this line is a comment},
          year = {2019},
        }
        """,
      ])
  }

  @Test func warnsAboutTextThatSuggestsAnEntryClosedTooEarly() throws {
    let result = try readBibTeX("@article{early,\n  title = {Closed}},\n  year = {2019},\n}\n")
    #expect(result.records.first?.title == "Closed")
    #expect(
      result.diagnostics == [
        Diagnostic(
          .warning,
          "`,` after the end of the entry before it: does that entry close too early (one "
            + "closing brace too many)?", at: SourceLocation(file: "test.bib", line: 2, column: 20))
      ])
  }

  @Test func readsParenthesesAndUpperCaseTypes() throws {
    let result = try readBibTeX(
      "@ARTICLE(upper, TITLE = \"Quoted {with \"inner\" quotes}\", YEAR = 2001)")
    #expect(result.records.first?.title == "Quoted with \"inner\" quotes")
    #expect(result.records.first?.year == 2001)
    #expect(result.records.first?.risType == "JOUR")
  }
}
