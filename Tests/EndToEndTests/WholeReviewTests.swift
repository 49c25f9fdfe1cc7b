import Foundation
import ReviewTestSupport
import Testing

/// The whole example review, as `make demo` runs it: `Corpus/review/run-review.sh` with the
/// built binary on the Corpus files and the recorded work in `Corpus/review/`, in a fresh
/// project, and what it made checked against what the sheets say.
@Suite(.serialized)
struct WholeReviewTests {
  /// The project and report folder of one run of the whole review, shared by the tests.
  private static let run: Result<(TemporaryFolder, CLIResult), any Error> = Result {
    let folder = try TemporaryFolder()
    let result = try LitrevBinary.run(
      [
        TestFiles.corpus("review/run-review.sh"), LitrevBinary.path, folder.path("review"),
        folder.path("report"),
      ], program: "/bin/bash")
    return (folder, result)
  }

  private static func review() throws -> (TemporaryFolder, CLIResult) {
    let (folder, result) = try run.get()
    #expect(result.status == 0, "run-review.sh: \(result.standardError)")
    return (folder, result)
  }

  private static func litrev(_ arguments: [String], in folder: TemporaryFolder) throws -> String {
    let result = try LitrevBinary.run(arguments, in: URL(fileURLWithPath: folder.path("review")))
    #expect(result.status == 0, "litrev \(arguments): \(result.standardError)")
    return result.standardOutput
  }

  @Test func thePrismaCountsAreThoseWorkedOutByHandFromTheSheets() throws {
    let (folder, result) = try Self.review()
    // The demo prints the counts on the terminal.
    #expect(result.standardOutput.contains("Studies included in review (n = 6)"))
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(Self.litrev(["prisma", "--format", "json"], in: folder).utf8))
        as? [String: Any])
    // Identification and removal before screening are the searches' and the rules' own (see
    // PrismaCommandTests): 220 + 160 identified, 69 duplicates, 105 excluded by the rules.
    #expect(json["identified"] as? [String: Int] == ["PubMed": 220, "Embase": 160])
    #expect(json["duplicatesRemoved"] as? Int == 69)
    #expect(json["automationExcluded"] as? Int == 105)
    // 380 − 69 − 105 = 206 screened: title-abstract-ana.csv and -ben.csv have a row for each.
    #expect(json["screened"] as? Int == 206)
    // Both sheets include 11, 13, 24, 73, 104, 113, 137, 138, 157 and 204 (10); they differ
    // on 2, 5, 66 and 190, which title-abstract-resolutions.csv settles: 5 and 190 included,
    // 2 and 66 excluded. Sought: 10 + 2 = 12; excluded: 206 − 12 = 194.
    #expect(json["screenExcluded"] as? Int == 194)
    #expect(json["soughtForRetrieval"] as? Int == 12)
    // full-text-ana.csv and -ben.csv agree on all 12: 73 not retrieved; 5 and 190
    // wrong_design, 138 and 204 no_outcome, 157 wrong_population; 11, 13, 24, 104, 113 and
    // 137 included. Assessed: 12 − 1 = 11 = 6 included + 5 excluded.
    #expect(json["notRetrieved"] as? Int == 1)
    #expect(json["assessed"] as? Int == 11)
    #expect(
      json["reportsExcluded"] as? [String: Int] == [
        "wrong_design": 2, "no_outcome": 2, "wrong_population": 1,
      ])
    #expect(json["studiesIncluded"] as? Int == 6)
    #expect(json["reportsIncluded"] as? Int == 6)
  }

  @Test func everyReportFileIsWrittenAndTheIndexLinksThem() throws {
    let (folder, result) = try Self.review()
    #expect(result.standardOutput.contains("Wrote the report to \(folder.path("report")):"))
    let parts = [
      "prisma.svg", "prisma.md", "prisma.csv", "prisma.json", "evidence.csv", "evidence.md",
      "evidence.html", "synthesis.md", "synthesis.csv", "survey-summary.md",
      "survey-summary.csv", "themes.md",
    ]
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.path("report"))
    #expect(Set(written) == Set(parts + ["index.html"]))
    let index = try String(contentsOfFile: folder.path("report/index.html"), encoding: .utf8)
    for name in parts {
      #expect(index.contains("<a href=\"\(name)\">"), "index.html does not link \(name)")
    }
    let survey = try String(
      contentsOfFile: folder.path("report/survey-summary.md"), encoding: .utf8)
    #expect(survey.contains("42 of 60"))
  }

  @Test func theEvidenceTableShowsDesignAppraisalAndThemes() throws {
    let (folder, _) = try Self.review()
    let csv = try String(contentsOfFile: folder.path("report/evidence.csv"), encoding: .utf8)
    let lines = csv.split(separator: "\r\n").map(String.init)
    #expect(lines.count == 7)
    #expect(
      lines.first?.hasSuffix(
        "Design,Appraisal instrument,Appraisal score,Appraisal rating,Themes") == true)
    // Study 113 (designs.csv: cross-sectional, so AXIS): both appraisers answer q03, q05, q06,
    // q14 and q16 no and q13 (reverse-worded) yes, six of twenty not met; they differ on q07,
    // resolved yes. 14 of 20 is in AXIS's moderate band (10 to 15). theme-links.csv links it
    // to research_collaboration.
    let study = try #require(lines.first { $0.hasPrefix("113,") })
    #expect(
      study.hasSuffix(
        ",cross-sectional,Appraisal tool for Cross-Sectional Studies,14,moderate,"
          + "research_collaboration"))
    // Its extracted values come from extraction-ana.csv.
    #expect(study.contains("Cross-sectional survey"))
  }

  @Test func theSynthesisKnowsEachLinkedStudysQuality() throws {
    let (folder, _) = try Self.review()
    let synthesis = try Self.litrev(["synthesis"], in: folder)
    // 11, 13 and 24 are linked to audio-visual learning; CASP scores 9, 8 (reflexivity
    // resolved no, recruitment can't tell) and 10 of 10 are all in the high band (8 to 10).
    #expect(synthesis.contains("3 studies, 3 of high quality"))
    // 113, the only research-collaboration study, is moderate.
    #expect(synthesis.contains("1 study, 0 of high quality"))
    #expect(!synthesis.contains("not yet appraised"))
    let scaffold = try String(contentsOfFile: folder.path("report/synthesis.md"), encoding: .utf8)
    #expect(scaffold.contains("[qualitative, high]"))
    // Each link's evidence (theme-links.csv) stands beside its study.
    #expect(scaffold.contains("Two in five respondents had found a research collaborator"))
  }

  @Test func linkSuggestionsReadTheExtractedFindings() throws {
    let (folder, _) = try Self.review()
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(
          Self.litrev(
            ["link", "suggest", "--theme", "research_collaboration", "--json"], in: folder
          )
          .utf8)) as? [[String: Any]])
    // Study 11's title and abstract say nothing of research or audit; its key finding in
    // extraction-ana.csv does, and is the evidence.
    let study = try #require(json.first { $0["record"] as? Int == 11 })
    #expect(study["matched_codes"] as? [String] == ["collaborators"])
    #expect(
      study["evidence"] as? [String] == ["Some had found audit collaborators through Instagram."])
  }

  @Test func aRatingIsShownOnlyWhileTheAppraisalIsSettled() throws {
    let (folder, _) = try Self.review()
    let copy = try TemporaryFolder()
    try FileManager.default.copyItem(atPath: folder.path("review"), toPath: copy.path("review"))
    // A third appraiser answers one CASP item of study 24 otherwise than the two before.
    let sheet = try copy.write(
      "id,instrument,item,answer,reviewer\n24,casp-qualitative,aims,no,dee\n", to: "dee.csv")
    _ = try Self.litrev(["appraisals", "import", sheet], in: copy)
    let evidence = try Self.litrev(
      ["export", "evidence", "--columns", "id,design,appraisal_score,appraisal_rating"], in: copy)
    // The item in conflict counts as missing: 9 of 10 so far, and no rating until resolved.
    #expect(evidence.contains("24,qualitative,9,\r\n"))
    let synthesis = try Self.litrev(["synthesis"], in: copy)
    #expect(synthesis.contains("3 studies, 2 of high quality"))
  }
}
