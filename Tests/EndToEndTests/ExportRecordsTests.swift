import Foundation
import ReviewTestSupport
import Testing

/// `litrev export records`: every format read back by litrev itself, the filters, the labels
/// ASReview screens with, and cells no spreadsheet runs as formulas.
struct ExportRecordsTests {
  /// A project holding records read from five formats.
  private func mixedProject() throws -> TemporaryFolder {
    let folder = try emptyProject()
    for (name, source) in [
      ("medline/two-articles.nbib", "PubMed"), ("wos/continuation-lines.txt", "Web of Science"),
      ("endnote/styled-text.xml", "EndNote"), ("bibtex/zotero.bib", "Zotero"),
      ("ris/scopus.ris", "Scopus"),
    ] {
      let result = try LitrevBinary.run(
        ["import", ingestFixture(name), "--source", source], in: folder.url)
      #expect(result.status == 0, "\(name): \(result.standardError)")
    }
    return folder
  }

  /// What every export format carries of a record, for comparing before and after.
  private func essentials(_ record: [String: Any]) -> String {
    let authors = (record["authors"] as? [[String: Any]] ?? []).map {
      ($0["family"] as? String) ?? ($0["collective"] as? String) ?? "?"
    }
    let keys = ["title", "doi", "pmid", "journal", "volume", "issue", "pages"]
    let values = keys.map { "\($0)=\(record[$0].map { "\($0)" } ?? "-")" }
    return (values + ["year=\(record["year"].map { "\($0)" } ?? "-")", "authors=\(authors)"])
      .joined(separator: " | ")
  }

  @Test(arguments: ["ris", "bibtex", "csv", "medline", "asreview-csv"])
  func anExportReadBackLosesNothingItCarries(_ format: String) throws {
    let folder = try mixedProject()
    let before = try storedRecords(in: folder)
    let file = folder.path("export.\(format)")
    let exported = try LitrevBinary.run(
      ["export", "records", "--format", format, "--output", file], in: folder.url)
    #expect(exported.status == 0, "\(exported.standardError)")
    #expect(exported.standardOutput == "\(file): wrote \(before.count) records as \(format)\n")
    let other = try emptyProject()
    let imported = try LitrevBinary.run(["import", file, "--source", "Export"], in: other.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    let after = try storedRecords(in: other)
    #expect(after.map(essentials) == before.map(essentials))
  }

  @Test func jsonHoldsEveryFieldAndNoOriginalText() throws {
    let folder = try mixedProject()
    let exported = try LitrevBinary.run(["export", "records", "--format", "json"], in: folder.url)
    #expect(exported.status == 0, "\(exported.standardError)")
    let data = Data(exported.standardOutput.utf8)
    let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(array.map(essentials) == (try storedRecords(in: folder)).map(essentials))
    #expect(array.allSatisfy { $0["originalText"] == nil })
    #expect(array.contains { ($0["otherFields"] as? [Any])?.isEmpty == false })
  }

  @Test func theIncludedStudiesAtAStage() throws {
    let folder = try mixedProject()
    // The starter protocol wants two reviewers per record, so both decide.
    for reviewer in ["ana", "ben"] {
      for (id, verdict) in [("2", "include"), ("3", "exclude"), ("4", "include")] {
        let decided = try LitrevBinary.run(
          ["decide", id, verdict, "--reviewer", reviewer], in: folder.url)
        #expect(decided.status == 0, "\(decided.standardError)")
      }
    }
    let included = try LitrevBinary.run(
      [
        "export", "records", "--stage", "title-abstract", "--decision", "include", "--format",
        "json",
      ], in: folder.url)
    #expect(included.status == 0, "\(included.standardError)")
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(included.standardOutput.utf8)) as? [[String: Any]]
    )
    let all = try storedRecords(in: folder)
    #expect(array.map(essentials) == [all[1], all[3]].map(essentials))

    let labelled = try LitrevBinary.run(
      ["export", "records", "--format", "asreview-csv"], in: folder.url)
    let rows = labelled.standardOutput.split(separator: "\r\n")
    #expect(rows.first?.hasPrefix("record_id,title,") == true)
    #expect(rows.first?.hasSuffix(",label_included") == true)
    let labels = rows.dropFirst().map {
      String($0.split(separator: ",", omittingEmptySubsequences: false).last ?? "")
    }
    #expect(labels.prefix(5) == ["", "1", "0", "1", ""])
  }

  @Test func aQueryAndASourceSelect() throws {
    let folder = try mixedProject()
    let matched = try LitrevBinary.run(
      ["export", "records", "--where", "twitter[ti]", "--source", "PubMed", "--format", "json"],
      in: folder.url)
    #expect(matched.status == 0, "\(matched.standardError)")
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(matched.standardOutput.utf8)) as? [[String: Any]])
    #expect(array.map { $0["pmid"] as? String } == ["31000001"])
    let bad = try LitrevBinary.run(
      ["export", "records", "--where", "(twitter", "--format", "json"], in: folder.url)
    #expect(bad.status == 65)
  }

  @Test func aDecisionNeedsItsStage() throws {
    let folder = try emptyProject()
    let result = try LitrevBinary.run(
      ["export", "records", "--decision", "include", "--format", "ris"], in: folder.url)
    #expect(result.status == 64)
    #expect(result.standardError.contains("--decision needs --stage"))
  }

  @Test func csvCellsAreSafeFromFormulaInjection() throws {
    let folder = try emptyProject()
    let path = try folder.write(
      "TY  - JOUR\nTI  - =HYPERLINK(\"http://evil\",\"click\")\nAU  - @Smith, J\nER  - \n",
      to: "evil.ris")
    let imported = try LitrevBinary.run(["import", path, "--source", "Embase"], in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    for format in ["csv", "asreview-csv"] {
      let exported = try LitrevBinary.run(
        ["export", "records", "--format", format], in: folder.url)
      #expect(
        exported.standardOutput.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""))
      #expect(exported.standardOutput.contains(",\"'@Smith, J\","))
      #expect(!exported.standardOutput.contains(",=HYPERLINK"))
    }
  }
}
