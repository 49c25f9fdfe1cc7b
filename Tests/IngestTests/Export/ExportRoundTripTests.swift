import Foundation
import ReviewModel
import Testing

@testable import Ingest

/// Each export format written by litrev and read back by litrev's own reader loses no field the
/// format can carry.
struct ExportRoundTripTests {
  /// A record with every field filled, and text that each format must escape.
  static let sample = Record(
    pmid: "31000001", doi: "10.5555/jse.2019.0142", pmcid: "PMC6543210",
    title: "Twitter & YouTube -- a 100% \"mixed\" study {of} trainees_1 #2 $3 ~4 =5",
    abstract: "BACKGROUND: first paragraph, on two topics.\nMETHODS: the second paragraph.",
    authors: [
      Author(
        .person(family: "Okafor", given: "Chidi"), affiliations: ["Newcastle University, UK."]),
      .person(family: "van der Berg", given: "Jan"), .person(family: "Müller", given: "Jörg"),
      .collective("Trainee Research Collaborative"),
    ],
    year: 2019, publicationDate: "2019 Mar-Apr", journal: "Journal of Surgical Education",
    journalAbbreviation: "J Surg Educ", volume: "76", issue: "2", pages: "201-209",
    issn: "1931-7204", keywords: ["social media", "journal club"],
    meshHeadings: [
      MeshHeading(
        descriptor: "Education, Medical, Graduate", qualifiers: ["methods"], isMajorTopic: true)
    ],
    languages: ["eng"], publicationTypes: ["Journal Article"], urls: ["https://example.org/a"],
    notes: ["Screened twice"], risType: "JOUR", sourceId: "okafor2019", sourceDatabase: "PubMed")

  /// The fields every format here carries.
  static var common: [(String, (Record) -> String)] {
    [
      ("title", { "\($0.title ?? "-")" }), ("names", { $0.authors.map(\.name).description }),
      ("year", { "\($0.year ?? 0)" }), ("date", { $0.publicationDate ?? "-" }),
      ("journal", { $0.journal ?? "-" }), ("abbreviation", { $0.journalAbbreviation ?? "-" }),
      ("volume", { $0.volume ?? "-" }), ("issue", { $0.issue ?? "-" }),
      ("pages", { $0.pages ?? "-" }), ("doi", { $0.doi ?? "-" }), ("pmid", { $0.pmid ?? "-" }),
      ("pmcid", { $0.pmcid ?? "-" }), ("issn", { $0.issn ?? "-" }),
      ("abstract", { $0.abstract ?? "-" }), ("keywords", { $0.keywords.description }),
      ("languages", { $0.languages.description }),
    ]
  }

  /// The publication types, which RIS has no tag for.
  static var types: (String, (Record) -> String) {
    ("types", { $0.publicationTypes.description })
  }

  private func expectSame(
    _ read: Record, _ fields: [(String, (Record) -> String)], _ format: String
  ) {
    for (name, value) in Self.common + fields {
      #expect(value(read) == value(Self.sample), "\(format): \(name)")
    }
  }

  private func read(_ text: String, with make: (any ByteSource) -> any RecordReader) throws
    -> [Record]
  {
    let reader = make(MemoryByteSource(Array(text.utf8)))
    var records: [Record] = []
    while let record = try reader.next() { records.append(record) }
    return records
  }

  @Test func bibTeX() throws {
    let text = BibTeXWriter().text(for: Self.sample, position: 1)
    let records = try read(text) { BibTeXReader($0, path: "x.bib") }
    let record = try #require(records.first)
    #expect(records.count == 1)
    expectSame(
      record,
      [
        ("urls", { $0.urls.description }), ("notes", { $0.notes.description }),
        ("source id", { $0.sourceId ?? "-" }), ("type", { $0.risType ?? "-" }),
        ("database", { $0.sourceDatabase ?? "-" }), Self.types,
      ], "BibTeX")
  }

  @Test func medline() throws {
    let text = MEDLINEWriter().text(for: Self.sample)
    let records = try read(text) { MEDLINEReader($0, path: "x.nbib") }
    let record = try #require(records.first)
    #expect(records.count == 1)
    expectSame(
      record,
      [
        ("authors", { $0.authors.description }), ("mesh", { $0.meshHeadings.description }),
        Self.types,
      ], "MEDLINE")
  }

  @Test func ris() throws {
    let text = RISWriter().text(for: Self.sample)
    let records = try read(text) { RISReader($0, path: "x.ris") }
    let record = try #require(records.first)
    expectSame(
      record,
      [
        ("urls", { $0.urls.description }), ("notes", { $0.notes.description }),
        ("type", { $0.risType ?? "-" }),
      ], "RIS")
  }

  @Test(arguments: [false, true])
  func csv(withLabels: Bool) throws {
    let writer = RecordCSVWriter(includesLabels: withLabels)
    let text = writer.headerRow + writer.row(for: Self.sample, id: 7, label: true)
    let records = try read(text) { CSVRecordReader($0, path: "x.csv") }
    let record = try #require(records.first)
    #expect(records.count == 1)
    expectSame(
      record,
      [
        ("urls", { $0.urls.description }), ("source id", { $0.sourceId ?? "-" }),
        ("database", { $0.sourceDatabase ?? "-" }), Self.types,
      ], "CSV")
    #expect(
      record.otherFields
        == (withLabels
          ? [
            SourceField(tag: "record_id", value: "7"),
            SourceField(tag: "label_included", value: "1"),
          ]
          : []))
  }

  @Test func csvCellsCannotRunAsFormulas() {
    let row = RecordCSVWriter(includesLabels: false).row(
      for: Record(
        title: "=HYPERLINK(\"http://x\")", abstract: "+1", authors: [.person(family: "@Smith")]))
    #expect(row.hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'@Smith,"))
  }
}
