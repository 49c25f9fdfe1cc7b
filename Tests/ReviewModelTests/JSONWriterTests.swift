import Foundation
import ReviewModel
import Testing

/// The hand-written JSON of a record says exactly what its `Codable` encoding says.
struct JSONWriterTests {
  private let awkward = "quote \" slash / backslash \\ tab\t line\n cr\r bell \u{07} Müller 漢字 😀"

  private func fullRecord() -> Record {
    Record(
      pmid: "31000001", doi: "10.1000/x", pmcid: "PMC1", title: awkward, vernacularTitle: "Titre",
      abstract: "BACKGROUND: a\nMETHODS: b",
      authors: [
        Author(.person(family: "Nguyễn", given: "Thị"), affiliations: ["Hanoi", awkward]),
        .person(family: "Solo"), .collective("Group"),
      ],
      year: 2020, publicationDate: "2020 Mar", journal: "Medical Teacher",
      journalAbbreviation: "Med Teach", volume: "42", issue: "3", pages: "123-9", issn: "0142-159X",
      keywords: ["social media", awkward],
      meshHeadings: [MeshHeading(descriptor: "Internship and Residency", isMajorTopic: true)],
      languages: ["eng"], publicationTypes: ["Journal Article"], urls: ["https://x.org/a?b=c"],
      notes: ["n"], risType: "JOUR", sourceId: "AN1", sourceDatabase: "Embase",
      otherFields: [SourceField(tag: "M3", value: awkward)],
      location: SourceLocation(file: "a.ris", line: 3, column: 2), originalText: "<x>\(awkward)</x>"
    )
  }

  private func object(_ data: Data) throws -> NSDictionary {
    try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
  }

  @Test(arguments: [false, true])
  func theWriterAndTheEncoderAgree(full: Bool) throws {
    let record = full ? fullRecord() : Record(title: "Only a title")
    var json = JSONWriter()
    record.write(to: &json)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    #expect(try object(Data(json.bytes)) == object(try encoder.encode(record)))
  }

  @Test func controlCharactersAreEscapedAndTheRestIsKept() {
    var json = JSONWriter()
    json.strings(["a\"b\\c", "\u{01}\u{1F}", "é/"])
    #expect(json.text == #"["a\"b\\c","\u0001\u001f","é/"]"#)
  }

  @Test func commasSeparateKeysAndValuesAtEveryDepth() {
    var json = JSONWriter()
    json.beginObject()
    json.key("a")
    json.int(1)
    json.key("b")
    json.beginArray()
    json.null()
    json.beginObject()
    json.endObject()
    json.endArray()
    json.key("c")
    json.string(nil as String?)
    json.endObject()
    #expect(json.text == #"{"a":1,"b":[null,{}],"c":null}"#)
  }
}
