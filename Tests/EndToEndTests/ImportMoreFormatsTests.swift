import Foundation
import ReviewTestSupport
import Testing

/// Web of Science, EndNote XML and CSV files through the built binary: imported whatever their
/// name, gzipped or not, and refused with the exact diagnostic and nothing stored.
struct ImportMoreFormatsTests {
  @Test(arguments: [
    ("wos/continuation-lines.txt", "Web of Science", 2),
    ("endnote/styled-text.xml", "EndNote XML", 3),
    ("csv/pubmed.csv", "CSV", 2),
    ("csv/scopus.csv", "CSV", 2),
    ("csv/asreview.csv", "CSV", 3),
  ])
  func importsUnderAnyName(_ name: String, format: String, count: Int) throws {
    let folder = try emptyProject()
    let misnamed = try folder.write(
      bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: ingestFixture(name)))),
      to: "export.txt")
    let result = try LitrevBinary.run(["import", misnamed, "--source", "Mixed"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("imported \(count) records from Mixed (\(format))"))
    #expect(try storedRecords(in: folder).count == count)
  }

  @Test func aGzippedWebOfScienceFileIsReadAsItIs() throws {
    let folder = try emptyProject()
    let source = URL(fileURLWithPath: ingestFixture("wos/continuation-lines.txt"))
    let plain = try Data(contentsOf: source)
    let path = folder.path("savedrecs.txt")
    try plain.write(to: URL(fileURLWithPath: path))
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gzip.arguments = ["-k", path]
    try gzip.run()
    gzip.waitUntilExit()
    let result = try LitrevBinary.run(
      ["import", path + ".gz", "--source", "Web of Science"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try storedRecords(in: folder).compactMap { $0["pmid"] as? String } == ["31000001"])
  }

  @Test(arguments: [
    (
      "wos/truncated.txt", 9, nil as Int?,
      "the file ends inside this record, before its ER line: it is truncated"
    ),
    (
      "endnote/truncated.xml", 5, 1,
      "the file ends inside <title>, before its end tag: it is truncated"
    ),
    ("csv/too-many-cells.csv", 3, 28, "this row has 3 cells, but the header row names 2 columns"),
    ("csv/unclosed-quote.csv", 2, 1, "this quoted cell is never closed: a quote is missing"),
  ])
  func aBadFileIsExit65WithItsPlaceAndNothingIsStored(
    _ name: String, line: Int, column: Int?, message: String
  ) throws {
    let folder = try emptyProject()
    let path = ingestFixture(name)
    let result = try LitrevBinary.run(["import", path, "--source", "Mixed"], in: folder.url)
    #expect(result.status == 65)
    let place = "\(path):\(line)" + (column.map { ":\($0)" } ?? "")
    #expect(
      result.standardError
        == "litrev: error: \(place): \(message)\n\(path): nothing from this file was stored\n")
    #expect(try storedRecords(in: folder).isEmpty)
  }

  @Test func anEndNoteEntityIsRefusedAndNothingIsStored() throws {
    let folder = try emptyProject()
    let result = try LitrevBinary.run(
      ["import", ingestFixture("endnote/external-entity.xml"), "--source", "EndNote"],
      in: folder.url)
    #expect(result.status == 65)
    #expect(result.standardError.contains("never entities declared in a DTD"))
    #expect(try storedRecords(in: folder).isEmpty)
  }

  @Test func csvHeadersNoDialectHasListTheExpectedOnes() throws {
    let folder = try emptyProject()
    let path = ingestFixture("csv/unknown-headers.csv")
    let result = try LitrevBinary.run(["import", path, "--source", "Sheet"], in: folder.url)
    #expect(result.status == 65)
    #expect(
      result.standardError.hasPrefix(
        "litrev: error: \(path):1: no column this reader knows in the header row; expected the "
          + "headers of PubMed's CSV (PMID, Title, Authors, Citation, First Author, Journal/Book, "
          + "Publication Year, Create Date, PMCID, NIHMS ID, DOI); Scopus's CSV ("))
    #expect(try storedRecords(in: folder).isEmpty)
  }

  @Test func formatOverridesTheSniffing() throws {
    let folder = try emptyProject()
    let result = try LitrevBinary.run(
      ["parse", ingestFixture("wos/continuation-lines.txt"), "--format", "endnote-xml", "--count"])
    #expect(result.status == 65)
    #expect(
      result.standardError.contains("asked to read it as EndNote XML, but it holds Web of Science"))
    let asked = try LitrevBinary.run(
      ["parse", ingestFixture("wos/continuation-lines.txt"), "--format", "wos", "--count"],
      in: folder.url)
    #expect(asked.standardOutput == "2\n")
  }
}
