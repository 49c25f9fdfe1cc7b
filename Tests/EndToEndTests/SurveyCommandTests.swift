import Foundation
import ReviewTestSupport
import Testing

/// The survey and synthesis commands through the built binary, on the example review: import,
/// summary, coding by two coders, themes, links and the synthesis.
struct SurveyCommandTests {
  /// A project with the example protocol, survey files and PubMed search.
  private func project() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    #expect(try LitrevBinary.run(["init", "."], in: folder.url).status == 0)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    for (from, to) in [
      ("protocol.yaml", "protocol.yaml"), ("survey/survey.yaml", "survey.yaml"),
      ("survey/codebook.yaml", "codebook.yaml"),
    ] {
      try FileManager.default.copyItem(atPath: TestFiles.corpus(from), toPath: folder.path(to))
    }
    let imported = try LitrevBinary.run(
      ["import", TestFiles.corpus("searches/pubmed-2024-05-14.xml"), "--source", "PubMed"],
      in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    return folder
  }

  private func importSurvey(_ folder: TemporaryFolder) throws {
    let result = try LitrevBinary.run(
      ["survey", "import", TestFiles.corpus("survey/responses.csv")], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput == "imported 42 responses of 60 distributed (70% response rate)\n")
  }

  private func json(_ result: CLIResult) throws -> Any {
    #expect(result.status == 0, "\(result.standardError)")
    return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
  }

  @Test func aFileWithABadCellStoresNothingUnlessBadRowsAreSkipped() throws {
    let folder = try project()
    var text = try String(contentsOfFile: TestFiles.corpus("survey/responses.csv"), encoding: .utf8)
    text = text.replacing(",R05,CT3,", with: ",R05,ST7,")
    let file = try folder.write(text, to: "bad.csv")
    let refused = try LitrevBinary.run(["survey", "import", file], in: folder.url)
    #expect(refused.status == 65)
    #expect(refused.standardError.contains("bad.csv:6:25: error: 'ST7' is not an option"))
    #expect(refused.standardError.contains("nothing was stored"))
    #expect(try LitrevBinary.run(["survey", "summary"], in: folder.url).status == 66)
    let skipped = try LitrevBinary.run(
      ["survey", "import", file, "--skip-bad-rows"], in: folder.url)
    #expect(skipped.status == 0, "\(skipped.standardError)")
    #expect(skipped.standardError.contains("bad.csv:6: skipped this row"))
    #expect(skipped.standardOutput.contains("imported 41 responses"))
  }

  @Test func exportedCodingIsSafeToOpenInASpreadsheet() throws {
    let folder = try project()
    var text = try String(contentsOfFile: TestFiles.corpus("survey/responses.csv"), encoding: .utf8)
    text = text.replacing(
      "\"Useful for patient education,", with: "\"=Useful for patient education,")
    let file = try folder.write(text, to: "formula.csv")
    #expect(try LitrevBinary.run(["survey", "import", file], in: folder.url).status == 0)
    let coded = try LitrevBinary.run(
      ["survey", "code", "--coder", "ana"], in: folder.url, input: Data("a\nq\n".utf8))
    #expect(coded.status == 0, "\(coded.standardError)")
    let exported = try LitrevBinary.run(["survey", "codes", "export"], in: folder.url)
    #expect(exported.standardOutput.contains(",\"'=Useful for patient education,"))
    #expect(!exported.standardOutput.contains(",\"=Useful"))
  }

  @Test func summaryGivesTheResponseRateFrequenciesAndCrossTabs() throws {
    let folder = try project()
    try importSurvey(folder)
    let summary = try #require(
      try json(LitrevBinary.run(["survey", "summary", "--json"], in: folder.url))
        as? [String: Any])
    #expect(summary["response_rate_percent"] as? Double == 70)
    #expect(summary["returned"] as? Int == 42)
    let questions = try #require(summary["questions"] as? [[String: Any]])
    let grade = try #require(questions.first { $0["id"] as? String == "grade" })
    let counts = (grade["frequencies"] as? [[String: Any]])?.compactMap { $0["n"] as? Int }
    #expect(counts?.reduce(0, +) == 42)
    let likert = try #require(questions.first { $0["id"] as? String == "value_learning" })
    #expect((likert["likert"] as? [String: Any])?["quantile_definition"] as? String != nil)
    let byProgramme = try LitrevBinary.run(
      ["survey", "summary", "--by", "programme"], in: folder.url)
    #expect(byProgramme.status == 0, "\(byProgramme.standardError)")
    #expect(byProgramme.standardOutput.contains("uses_social_media by programme"))
    #expect(byProgramme.standardOutput.contains("Fisher's exact test, p = "))
    #expect(byProgramme.standardOutput.contains("  agreeing or not: Fisher's exact test, p = "))
    let csv = try LitrevBinary.run(["survey", "summary", "--csv"], in: folder.url)
    #expect(csv.standardOutput.hasPrefix("question,type,row,n,valid,missing,percent,"))
    #expect(csv.standardOutput.contains("response_rate,,returned,42,60,,70,"))
    let markdown = try LitrevBinary.run(["survey", "summary", "--md"], in: folder.url)
    #expect(markdown.standardOutput.contains("| Answer | n | % | 95% CI |"))
  }

  @Test func twoCodersAgreementThemesLinksAndSynthesis() throws {
    let folder = try project()
    try importSurvey(folder)
    let all = Data(String(repeating: "a\n", count: 81).utf8)
    let ana = try LitrevBinary.run(
      ["survey", "code", "--coder", "ana"], in: folder.url, input: all)
    #expect(ana.standardOutput.contains("Coded 81 of 81 answers as ana."), "\(ana.standardError)")
    // bo rejects the suggestions of the first ten answers, adds a code by hand and a memo.
    let boInput =
      String(repeating: "r\n", count: 10) + "+ podcasts\nmemo unsure\nn\n"
      + String(repeating: "a\n", count: 70)
    let bo = try LitrevBinary.run(
      ["survey", "code", "--coder", "bo"], in: folder.url, input: Data(boInput.utf8))
    #expect(bo.standardOutput.contains("Coded 81 of 81 answers as bo."))
    let agreement = try #require(
      try json(LitrevBinary.run(["survey", "agreement", "--json"], in: folder.url))
        as? [String: Any])
    #expect(agreement["shared_answers"] as? Int == 81)
    let conflicts = try #require(agreement["conflicts"] as? [[String: Any]])
    #expect(conflicts.count >= 10)
    let kappas = (agreement["codes"] as? [[String: Any]])?.compactMap { $0["kappa"] as? Double }
    #expect(kappas?.contains { $0 < 1 } == true)

    let themes = try #require(
      try json(LitrevBinary.run(["themes", "--json", "--coder", "ana"], in: folder.url))
        as? [[String: Any]])
    let audiovisual = try #require(
      themes.first { $0["theme"] as? String == "audiovisual_learning" })
    let respondents = try #require(audiovisual["respondents"] as? Int)
    #expect(respondents > 0)
    #expect(
      audiovisual["percent"] as? Double == (Double(respondents) / 42 * 1000).rounded() / 10)
    #expect((audiovisual["exemplars"] as? [Any])?.isEmpty == false)

    let exported = try LitrevBinary.run(
      ["survey", "codes", "export", "--coder", "ana"], in: folder.url)
    #expect(
      exported.standardOutput.hasPrefix("respondent,question,coder,code,code_name,theme,answer"))
    let sheet = try folder.write(
      exported.standardOutput.replacing(",ana,", with: ",cy,"), to: "cy.csv")
    let imported = try LitrevBinary.run(["survey", "codes", "import", sheet], in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    let same = try #require(
      try json(
        LitrevBinary.run(["survey", "agreement", "--coders", "ana,cy", "--json"], in: folder.url))
        as? [String: Any])
    #expect((same["conflicts"] as? [Any])?.isEmpty == true)

    try includeStudies(folder)
    let suggestions = try #require(
      try json(LitrevBinary.run(["link", "suggest", "--json", "--limit", "30"], in: folder.url))
        as? [[String: Any]])
    try checkRanking(suggestions)

    let first = try #require(
      suggestions.first { $0["theme"] as? String == "audiovisual_learning" }?["record"] as? Int)
    let linked = try LitrevBinary.run(
      ["link", String(first), "audiovisual_learning", "--suggested"], in: folder.url)
    #expect(linked.status == 0, "\(linked.standardError)")
    #expect(
      try LitrevBinary.run(
        ["link", "add", String(first), "patient_education", "--evidence", "Said so."],
        in: folder.url
      ).status == 0)
    #expect(
      try LitrevBinary.run(["unlink", String(first), "patient_education"], in: folder.url).status
        == 0)
    #expect(try LitrevBinary.run(["link", "1", "no_such_theme"], in: folder.url).status == 64)

    let reviewed = try LitrevBinary.run(
      ["link", "suggest", "--review", "--theme", "research_collaboration"], in: folder.url,
      input: Data("y\nn\ny\nq\n".utf8))
    #expect(reviewed.standardOutput.contains("Linked 2 studies to themes as suggested."))

    let scaffold = try LitrevBinary.run(["synthesis", "--md"], in: folder.url)
    #expect(scaffold.status == 0, "\(scaffold.standardError)")
    #expect(scaffold.standardOutput.contains("## Audio-visual learning"))
    #expect(scaffold.standardOutput.contains("% of respondents ("))
    #expect(scaffold.standardOutput.contains("1 study (not yet appraised)"))
    #expect(scaffold.standardOutput.contains("## Patient education"))
    #expect(scaffold.standardOutput.contains("2 studies (not yet appraised)"))
    #expect(scaffold.standardOutput.contains("No study is linked to this theme yet"))
    let matrix = try LitrevBinary.run(["synthesis", "--csv"], in: folder.url)
    #expect(
      matrix.standardOutput.hasPrefix("theme,name,respondents_percent,studies,record_\(first)"))
    let synthesis = try #require(
      try json(LitrevBinary.run(["synthesis", "--json"], in: folder.url)) as? [[String: Any]])
    let studies = synthesis.first { $0["theme"] as? String == "audiovisual_learning" }?["studies"]
    let methods = (studies as? [[String: Any]])?.compactMap { $0["method"] as? String }
    #expect(methods == ["suggested"])
  }

  @Test func fullScreenCodingAcceptsASuggestionAndMovesOn() throws {
    let folder = try project()
    try importSurvey(folder)
    let session = Tmux(folder: folder.url)
    defer { session.kill() }
    try session.start("\(LitrevBinary.path) survey code --coder tui; echo done > done.txt")
    try session.waitFor("litrev survey code  tui  answer 1 of 81  0 finished")
    try session.waitFor("Suggested codes")
    try session.send("y")
    try session.waitFor("[✓]")
    try session.send("n")
    try session.waitFor("answer 2 of 81  1 finished")
    try session.send("q")
    try session.waitForFile(folder.url.appendingPathComponent("done.txt"))
    let exported = try LitrevBinary.run(
      ["survey", "codes", "export", "--coder", "tui"], in: folder.url)
    let rows = exported.standardOutput.split(separator: "\r\n")
    #expect(rows.count == 2, "one code applied: \(exported.standardOutput)")
    #expect(rows.last?.hasPrefix("R01,gained,tui,") == true)
  }

  /// Themes can come from the protocol (`themes:`, in the codebook's form), the codebook, or
  /// both: link suggestions rank studies for each.
  @Test func themesComeFromTheProtocolTheCodebookOrBoth() throws {
    let folder = try project()
    try includeStudies(folder)
    let protocolThemes = """

      themes:
        - id: simulation_training
          name: Simulation and skills practice
          description: Trainees rehearse procedures with videos and simulated cases.
          codes:
            - id: procedure_video
              name: Procedure videos
              patterns: ['video* OR youtube OR simulat*']
      """
    let protocolPath = folder.path("protocol.yaml")
    let original = try String(contentsOfFile: protocolPath, encoding: .utf8)
    try (original + protocolThemes).write(toFile: protocolPath, atomically: true, encoding: .utf8)

    func themes() throws -> Set<String> {
      let suggestions = try #require(
        try json(LitrevBinary.run(["link", "suggest", "--json"], in: folder.url))
          as? [[String: Any]])
      return Set(suggestions.compactMap { $0["theme"] as? String })
    }
    let both = try themes()
    #expect(both.contains("simulation_training"), "the protocol's theme")
    #expect(both.contains("audiovisual_learning"), "the codebook's")

    try FileManager.default.removeItem(atPath: folder.path("codebook.yaml"))
    #expect(try themes() == ["simulation_training"], "the protocol's alone")

    let clash = protocolThemes.replacingOccurrences(
      of: "simulation_training", with: "audiovisual_learning")
    try (original + clash).write(toFile: protocolPath, atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(
      atPath: TestFiles.corpus("survey/codebook.yaml"), toPath: folder.path("codebook.yaml"))
    let refused = try LitrevBinary.run(["link", "suggest"], in: folder.url)
    #expect(refused.status == 65)
    #expect(refused.standardError.contains("protocol.yaml:"), "\(refused.standardError)")
    #expect(refused.standardError.contains("a second theme or code 'audiovisual_learning'"))
  }

  /// Includes, by two reviewers as the protocol asks, the studies the truth links to themes and
  /// forty others.
  private func includeStudies(_ folder: TemporaryFolder) throws {
    let truth = try themeTruth()
    let wanted = Set(truth.values.flatMap { $0 })
    let records = try #require(
      try json(LitrevBinary.run(["records", "--json"], in: folder.url)) as? [[String: Any]])
    var ids: [Int] = []
    var others = 0
    for record in records {
      guard let id = record["id"] as? Int, let pmid = record["pmid"] as? String else { continue }
      if wanted.contains(pmid) {
        ids.append(id)
      } else if others < 40 {
        ids.append(id)
        others += 1
      }
    }
    let sheet = try folder.write(
      "id,decision\n" + ids.map { "\($0),include\n" }.joined(), to: "included.csv")
    for reviewer in ["ana", "bo"] {
      let result = try LitrevBinary.run(
        ["decisions", "import", sheet, "--reviewer", reviewer], in: folder.url)
      #expect(result.status == 0, "\(result.standardError)")
    }
  }

  private func themeTruth() throws -> [String: [String]] {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: TestFiles.corpus("truth/theme-links.json")))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let themes = try #require(object["themes"] as? [String: [Int]])
    return themes.mapValues { $0.map(String.init) }
  }

  /// Per theme, the expected studies rank first: at least three of the top five are expected,
  /// and over all themes at least 80% of the top k are (k = the theme's expected count).
  private func checkRanking(_ suggestions: [[String: Any]]) throws {
    var precisions: [Double] = []
    for (theme, expected) in try themeTruth() {
      let ranked = suggestions.filter { $0["theme"] as? String == theme }
        .compactMap { $0["pmid"] as? String }
      let topFive = ranked.prefix(5).filter(expected.contains).count
      #expect(topFive >= 3, "\(theme): \(topFive) of the top 5 are expected")
      let topK = ranked.prefix(expected.count).filter(expected.contains).count
      precisions.append(Double(topK) / Double(expected.count))
    }
    let mean = precisions.reduce(0, +) / Double(max(1, precisions.count))
    #expect(mean >= 0.8, "mean precision at k \(mean)")
  }
}
