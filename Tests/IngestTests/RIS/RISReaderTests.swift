import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// The RIS grammar as exporters write it: line ends, byte order marks, spacing, continuation
/// lines, records that are empty or unterminated, text around records, encodings.
struct RISReaderTests {
  @Test func readsCRLFLineEnds() throws {
    let result = try readFixture("ris/crlf.ris")
    #expect(result.records.count == 2)
    let first = try #require(result.records.first)
    #expect(first.title == "Twitter journal clubs in postgraduate surgical training")
    #expect(
      first.authors == [
        .person(family: "Okafor", given: "Chidi"), .person(family: "Lindqvist", given: "Maja"),
      ])
    #expect(first.journal == "Journal of Surgical Education")
    #expect(first.year == 2018)
    #expect(first.volume == "75")
    #expect(first.issue == "4")
    #expect(first.pages == "901-907")
    #expect(first.doi == "10.5555/jse.2018.0417")
    #expect(first.risType == "JOUR")
    #expect(result.records[1].title == "Podcasts as revision aids for core medical trainees")
    #expect(result.records[1].location == SourceLocation(file: fixturePath("crlf.ris"), line: 14))
    #expect(result.diagnostics.isEmpty)
  }

  @Test func readsLoneCRLineEndsAsCRLF() throws {
    let crlf = try readFixture("ris/crlf.ris").records.map(\.withoutProvenance)
    let cr = try readFixture("ris/lone-cr.ris").records.map(\.withoutProvenance)
    #expect(cr == crlf)
  }

  @Test func dropsTheByteOrderMark() throws {
    let result = try readFixture("ris/bom.ris")
    #expect(result.records.count == 1)
    #expect(result.records.first?.risType == "JOUR")
    #expect(
      result.records.first?.title == "Ethical boundaries of patient education on social media")
    #expect(result.records.first?.location?.line == 1)
  }

  @Test func joinsContinuationLines() throws {
    let record = try #require(try readFixture("ris/multiline-abstract.ris").records.first)
    #expect(record.title == "Audio-visual learning on video platforms: what do trainees watch?")
    #expect(
      record.abstract == """
        We asked paediatric trainees which videos they watched before clinical procedures and \
        why they chose them.
        Half of them watched a video the evening before a procedure.
        Trainees valued short videos made by their own department.
        """)
    #expect(record.notes == ["First note line\n* second line\n* last line"])
  }

  @Test func keepsRepeatedTags() throws {
    let result = try readFixture("ris/repeated-tags.ris")
    let record = try #require(result.records.first)
    #expect(
      record.authors == [
        .person(family: "Petrov", given: "Ivan"), .person(family: "Adeyemi", given: "Folasade"),
        .person(family: "Chen", given: "Li"),
      ])
    #expect(record.keywords == ["social media", "networks", "mentoring", "foundation doctors"])
    #expect(record.notes == ["First note.", "Second note."])
    #expect(record.abstract == "The abstract that counts.")
    #expect(record.issn == "1234-5678")
    #expect(record.doi == "10.5555/meded.2023.0007")
    #expect(record.urls == ["https://example.org/a", "https://example.org/b"])
    #expect(record.languages == ["English", "Welsh"])
    // The second value of a single-valued field is kept, in file order, with its tag.
    #expect(
      record.otherFields == [
        SourceField(tag: "AB", value: "Copyright of the journal is the property of its publisher."),
        SourceField(tag: "SN", value: "8765-4321"),
        SourceField(tag: "DO", value: "not a doi"),
      ])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func toleratesIrregularSpacing() throws {
    let result = try readFixture("ris/irregular-spacing.ris")
    #expect(result.records.count == 2)
    let first = try #require(result.records.first)
    #expect(first.title == "Irregular spacing between tag, dash and value")
    #expect(first.authors == [.person(family: "Moreau", given: "Claire")])
    #expect(first.year == 2019)
    #expect(first.volume == "12")
    #expect(result.records[1].title == "A record after an ER without a trailing space")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func keepsUnknownTagsInOrderWithoutWarnings() throws {
    let result = try readFixture("ris/unknown-tags.ris")
    let record = try #require(result.records.first)
    #expect(
      record.otherFields == [
        SourceField(tag: "M1", value: "7"),
        SourceField(tag: "C1", value: "Custom value one"),
        SourceField(tag: "ZZ", value: "A tag no tool defines"),
        SourceField(tag: "Y2", value: "2024/01/15"),
        SourceField(tag: "M1", value: "Second M1"),
        SourceField(tag: "A2", value: "Editor, Ellen"),
        SourceField(tag: "PB", value: "Example Press"),
      ])
    #expect(record.authors.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func keepsEmptyRecordsWithAWarning() throws {
    let result = try readFixture("ris/empty-record.ris")
    #expect(result.records.count == 3)
    #expect(result.records[0].risType == "GEN")
    #expect(result.records[0].title == nil)
    #expect(result.records[1].title == "Social media policies of deaneries")
    #expect(result.records[2].risType == nil)
    #expect(result.diagnostics.map(\.location?.line) == [1, 8])
    #expect(result.diagnostics.allSatisfy { $0.message.hasPrefix("empty record") })
    #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test func skipsTextOutsideRecordsQuietly() throws {
    let result = try readFixture("ris/text-before-first-ty.ris")
    #expect(
      result.records.map(\.title) == [
        "Microblogging at medical conferences",
        "Hashtags as a map of a specialty's conversations",
      ])
    #expect(result.records.map(\.location?.line) == [6, 15])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func endsARecordWithoutERAtTheNextTYOrTheEndOfTheFile() throws {
    let result = try readFixture(
      "ris/missing-er.ris", options: ReaderOptions(locatesOriginal: true))
    #expect(result.records.count == 2)
    #expect(result.records[0].year == 2012)
    #expect(result.records[1].abstract == "It ends without an ER line")
    #expect(
      result.records[0].originalText
        == "TY  - JOUR\nTI  - A record whose ER line was lost\nPY  - 2012\n")
    #expect(result.diagnostics.map(\.location?.line) == [1, 5])
    #expect(result.diagnostics[0].message.contains("no ER line"))
    #expect(result.diagnostics[0].message.contains("line 5"))
    #expect(result.diagnostics[1].message.contains("the file ends inside it"))
  }

  @Test func fallsBackToWindows1252WithOneWarning() throws {
    let result = try readFixture("ris/windows-1252.ris")
    let record = try #require(result.records.first)
    #expect(record.authors == [.person(family: "Lefèvre", given: "Renée")])
    #expect(record.title == "Trainees’ “digital professionalism” in Münster – a survey")
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location?.line == 3)
    #expect(result.diagnostics.first?.message.contains("Windows-1252") == true)
  }

  @Test func keepsTheOriginalTextOnlyWhenAsked() throws {
    let bytes = try risFixtureBytes("crlf.ris")
    let kept = try readFixture("ris/crlf.ris", options: ReaderOptions(locatesOriginal: true))
    let text = String(decoding: bytes, as: UTF8.self)
    let blankLine = try #require(text.firstRange(of: "\r\n\r\n"))
    let firstRecord = String(text[..<blankLine.lowerBound])
    #expect(kept.records[0].originalText == firstRecord + "\r\n")
    #expect(kept.records[1].originalText?.hasSuffix("ER  - \r\n") == true)
    #expect(try readFixture("ris/crlf.ris").records.allSatisfy { $0.originalText == nil })
  }

  @Test func warnsAboutARecordWithoutATitle() throws {
    let result = try readRIS("TY  - JOUR\nAU  - Nkosi, Z\nER  - \n")
    #expect(result.records.count == 1)
    #expect(result.diagnostics.map(\.message) == ["record without a title"])
    #expect(result.diagnostics.first?.location == SourceLocation(file: "test.ris", line: 1))
  }

  @Test func warnsOnceAboutARecordWithoutItsTYLine() throws {
    let text = "TY  - JOUR\nTI  - One\nER  - \nAU  - Lost, A\nTI  - Lost\nER  - \n"
    let result = try readRIS(text)
    #expect(result.records.count == 1)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location?.line == 4)
  }

  @Test func ignoresTrailersAfterERQuietly() throws {
    // Ovid writes a link after each ER.
    let text = "TY  - JOUR\nTI  - One\nER  -\nNL  - Journal link\n\nLink: https://example.org\n"
    let result = try readRIS(text)
    #expect(result.records.map(\.title) == ["One"])
    #expect(result.records.first?.otherFields == [])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func returnsNothingForAFileWithoutRecords() throws {
    let result = try readRIS("Just a note that the search found nothing.\n\n")
    #expect(result.records.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func takesALineThatOnlyLooksLikeATagAsAContinuation() throws {
    let text = """
      TY  - JOUR
      TI  - Imaging teaching on video
      AB  - Trainees compared
      T1- and T2-weighted images,
      ER then discussed them with
      US -based tutors.
      ER  - 

      """
    let record = try #require(try readRIS(text).records.first)
    #expect(
      record.abstract
        == "Trainees compared T1- and T2-weighted images, ER then discussed them with "
        + "US -based tutors.")
    #expect(record.title == "Imaging teaching on video")
  }

  private func fixturePath(_ name: String) -> String {
    TestFiles.fixture("ris/\(name)", in: "IngestTests")
  }
}
