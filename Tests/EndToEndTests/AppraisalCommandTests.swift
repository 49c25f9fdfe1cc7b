import Foundation
import ReviewTestSupport
import Testing

/// `instruments`, `set`, `appraise` and `appraisals` through the built binary, on the example
/// review: its PubMed search imported, its protocol (with its designs: mapping), and records 1
/// and 2 included at title and abstract and at full text by two reviewers.
struct AppraisalCommandTests {
  private func project() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try run(["init", "."], in: folder)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.corpus("protocol.yaml"), toPath: folder.path("protocol.yaml"))
    try run(
      ["import", TestFiles.corpus("searches/pubmed-2024-05-14.xml"), "--source", "PubMed"],
      in: folder)
    for id in ["1", "2"] {
      for reviewer in ["ana", "ben"] {
        try run(["decide", id, "include", "--reviewer", reviewer], in: folder)
        try run(
          ["decide", id, "include", "--stage", "full-text", "--reviewer", reviewer], in: folder)
      }
    }
    return folder
  }

  @discardableResult
  private func run(_ arguments: [String], in folder: TemporaryFolder, input: String? = nil)
    throws -> CLIResult
  {
    let result = try LitrevBinary.run(arguments, in: folder.url, input: input.map { Data($0.utf8) })
    #expect(result.status == 0, "litrev \(arguments): \(result.standardError)")
    return result
  }

  private func fixture(_ name: String) -> String {
    TestFiles.fixture("appraisal/\(name)", in: "EndToEndTests")
  }

  private func json(_ text: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
  }

  /// A litrev copied without its resources says what is missing instead of crashing, and a
  /// project's own instruments still work.
  @Test func aLitrevWithoutItsResourcesSaysWhatIsMissing() throws {
    let folder = try project()
    let lonely = folder.path("bin/litrev")
    try FileManager.default.createDirectory(
      atPath: folder.path("bin"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: LitrevBinary.path, toPath: lonely)
    let result = try LitrevBinary.run(["instruments"], in: folder.url, program: lonely)
    #expect(result.status == 66, "\(result.standardError)")
    #expect(
      result.standardError.contains(
        "bin/LitReview_Appraisal.resources/Instruments: cannot read it: litrev's bundled "
          + "instruments are missing"))
    let other = try LitrevBinary.run(["prisma"], in: folder.url, program: lonely)
    #expect(other.status == 0, "commands that need no instrument work: \(other.standardError)")
  }

  @Test func instrumentsListsTheBundledOnesAndTheProjectsOwn() throws {
    let folder = try project()
    let bundled = try run(["instruments"], in: folder).standardOutput
    for id in [
      "axis", "casp-qualitative", "jbi-analytical-cross-sectional", "mersqi", "mmat", "nos-e",
    ] {
      #expect(bundled.contains("\n\(id) "), "\(id) is not listed")
    }
    #expect(bundled.contains("sum 5–18"))
    try FileManager.default.createDirectory(
      atPath: folder.path("instruments"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: TestFiles.fixture("tiny.yaml", in: "AppraisalTests"),
      toPath: folder.path("instruments/tiny.yaml"))
    let listed = try json(try run(["instruments", "--json"], in: folder).standardOutput)
    #expect(listed.count == 7)
    #expect(listed.last?["id"] as? String == "tiny")
    #expect((listed.last?["origin"] as? String)?.hasSuffix("instruments/tiny.yaml") == true)
    #expect(listed.first { $0["id"] as? String == "mersqi" }?["maximum"] as? Double == 18)
  }

  @Test func aDesignChoosesTheInstrumentThroughTheProtocol() throws {
    let folder = try project()
    #expect(
      try run(["set", "1", "design=cross-sectional"], in: folder).standardOutput
        == "Record 1: design cross-sectional (appraised with axis)\n")
    let unknown = try LitrevBinary.run(["set", "1", "design=case-report"], in: folder.url)
    #expect(unknown.status == 65)
    #expect(
      unknown.standardError
        == "litrev: error: the protocol's designs: has no 'case-report'; it has: "
        + "cross-sectional, qualitative, mixed, intervention\n")
    // The design can come with the full-text inclusion, and the latest one counts.
    #expect(
      try run(
        ["decide", "1", "include", "--stage", "full-text", "--design", "qualitative"], in: folder
      ).standardOutput
        == "Record 1: include at full-text by tester\n"
        + "Record 1: design qualitative (appraised with casp-qualitative)\n")
    let early = try LitrevBinary.run(
      ["decide", "1", "include", "--design", "mixed"], in: folder.url)
    #expect(early.status == 64)
    #expect(early.standardError.contains("--design goes with include --stage full-text."))
    let wrong = try LitrevBinary.run(
      ["decide", "3", "include", "--stage", "full-text", "--design", "case-report"], in: folder.url)
    #expect(wrong.status == 65)
    #expect(!(try run(["log", "3"], in: folder).standardOutput.contains("full-text")))
    let events = try run(["log", "--json"], in: folder).standardOutput
    #expect(events.components(separatedBy: "\"study_design_set\"").count - 1 == 2)
    let noDesign = try LitrevBinary.run(
      ["appraise", "2", "--answers", fixture("axis-ana.yaml")], in: folder.url)
    #expect(noDesign.status == 65)
    #expect(noDesign.standardError.contains("record 2 has no study design"))
  }

  /// Screening full texts asks for the design with each inclusion, so that a study is ready to
  /// appraise as soon as it is in.
  @Test func fullTextScreeningTakesTheDesignWithAnInclusion() throws {
    let folder = try project()
    let screen = try run(
      ["screen", "--stage", "full-text", "--reviewer", "cleo"], in: folder,
      input: "include 2\ninclude case-report\ninclude cross-sectional\nquit\n")
    #expect(
      screen.standardOutput.contains("Designs (include DESIGN): 1 cross-sectional, 2 qualitative"))
    #expect(screen.standardOutput.contains("Record 1: include, design qualitative."))
    #expect(screen.standardOutput.contains("'case-report' is not a design here"))
    #expect(screen.standardOutput.contains("Record 2: include, design cross-sectional."))
    let events = try json(try run(["log", "--json"], in: folder).standardOutput)
    let designs = events.filter { $0["kind"] as? String == "study_design_set" }
    #expect(designs.count == 2)
    #expect(designs.compactMap { $0["actor"] as? String } == ["cleo", "cleo"])
    let atTitle = try LitrevBinary.run(
      ["screen", "--reviewer", "dan"], in: folder.url, input: Data("include mixed\nquit\n".utf8))
    #expect(atTitle.standardOutput.contains("a design goes with an inclusion at full text"))
  }

  @Test func twoAppraisersAnswerSheetsConflictsAResolutionAndAgreement() throws {
    let folder = try project()
    try run(["set", "1", "design=cross-sectional"], in: folder)
    #expect(
      try run(
        ["appraise", "1", "--answers", fixture("axis-ana.yaml"), "--reviewer", "ana"], in: folder
      )
      .standardOutput == "Record 1: 20 answers to axis by ana; score 19/20, rating high\n")
    #expect(
      try run(
        ["appraise", "1", "--answers", fixture("axis-ben.yaml"), "--reviewer", "ben"], in: folder
      )
      .standardOutput == "Record 1: 20 answers to axis by ben; score 17/20, rating high\n")

    let conflicts = try run(["appraisals", "conflicts"], in: folder).standardOutput
    #expect(
      conflicts == """
        ID  Instrument  Item               Appraiser  Answer
         1  axis        q07_nonresponders  ana        yes
                                           ben        no
         1  axis        q18_limitations    ana        yes
                                           ben        dont_know
        2 items in conflict; settle each with `litrev appraisals resolve ID ITEM ANSWER`.

        """)

    var studies = try json(try run(["appraisals", "--json"], in: folder).standardOutput)
    #expect(studies.count == 1)
    #expect(studies[0]["score"] as? Double == 17)
    #expect(studies[0]["rating"] == nil || studies[0]["rating"] is NSNull)
    #expect(studies[0]["conflicts"] as? [String] == ["q07_nonresponders", "q18_limitations"])
    #expect(studies[0]["appraisers"] as? [String] == ["ana", "ben"])

    let refused = try LitrevBinary.run(
      ["appraisals", "resolve", "1", "q07_nonresponders", "perhaps"], in: folder.url)
    #expect(refused.status == 65)
    #expect(
      refused.standardError
        == "litrev: error: item q07_nonresponders does not allow the answer 'perhaps'; "
        + "allowed: yes, no, dont_know\n")
    #expect(
      try run(
        ["appraisals", "resolve", "1", "q07_nonresponders", "yes", "--reviewer", "cy"], in: folder
      )
      .standardOutput
        == "Record 1: q07_nonresponders resolved as yes by cy; it settles ana: yes, ben: no\n")
    try run(
      ["appraisals", "resolve", "1", "q18_limitations", "yes", "--reviewer", "cy"], in: folder)
    #expect(
      try run(["appraisals", "conflicts"], in: folder).standardOutput == "No appraisal conflicts.\n"
    )

    let listing = try run(["appraisals", "--json"], in: folder).standardOutput
    let schema = try JSONSchemaValidator(
      path: TestFiles.repositoryRoot.appendingPathComponent("Schemas/appraisals.schema.json").path)
    #expect(schema.violations(of: try JSONSerialization.jsonObject(with: Data(listing.utf8))) == [])
    studies = try json(listing)
    let notes = try #require(studies[0]["notes"] as? [String: [String: String]])
    #expect(notes["q03_sample_size"] == ["ana": "no power calculation"])
    #expect(studies[0]["score"] as? Double == 19)
    #expect(studies[0]["rating"] as? String == "high")
    #expect(studies[0]["complete"] as? Bool == true)
    #expect(studies[0]["appraisers"] as? [String] == ["ana", "ben"])

    let table = try run(["appraisals"], in: folder).standardOutput
    #expect(table.hasPrefix("ID  Instrument  Appraisers  Score  Rating  Sub-scores\n"))
    #expect(
      table.contains(
        " 1  axis        ana, ben    19/20  high    introduction 1/1 · methods 9/10 · results 5/5"))

    let csv = try run(["appraisals", "--csv"], in: folder).standardOutput
    #expect(
      csv.hasPrefix(
        "id,instrument,appraisers,score,maximum,rating,complete,conflicts,subscores\r\n"
          + "1,axis,ana; ben,19,20,high,yes,0,introduction 1/1 · methods 9/10"))

    let agreement = try run(["appraisals", "agreement"], in: folder).standardOutput
    #expect(agreement.hasPrefix("axis: ana and ben\n"))
    // One step apart on three ordered answers: half credit, as much as chance gives, so 0.
    #expect(agreement.contains("q07_nonresponders            1         0%            0.00\n"))
    #expect(agreement.contains("q01_aims                     1       100%               –\n"))
    #expect(
      agreement.contains(
        "Total score: ICC(2,1) needs two or more studies appraised completely by both, with "
          + "totals that vary (1 study so far)"))
    let agreementJSON = try json(
      try run(["appraisals", "agreement", "--json"], in: folder).standardOutput)
    let items = try #require(agreementJSON.first?["items"] as? [[String: Any]])
    #expect(
      items.first { $0["item"] as? String == "q01_aims" }?["percentAgreement"] as? Double == 1)
    #expect(agreementJSON.first?["scoredStudies"] as? Int == 1)
  }

  @Test func aBadAnswerIsRefusedWithTheAllowedOnesAndNothingIsStored() throws {
    let folder = try project()
    try run(["set", "1", "design=cross-sectional"], in: folder)
    let result = try LitrevBinary.run(
      ["appraise", "1", "--answers", fixture("axis-bad-answer.yaml")], in: folder.url)
    #expect(result.status == 65)
    #expect(
      result.standardError
        == "litrev: error: \(fixture("axis-bad-answer.yaml")):3:15: item q02_design does not "
        + "allow the answer 'probably'; allowed: yes, no, dont_know\n")
    #expect(try json(try run(["appraisals", "--json"], in: folder).standardOutput).isEmpty)
  }

  @Test func aSpreadsheetImportsAllRowsOrNone() throws {
    let folder = try project()
    let bad = try LitrevBinary.run(
      ["appraisals", "import", fixture("bad-answers.csv")], in: folder.url)
    #expect(bad.status == 65)
    #expect(
      bad.standardError
        == "litrev: error: \(fixture("bad-answers.csv")):3:27: item ethics does not allow the "
        + "answer 'maybe'; allowed: yes, no, cant_tell\n\(fixture("bad-answers.csv")): nothing "
        + "from this file was stored\n")
    #expect(try json(try run(["appraisals", "--json"], in: folder).standardOutput).isEmpty)
    #expect(
      try run(["appraisals", "import", fixture("answers.csv")], in: folder).standardOutput
        == "\(fixture("answers.csv")): imported 3 appraisal answers\n")
    let studies = try json(try run(["appraisals", "--json"], in: folder).standardOutput)
    #expect(studies.first?["instrument"] as? String == "casp-qualitative")
    #expect(studies.first?["score"] as? Double == 2)
    #expect((studies.first?["missing"] as? [String])?.count == 7)
  }

  @Test func lineModeAsksItemByItemSavesEachAnswerAndResumes() throws {
    let folder = try project()
    try run(["set", "2", "design=qualitative"], in: folder)
    // Three answers (by number, by id and by label), a note, a wrong answer, then the input ends.
    let first = try run(
      ["appraise", "2", "--reviewer", "ana"], in: folder,
      input: "1\nyes\nnote no design named\nCan't tell\nmaybe\n")
    #expect(
      first.standardOutput.contains("Do the authors say clearly what the research set out to do?"))
    #expect(first.standardOutput.contains("  1 Yes\n  2 No\n  3 Can't tell\n"))
    #expect(
      first.standardOutput.contains(
        "'maybe' is not an answer here; allowed: 1 yes, 2 no, 3 cant_tell"))
    #expect(
      first.standardOutput.hasSuffix(
        "Record 2: casp-qualitative by ana; score 2/10, 7 items left\n"))

    let log = try run(["log"], in: folder).standardOutput
    #expect(log.components(separatedBy: "appraisal_answer").count - 1 == 3)

    // Coming back starts at the first item left, and going back shows the answer given.
    let second = try run(
      ["appraise", "2", "--reviewer", "ana"], in: folder, input: "back\nquit\n")
    #expect(second.standardOutput.contains("[record 2 · casp-qualitative · item 4 of 10]"))
    #expect(second.standardOutput.contains("  3 Can't tell  (your answer)\n"))

    let studies = try json(try run(["appraisals", "--json"], in: folder).standardOutput)
    #expect(studies.first?["score"] as? Double == 2)
  }

  @Test func withoutAnIdEveryIncludedStudyLeftIsAppraised() throws {
    let folder = try project()
    try run(["set", "1", "design=cross-sectional"], in: folder)
    try run(["set", "2", "design=qualitative"], in: folder)
    try run(
      ["appraise", "1", "--answers", fixture("axis-ana.yaml"), "--reviewer", "ana"], in: folder)
    // Record 1 is done, so the session starts at record 2's first item; ten yes answers.
    let result = try run(
      ["appraise", "--reviewer", "ana"], in: folder,
      input: String(repeating: "1\n", count: 10))
    #expect(result.standardOutput.contains("[record 2 · casp-qualitative · item 1 of 10]"))
    #expect(!result.standardOutput.contains("[record 1 "))
    #expect(
      result.standardOutput.hasSuffix(
        "Record 2: casp-qualitative by ana; score 10/10, rating high\n"))
  }

  @Test func aProjectInstrumentAndProtocolBandsAreUsed() throws {
    let folder = try project()
    try FileManager.default.createDirectory(
      atPath: folder.path("instruments"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: TestFiles.fixture("tiny.yaml", in: "AppraisalTests"),
      toPath: folder.path("instruments/tiny.yaml"))
    try folder.write("answers:\n  a: \"yes\"\n  b: \"yes\"\n  c: \"no\"\n", to: "tiny-answers.yaml")
    #expect(
      try run(
        ["appraise", "1", "--instrument", "tiny", "--answers", "tiny-answers.yaml"], in: folder
      )
      .standardOutput == "Record 1: 3 answers to tiny by tester; score 2/3, rating high\n")

    // The protocol's bands for tiny replace its own.
    let protocolText = try String(contentsOfFile: folder.path("protocol.yaml"), encoding: .utf8)
    try folder.write(
      protocolText
        + "appraisal:\n  bands:\n    tiny:\n      - {rating: weak, from: 0, to: 2.5}\n"
        + "      - {rating: strong, from: 2.5, to: 3}\n", to: "protocol.yaml")
    let studies = try json(try run(["appraisals", "--json"], in: folder).standardOutput)
    #expect(studies.first?["rating"] as? String == "weak")

    // Bands that overlap are refused at their line, by every appraisal command.
    try folder.write(
      protocolText
        + "appraisal:\n  bands:\n    tiny:\n      - {rating: weak, from: 0, to: 2.5}\n"
        + "      - {rating: strong, from: 2, to: 3}\n", to: "protocol.yaml")
    let lines = protocolText.split(separator: "\n", omittingEmptySubsequences: false).count
    let overlap = try LitrevBinary.run(["appraisals"], in: folder.url)
    #expect(overlap.status == 65)
    #expect(
      overlap.standardError.hasSuffix(
        "protocol.yaml:\(lines + 4):9: appraisal.bands.tiny[1]: the bands 'weak' and 'strong' "
          + "overlap between 2 and 2.5\n"), "\(overlap.standardError)")

    // A broken project instrument is named with its line.
    try folder.write(protocolText, to: "protocol.yaml")
    try folder.write(
      try String(contentsOfFile: folder.path("instruments/tiny.yaml"), encoding: .utf8)
        .replacingOccurrences(of: "{id: b,", with: "{id: a,"), to: "instruments/tiny.yaml")
    let broken = try LitrevBinary.run(["instruments"], in: folder.url)
    #expect(broken.status == 65)
    #expect(
      broken.standardError.hasSuffix(
        "instruments/tiny.yaml:21:14: domains[0].items[1].id: the id 'a' is used twice "
          + "(first at line 20)\n"), "\(broken.standardError)")
  }

  @Test func mmatAsksOnlyTheScreeningQuestionsAndTheCategoryOfTheDesign() throws {
    let folder = try project()
    _ = try run(["set", "1", "design=cross-sectional"], in: folder)
    let result = try run(
      ["appraise", "1", "--instrument", "mmat", "--reviewer", "ana"], in: folder,
      input: String(repeating: "1\n", count: 6) + "2\n")
    #expect(result.standardOutput.contains("[record 1 · mmat · item 1 of 7] Screening questions"))
    #expect(
      result.standardOutput.contains("[record 1 · mmat · item 7 of 7] Quantitative descriptive"))
    #expect(
      result.standardOutput.hasSuffix("Record 1: mmat by ana; score 80/100, rating high\n"),
      "\(result.standardOutput)")
  }
}
