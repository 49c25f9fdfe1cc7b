import Foundation
import ReviewModel
import Testing

struct RecordJSONTests {
  private func json(_ value: some Encodable) throws -> [String: Any] {
    let data = try JSONEncoder().encode(value)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func everyKeyIsPresentEvenWhenEmpty() throws {
    let object = try json(Record(title: "Only a title"))
    for key in [
      "pmid", "doi", "title", "abstract", "authors", "year", "journal", "volume", "issue",
      "pages", "keywords", "language", "publicationTypes", "risType", "sourceId",
    ] {
      #expect(object.keys.contains(key), "missing key \(key)")
    }
    #expect(object["pmid"] is NSNull)
    #expect(object["title"] as? String == "Only a title")
    #expect(object["originalText"] == nil)
  }

  @Test func authorsArePersonsOrCollectives() throws {
    let person = try json(Author.person(family: "Ó Súilleabháin", given: "Aoife"))
    #expect(person["family"] as? String == "Ó Súilleabháin")
    #expect(person["given"] as? String == "Aoife")
    #expect(person["collective"] == nil)
    let group = try json(Author.collective("Core Trainee Research Collaborative"))
    #expect(group["collective"] as? String == "Core Trainee Research Collaborative")
    #expect(group["family"] == nil)
  }

  @Test func aRecordSurvivesARoundTrip() throws {
    let record = Record(
      pmid: "31000001", doi: "10.1000/x", title: "T", abstract: "A",
      authors: [.person(family: "Nguyễn", given: "Thị"), .collective("Group")], year: 2020,
      journal: "Medical Teacher", keywords: ["social media"],
      meshHeadings: [
        MeshHeading(
          descriptor: "Education, Medical, Graduate", qualifiers: ["methods"], isMajorTopic: true)
      ], languages: ["eng"], publicationTypes: ["Journal Article"],
      otherFields: [SourceField(tag: "M3", value: "Article")],
      location: SourceLocation(file: "a.xml", line: 4), originalText: "<x/>")
    let data = try JSONEncoder().encode(record)
    #expect(try JSONDecoder().decode(Record.self, from: data) == record)
  }

  @Test func meshHeadingsUseMedlineText() {
    let heading = MeshHeading(medlineText: "Internship and Residency/methods/statistics*")
    #expect(heading.descriptor == "Internship and Residency")
    #expect(heading.qualifiers == ["methods", "statistics"])
    #expect(heading.isMajorTopic)
    #expect(heading.medlineText == "Internship and Residency/methods/statistics*")
  }

  @Test func diagnosticsReadLikeCompilerMessages() {
    let warning = Diagnostic(
      .warning, "record has no title", at: SourceLocation(file: "e.ris", line: 12, column: 3))
    #expect(warning.description == "e.ris:12:3: warning: record has no title")
  }
}
