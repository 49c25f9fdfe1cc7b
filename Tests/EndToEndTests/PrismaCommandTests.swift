import Foundation
import ReviewTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `litrev prisma` and `litrev report` through the built binary.
struct PrismaCommandTests {
  /// Runs litrev in `folder` and expects it to succeed.
  @discardableResult
  private func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CLIResult {
    try runExpectingSuccess(arguments, in: folder)
  }

  /// Both reviewers of the example protocol (two per record at each stage) decide alike.
  private func bothDecide(
    _ id: Int, _ verdict: String, reason: String? = nil, stage: String = "title-abstract",
    in folder: TemporaryFolder
  ) throws {
    for reviewer in ["ana", "ben"] {
      var arguments = ["decide", String(id), verdict, "--stage", stage, "--reviewer", reviewer]
      if let reason { arguments += ["--reason", reason] }
      try run(arguments, in: folder)
    }
  }

  /// The example review: both Corpus searches imported, deduplicated, the rules applied, and
  /// then these decisions, on records of the title/abstract queue (ids 2, 3, 5, 6, 7, 9, 11,
  /// 13, 15, 16 are its first ten, in import order).
  ///
  /// - title/abstract: 2, 3, 5, 6, 7 included by both reviewers; 9 and 11 excluded by both;
  ///   13 in conflict (ana include, ben exclude); 15 decided by ana only; 16 in conflict and then
  ///   resolved as include by carol.
  /// - full text: 2 and 16 included; 3 not retrieved; 5 excluded as wrong_population; 6 and 7
  ///   excluded as wrong_design.
  private func exampleReview() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try run(["init", "."], in: folder)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.corpus("protocol.yaml"), toPath: folder.path("protocol.yaml"))
    try run(
      ["import", TestFiles.corpus("searches/pubmed-2024-05-14.xml"), "--source", "PubMed"],
      in: folder)
    try run(
      ["import", TestFiles.corpus("searches/embase-2024-05-14.ris"), "--source", "Embase"],
      in: folder)
    try run(["dedupe"], in: folder)
    try run(["screen", "--auto"], in: folder)
    for id in [2, 3, 5, 6, 7] { try bothDecide(id, "include", in: folder) }
    for id in [9, 11] { try bothDecide(id, "exclude", reason: "not_postgraduate", in: folder) }
    for id in [13, 16] {
      try run(["decide", String(id), "include", "--reviewer", "ana"], in: folder)
      try run(["decide", String(id), "exclude", "--reviewer", "ben"], in: folder)
    }
    try run(["resolve", "16", "include", "--reviewer", "carol"], in: folder)
    try run(["decide", "15", "include", "--reviewer", "ana"], in: folder)
    for id in [2, 16] { try bothDecide(id, "include", stage: "full-text", in: folder) }
    try bothDecide(3, "not-retrieved", stage: "full-text", in: folder)
    try bothDecide(5, "exclude", reason: "wrong_population", stage: "full-text", in: folder)
    for id in [6, 7] {
      try bothDecide(id, "exclude", reason: "wrong_design", stage: "full-text", in: folder)
    }
    return folder
  }

  @Test func theExampleReviewsCountsAreThoseWorkedOutByHand() throws {
    let folder = try exampleReview()
    let result = try run(["prisma", "--format", "json"], in: folder)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    // Identified: `grep -c '<PubmedArticle>'` on the PubMed XML gives 220 and
    // `grep -c '^ER  -'` on the Embase RIS gives 160 (Corpus/truth/duplicates.json agrees).
    #expect(json["identified"] as? [String: Int] == ["PubMed": 220, "Embase": 160])
    // Duplicates: truth/duplicates.json pairs 70 Embase records with a PubMed record. PMID
    // 32440477 has two Embase copies whose DOIs differ (one has none), so deduplication
    // merges one of them (L2007891443) and queues the other (L2006193527) for a person
    // instead of merging it: 70 − 1 = 69 removed.
    #expect(json["duplicatesRemoved"] as? Int == 69)
    // Automation: the rules' exclusions, checked below against the log's rule decisions.
    let automation = try #require(json["automationExcluded"] as? Int)
    #expect(json["otherRemoved"] as? Int == 0)
    // Screened: 380 − 69 − automation.
    #expect(json["screened"] as? Int == 380 - 69 - automation)
    // Excluded at title/abstract: 9 and 11 (both reviewers); no stopping rule ran.
    #expect(json["screenExcluded"] as? Int == 2)
    #expect(json["stoppingRuleExcluded"] as? Int == 0)
    // Sought: 2, 3, 5, 6, 7 (agreement) and 16 (resolution); 13 (conflict) and 15 (one of two
    // reviewers) are not decided, with every record nobody has screened yet.
    #expect(json["soughtForRetrieval"] as? Int == 6)
    #expect(json["awaitingScreening"] as? Int == 380 - 69 - automation - 2 - 6)
    #expect(json["notRetrieved"] as? Int == 1)
    #expect(json["awaitingFullText"] as? Int == 0)
    // Assessed: 2, 5, 6, 7, 16; excluded: 5 for wrong_population, 6 and 7 for wrong_design.
    #expect(json["assessed"] as? Int == 5)
    #expect(
      json["reportsExcluded"] as? [String: Int] == ["wrong_population": 1, "wrong_design": 2])
    #expect(json["studiesIncluded"] as? Int == 2)
    #expect(json["reportsIncluded"] as? Int == 2)
    #expect(json["otherMethods"] == nil)
    let schema = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/prisma.schema.json").path)
    #expect(schema.violations(of: json) == [])

    // The automation count, from another path: the log's decisions by a rule, which
    // `screen --auto` breaks down per criterion (4 + 8 + 24 + 62 + 7 = 105).
    let log = try run(["log", "--json"], in: folder)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(log.standardOutput.utf8)) as? [[String: Any]])
    let ruleDecisions = entries.filter {
      $0["kind"] as? String == "screening_decision"
        && ($0["method"] as? String)?.hasPrefix("rule:") == true
    }
    #expect(automation == ruleDecisions.count)
    #expect(automation == 105)

    let text = try run(["prisma"], in: folder).standardOutput
    #expect(text.contains("Records screened (n = 206)"))
    #expect(text.contains("Wrong study design (no primary data) (n = 2)"))
  }

  @Test func everyFormatIsWrittenAndTheCSVHasTheTemplatesColumns() throws {
    let folder = try smallProject()
    let csv = try run(["prisma", "--format", "csv"], in: folder).standardOutput
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first == "data,node,box,description,boxtext,tooltips,url,n")
    #expect(lines.contains { $0.hasPrefix("database_results,node7,box2,") && $0.hasSuffix(",6") })
    #expect(lines.contains { $0.hasPrefix("records_screened,node9,box4,") })
    let svg = try run(["prisma", "--format", "svg", "--output", "flow.svg"], in: folder)
    #expect(svg.standardOutput == "flow.svg: wrote the PRISMA 2020 svg\n")
    let parser = XMLParser(contentsOf: folder.url.appendingPathComponent("flow.svg"))
    #expect(parser?.parse() == true)
    let markdown = try run(["prisma", "--format", "md"], in: folder).standardOutput
    #expect(markdown.contains("| Records identified: Embase | 6 |"))
  }

  @Test func aSourceNamedLikeAFormulaStaysTextInTheCSV() throws {
    let folder = try TemporaryFolder()
    try run(["init", "."], in: folder)
    try run(
      [
        "import", TestFiles.fixture("screening/records.ris", in: "EndToEndTests"), "--source",
        "=SUM(A1:A9)",
      ], in: folder)
    let csv = try run(["prisma", "--format", "csv"], in: folder).standardOutput
    let row = try #require(
      csv.split(separator: "\r\n").first { $0.hasPrefix("database_specific_results,") })
    #expect(row.hasSuffix(",\"'=SUM(A1:A9), 6\""))
  }

  @Test func aFullTextDecisionAboutARecordNeverIncludedStopsTheCountsAndNamesIt() throws {
    let folder = try smallProject()
    for reviewer in ["ana", "ben"] {
      try run(
        ["decide", "4", "include", "--stage", "full-text", "--reviewer", reviewer], in: folder)
    }
    let result = try LitrevBinary.run(["prisma"], in: folder.url)
    #expect(result.status == 65)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("sought − not retrieved − awaiting full text = assessed"))
    #expect(result.standardError.contains("records 4"))
    let report = try LitrevBinary.run(["report"], in: folder.url)
    #expect(report.status == 65)
    #expect(!FileManager.default.fileExists(atPath: folder.path("report")))
  }

  @Test func citationSearchingFillsTheOtherMethodsColumn() throws {
    let folder = try smallProject()
    try run(
      [
        "import", TestFiles.fixture("screening/records.ris", in: "EndToEndTests"), "--again",
        "--source", "Reference lists", "--source-type", "citation",
      ], in: folder)
    let result = try run(["prisma", "--format", "json"], in: folder)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(json["identified"] as? [String: Int] == ["Embase": 6])
    let other = try #require(json["otherMethods"] as? [String: Any])
    #expect(other["identified"] as? [String: Int] == ["Reference lists": 6])
    #expect(other["screened"] as? Int == 6)
    let schema = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/prisma.schema.json").path)
    #expect(schema.violations(of: json) == [])
    var broken = json
    broken["screened"] = -1
    broken["unknownBox"] = 1
    #expect(schema.violations(of: broken).count == 2)
    let svg = try run(["prisma", "--format", "svg"], in: folder).standardOutput
    #expect(svg.contains("Identification of new studies via other methods"))

    let mismatch = try LitrevBinary.run(
      [
        "import", TestFiles.fixture("screening/records.ris", in: "EndToEndTests"), "--again",
        "--source", "Embase", "--source-type", "website",
      ], in: folder.url)
    #expect(mismatch.status == 65)
    #expect(mismatch.standardError.contains("source Embase was imported as a database before"))
  }

  @Test func reportWritesEveryPartAndAnIndexThatLinksThem() throws {
    let folder = try smallProject()
    let result = try run(["report", "--output", "out"], in: folder)
    #expect(result.standardOutput.hasPrefix("Wrote the report to "))
    for name in ["prisma.svg", "prisma.csv", "prisma.json", "prisma.md", "index.html"] {
      #expect(FileManager.default.fileExists(atPath: folder.path("out/\(name)")), "\(name)")
      #expect(result.standardOutput.contains("  \(name)  "))
    }
    let index = try String(contentsOfFile: folder.path("out/index.html"), encoding: .utf8)
    #expect(index.contains("<img src=\"prisma.svg\""))
    for name in ["prisma.csv", "prisma.json", "prisma.md"] {
      #expect(index.contains("<a href=\"\(name)\">"))
    }
    #expect(index.contains("Social media for doctors in training (test protocol)"))
    // Nothing is included at full text and there is no survey yet: those parts are left out,
    // not written empty.
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.path("out"))
    #expect(Set(written) == ["prisma.svg", "prisma.csv", "prisma.json", "prisma.md", "index.html"])
    #expect(!index.contains("<h2>Evidence table</h2>"))
    let byDefault = try run(["report"], in: folder)
    #expect(byDefault.standardOutput.contains("/report:"))
    #expect(FileManager.default.fileExists(atPath: folder.path("report/index.html")))
  }

  private func smallProject() throws -> TemporaryFolder {
    try ScreeningFixtureProject.make()
  }
}
