import ReviewModel
import Testing

@testable import Ingest

/// Records in the styles of the exporters reviewers meet, each a small file written in that
/// style, with every field the mapping reads from it.
struct RISDialectTests {
  @Test func scopus() throws {
    let result = try readFixture("ris/scopus.ris")
    #expect(result.records.count == 2)
    let record = try #require(result.records.first)
    #expect(
      record.title
        == "Instagram as a teaching tool in postgraduate dermatology training: "
        + "a mixed-methods study")
    #expect(
      record.authors == [
        .person(family: "Achterberg", given: "M."), .person(family: "Nwosu", given: "C.O."),
        .person(family: "de Souza", given: "R."),
      ])
    #expect(record.journal == "Clinical and Experimental Dermatology")
    #expect(record.journalAbbreviation == "Clin. Exp. Dermatol.")
    #expect(record.year == 2021)
    #expect(record.publicationDate == "2021")
    #expect(record.volume == "46")
    #expect(record.issue == "3")
    #expect(record.pages == "512-519")
    #expect(record.doi == "10.5555/ced.14321")
    #expect(record.abstract?.hasPrefix("Background: Dermatology trainees") == true)
    #expect(record.abstract?.hasSuffix("complement formal teaching.") == true)
    #expect(record.keywords == ["Instagram", "postgraduate medical education", "social media"])
    #expect(record.issn == "0307-6938")
    #expect(record.languages == ["English"])
    #expect(record.notes == ["Export Date: 3 March 2024; Cited By: 12"])
    #expect(record.sourceDatabase == "Scopus")
    #expect(
      record.urls == [
        "https://www.scopus.com/inward/record.uri?eid=2-s2.0-85000000001&partnerID=40"
      ])
    #expect(
      record.otherFields == [
        SourceField(
          tag: "AD",
          value: "Department of Dermatology, Example University Hospital, Utrecht, Netherlands"),
        SourceField(tag: "PB", value: "Example Academic Press"),
        SourceField(tag: "M3", value: "Article"),
      ])
    let conference = result.records[1]
    #expect(conference.risType == "CONF")
    #expect(conference.pages == "e0042")
    #expect(conference.doi == "10.5555/asme.2019.042")
    #expect(conference.journal == "Proceedings of the Annual Meeting on Surgical Education")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func webOfScience() throws {
    let result = try readFixture("ris/web-of-science.ris")
    let record = try #require(result.records.first)
    #expect(
      record.title == "Research collaboration through professional networks among trainee doctors")
    #expect(
      record.authors == [
        .person(family: "Tanaka", given: "H"), .person(family: "Mensah", given: "KA"),
        .person(family: "Rossi", given: "G"),
      ])
    #expect(record.journal == "BMC MEDICAL EDUCATION")
    #expect(
      record.abstract == """
        Background: Trainees build research networks online.
        Methods: We analysed 1200 messages from trainee accounts.
        Results: Collaboration began online in one third of the projects we followed.
        """)
    #expect(record.keywords == ["COLLABORATION", "TWITTER"])
    #expect(record.year == 2017)
    #expect(record.volume == "17")
    #expect(record.doi == "10.5555/s12909-017-1045-2")
    #expect(record.sourceId == "WOS:000415000000001")
    #expect(record.pmid == nil)
    #expect(
      record.notes == ["Times Cited in Web of Science Core Collection:  3\nTotal Times Cited:  4"])
    #expect(record.otherFields == [SourceField(tag: "AR", value: "211")])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func ovid() throws {
    let result = try readFixture("ris/ovid.ris")
    #expect(result.records.count == 2)
    let record = try #require(result.records.first)
    #expect(record.sourceDatabase == "Ovid MEDLINE(R) <2015 to 2024>")
    #expect(record.sourceId == "31234567")
    #expect(record.pmid == "31234567")
    #expect(record.title == "WhatsApp groups for handover and teaching among anaesthesia trainees.")
    #expect(
      record.authors == [
        .person(family: "Mbeki", given: "Thandiwe"), .person(family: "O'Connor", given: "Sean P"),
      ])
    #expect(record.year == 2019)
    #expect(record.publicationDate == "2019//")
    #expect(
      record.abstract == "OBJECTIVE: To describe how trainees use messaging groups for teaching.")
    #expect(
      record.keywords == [
        "Anesthesiology/ed [Education]", "*Internship and Residency", "*Social Media",
      ])
    #expect(record.journal == "Anaesthesia and intensive care")
    #expect(record.journalAbbreviation == "Anaesth Intensive Care")
    #expect(record.pages == "150-156")
    #expect(record.issn == "0310-057X")
    #expect(record.doi == "10.5555/aic.2019.47.2.150")
    #expect(
      record.otherFields == [
        SourceField(tag: "ID", value: "31234567"),
        SourceField(tag: "N2", value: "This second N2 line is kept among the other fields."),
        SourceField(tag: "M2", value: "150-6"),
      ])
    let embase = result.records[1]
    #expect(embase.sourceId == "627000001")
    #expect(embase.pmid == nil, "an Embase accession number is not a PMID")
    #expect(embase.location?.line == 28)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func endNote() throws {
    let result = try readFixture("ris/endnote.ris")
    let record = try #require(result.records.first)
    #expect(record.title == "Social media use by core trainees: a questionnaire study")
    #expect(record.journal == "Postgraduate Medical Journal")
    #expect(record.sourceDatabase == "Embase; Medline")
    #expect(record.keywords == ["social media", "medical education", "core trainees"])
    #expect(record.notes == ["L2012345678\n2022-11-02"])
    #expect(record.issn == "0032-5473; 1469-0756")
    #expect(record.doi == "10.5555/pmj.2022.0099")
    #expect(record.pmcid == "PMC9876543")
    #expect(record.sourceId == "42")
    #expect(record.year == 2022)
    #expect(
      record.urls == [
        "https://www.embase.com/search/results?subaction=viewrecord&id=L2012345678",
        "http://dx.doi.org/10.5555/pmj.2022.0099",
      ])
    #expect(
      record.otherFields.map(\.tag) == ["AD", "M3", "ST", "C2"],
      "the short title, unused as a title, is kept")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func cochrane() throws {
    let result = try readFixture("ris/cochrane.ris")
    let record = try #require(result.records.first)
    #expect(record.risType == "JOUR")
    #expect(
      record.authors == [
        .person(family: "Quaye", given: "K"), .person(family: "Van der Berg", given: "H"),
      ])
    #expect(record.journal == "Medical education")
    #expect(record.journalAbbreviation == nil, "JA is the only journal name, so it is the journal")
    #expect(record.pmid == "29912345")
    #expect(record.sourceId == "CN-01234567")
    #expect(record.pages == "1040-1048")
    #expect(record.doi == "10.5555/medu.13601")
    #expect(record.location?.line == 5)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func rayyan() throws {
    let result = try readFixture("ris/rayyan.ris")
    let record = try #require(result.records.first)
    #expect(
      record.keywords == ["Patient Education", "Video Recording", "Internship and Residency"])
    // Rayyan runs the next field on after a DOI or URL; the first word is the value.
    #expect(record.doi == "10.5555/meo.2022.2100")
    #expect(record.urls == ["https://www.embase.com/search/results?id=L2000000001"])
    #expect(record.year == 2022)
    #expect(record.journal == "Med. Educ. Online")
    #expect(record.sourceId == "rayyan-100200300")
    #expect(record.notes == [#"RAYYAN-INCLUSION: {"Reviewer"=>"Included"}"#])
  }
}
