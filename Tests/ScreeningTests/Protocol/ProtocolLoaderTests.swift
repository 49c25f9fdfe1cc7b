import Foundation
import ReviewModel
import ReviewTestSupport
import Screening
import Testing

struct ProtocolLoaderTests {
  private let loader = ProtocolLoader()

  @Test func theExampleReviewsProtocolDecodes() throws {
    let loaded = try loader.load(path: TestFiles.corpus("protocol.yaml"))
    let reviewProtocol = loaded.reviewProtocol
    #expect(reviewProtocol.version == 1)
    #expect(reviewProtocol.title.hasPrefix("Social media in postgraduate medical training"))
    guard case .pico(let population, _, _, _) = reviewProtocol.question else {
      Issue.record("expected a PICO question")
      return
    }
    #expect(population.contains("residents"))
    #expect(reviewProtocol.sources == ["PubMed", "Embase"])
    #expect(
      reviewProtocol.stages.titleAbstract == StageSettings(reviewersPerRecord: 2, isBlind: true))
    let criteria = reviewProtocol.criteria
    #expect(criteria.publicationYears == 2004...2024)
    #expect(criteria.languages == ["English"])
    #expect(criteria.excludedPublicationTypes.prefix(3) == ["Editorial", "Letter", "Comment"])
    #expect(
      criteria.include.map(\.id) == [
        "social_media", "postgraduate_doctors", "primary_study_or_review",
      ])
    #expect(
      criteria.exclude.map(\.id) == ["not_postgraduate", "patient_content_only", "no_primary_data"])
    #expect(Set(loaded.rules.keys) == ["social_media", "not_postgraduate", "patient_content_only"])
    #expect(criteria.exclude[0].ruleLocation?.line == 66)
    #expect(
      reviewProtocol.fullTextExclusionReasons.first
        == ExclusionReason(
          id: "wrong_population", label: "Wrong population (no doctors in postgraduate training)"))
    #expect(
      reviewProtocol.fullTextExclusionReason("NOT_AVAILABLE")?.label == "Full text not available")
    #expect(loaded.highlightInclude.count == reviewProtocol.highlight.include.count)
    #expect(reviewProtocol.highlight.exclude.contains("\"medical student*\""))
    #expect(
      reviewProtocol.deduplication
        == DeduplicationSettings(mergeAbove: 0.95, reviewAbove: 0.8, conferenceAbstracts: .keep))
  }

  @Test func aMinimalProtocolTakesTheDefaults() throws {
    let loaded = try loader.decode("version: 1\ntitle: A review\n", file: "protocol.yaml")
    #expect(loaded.reviewProtocol == ReviewProtocol(title: "A review"))
    #expect(loaded.rules.isEmpty)
  }

  @Test func reasonsWrittenAsLabelsGetIDs() throws {
    let text = """
      version: 1
      title: A review
      full_text_exclusion_reasons:
        - Wrong study design
        - id: no_full_text
          label: Full text not available
      """
    let reasons = try loader.decode(text, file: "protocol.yaml").reviewProtocol
      .fullTextExclusionReasons
    #expect(reasons.map(\.id) == ["wrong_study_design", "no_full_text"])
  }

  @Test func spiderQuestionsDecode() throws {
    let text = """
      version: 1
      title: A review
      question:
        framework: SPIDER
        sample: Core trainees
        phenomenon_of_interest: Social media for learning
        design: Interviews
        evaluation: Experiences
        research_type: Qualitative
      """
    let question = try loader.decode(text, file: "protocol.yaml").reviewProtocol.question
    #expect(
      question
        == .spider(
          sample: "Core trainees", phenomenonOfInterest: "Social media for learning",
          design: "Interviews", evaluation: "Experiences", researchType: "Qualitative"))
  }

  /// A protocol with one mistake, where it is reported, and what is said.
  struct Mistake: Sendable, CustomTestStringConvertible {
    var yaml: String
    var line: Int
    var column: Int
    var keyPath: String
    var message: String

    var testDescription: String { keyPath.isEmpty ? message : keyPath }
  }

  static let mistakes: [Mistake] = [
    Mistake(
      yaml: "version: 1\nsources: []\n", line: 1, column: 1, keyPath: "title",
      message: "missing required key"),
    Mistake(
      yaml: "version: 1\ntitle: A review\nsorces: [PubMed]\n", line: 3, column: 1,
      keyPath: "sorces",
      message: "unknown key 'sorces'; expected one of: version, title, question, sources, "
        + "stages, criteria, full_text_exclusion_reasons, highlight, deduplication, extraction, "
        + "designs, appraisal, themes"),
    Mistake(
      yaml: "version: 2\ntitle: A review\n", line: 1, column: 10, keyPath: "version",
      message: "litrev reads version 1 of the protocol format, not 2"),
    Mistake(
      yaml: "version: one\ntitle: A review\n", line: 1, column: 10, keyPath: "version",
      message: "expected a whole number here, found 'one'"),
    Mistake(
      yaml: "version: 1\ntitle: \"\"\n", line: 2, column: 8, keyPath: "title",
      message: "must not be empty"),
    Mistake(
      yaml: "- version: 1\n", line: 1, column: 1, keyPath: "",
      message: "expected keys and values here, found a list"),
    Mistake(
      yaml: "version: 1\ntitle: 'A review\n", line: 3, column: 1, keyPath: "",
      message:
        "not valid YAML: found unexpected end of stream (while scanning a quoted scalar, line 2)"),
    Mistake(
      yaml: "version: 1\ntitle: A\ntitle: B\n", line: 2, column: 1, keyPath: "",
      message: "a key appears twice in one mapping: title"),
    Mistake(
      yaml: "version: 1\ntitle: A\nquestion:\n  framework: PECO\n", line: 4, column: 14,
      keyPath: "question.framework", message: "the framework is PICO or SPIDER"),
    Mistake(
      yaml: "version: 1\ntitle: A\nquestion:\n  framework: PICO\n  sample: trainees\n",
      line: 5, column: 3, keyPath: "question.sample",
      message: "unknown key 'sample'; expected one of: framework, population, intervention, "
        + "comparison, outcome"),
    Mistake(
      yaml: "version: 1\ntitle: A\nstages:\n  full_text:\n    reviewers_per_record: 3\n",
      line: 5, column: 27, keyPath: "stages.full_text.reviewers_per_record",
      message: "1 or 2 reviewers screen each record"),
    Mistake(
      yaml: "version: 1\ntitle: A\nstages:\n  title_abstract:\n    blind: maybe\n",
      line: 5, column: 12, keyPath: "stages.title_abstract.blind",
      message: "expected true or false here, found 'maybe'"),
    Mistake(
      yaml: "version: 1\ntitle: A\ncriteria:\n  publication_years: {from: 2024, to: 2004}\n",
      line: 4, column: 39, keyPath: "criteria.publication_years.to",
      message: "the years run backwards: 2024 to 2004"),
    Mistake(
      yaml: "version: 1\ntitle: A\ncriteria:\n  languages: English\n", line: 4, column: 14,
      keyPath: "criteria.languages", message: "expected a list here, found 'English'"),
    Mistake(
      yaml: """
        version: 1
        title: A
        criteria:
          exclude:
            - id: not_postgraduate
              label: No trainees
            - id: letters
              label: Letters
              rule: letter[pt] OR comment[tp]
        """,
      line: 9, column: 34, keyPath: "criteria.exclude[1].rule",
      message: """
        invalid rule at column 22 of the rule: unknown field tag [tp]; litrev knows [ti] [ab] \
        [tiab] [au] [la] [pt] [mh] [kw] [dp]
          letter[pt] OR comment[tp]
                               ^
        """),
    Mistake(
      yaml: """
        version: 1
        title: A
        criteria:
          exclude:
            - id: students
              label: Students only
              rule: '"medical student*" NOT (resident* OR trainee*'
        """,
      line: 7, column: 37, keyPath: "criteria.exclude[0].rule",
      message: """
        invalid rule at column 24 of the rule: this ( is never closed
          "medical student*" NOT (resident* OR trainee*
                                 ^
        """),
    Mistake(
      yaml: """
        version: 1
        title: A
        criteria:
          include:
            - id: social_media
              label: Social media
              rule: >-
                twitter OR
                youtube OR
        """,
      line: 7, column: 13, keyPath: "criteria.include[0].rule",
      message: """
        invalid rule at column 20 of the rule: OR has nothing after it
          twitter OR youtube OR
                             ^
        """),
    Mistake(
      yaml: """
        version: 1
        title: A
        criteria:
          include:
            - id: social_media
              labl: Social media
        """,
      line: 6, column: 7, keyPath: "criteria.include[0].labl",
      message: "unknown key 'labl'; expected one of: id, label, rule"),
    Mistake(
      yaml: """
        version: 1
        title: A
        criteria:
          include:
            - id: social_media
              label: Social media
          exclude:
            - id: social_media
              label: Not social media
        """,
      line: 8, column: 7, keyPath: "criteria.exclude[0]",
      message: "the id 'social_media' is used twice (first at line 5)"),
    Mistake(
      yaml: "version: 1\ntitle: A\ncriteria:\n  exclude:\n    - {id: language, label: X}\n",
      line: 5, column: 7, keyPath: "criteria.exclude[0]",
      message: "the id 'language' belongs to a built-in criterion; choose another"),
    Mistake(
      yaml: "version: 1\ntitle: A\ncriteria:\n  exclude:\n    - {id: Not-Postgrad, label: X}\n",
      line: 5, column: 12, keyPath: "criteria.exclude[0].id",
      message: "an id is snake_case: lower-case letters, digits and _, such as wrong_population"),
    Mistake(
      yaml:
        "version: 1\ntitle: A\nfull_text_exclusion_reasons:\n  - Wrong design\n  - wrong design\n",
      line: 5, column: 5, keyPath: "full_text_exclusion_reasons[1]",
      message: "the reason 'wrong_design' is listed twice"),
    Mistake(
      yaml: "version: 1\ntitle: A\nhighlight:\n  include:\n    - 'resi*'\n    - 'tr*'\n",
      line: 6, column: 8, keyPath: "highlight.include[1]",
      message: """
        invalid term at column 1 of the term: a wildcard needs at least 3 letters before it
          tr*
          ^
        """),
    Mistake(
      yaml: "version: 1\ntitle: A\ndeduplication:\n  merge_above: 1.5\n", line: 4, column: 16,
      keyPath: "deduplication.merge_above", message: "a threshold is between 0 and 1"),
    Mistake(
      yaml: "version: 1\ntitle: A\ndeduplication:\n  merge_above: 0.8\n  review_above: 0.9\n",
      line: 5, column: 17, keyPath: "deduplication.review_above",
      message: "review_above (0.9) must not be above merge_above (0.8)"),
    Mistake(
      yaml: "version: 1\ntitle: A\ndeduplication:\n  conference_abstracts: drop\n", line: 4,
      column: 25, keyPath: "deduplication.conference_abstracts",
      message: "conference_abstracts is keep or merge"),
  ]

  @Test(arguments: mistakes)
  func aMistakeIsReportedWithLineColumnAndKeyPath(mistake: Mistake) {
    let expected = ScreeningError.invalidProtocol(
      SourceLocation(file: "protocol.yaml", line: mistake.line, column: mistake.column),
      keyPath: mistake.keyPath, message: mistake.message)
    #expect(throws: expected) {
      try loader.decode(mistake.yaml, file: "protocol.yaml")
    }
  }

  @Test func aMissingFileIsReportedAsMissing() throws {
    let folder = try TemporaryFolder()
    #expect(throws: ScreeningError.protocolNotFound(path: folder.path("protocol.yaml"))) {
      try loader.load(path: folder.path("protocol.yaml"))
    }
  }

  @Test func theMessageNamesFileLineColumnAndKeyPath() {
    let error = ScreeningError.invalidProtocol(
      SourceLocation(file: "protocol.yaml", line: 5, column: 27),
      keyPath: "stages.full_text.reviewers_per_record",
      message: "1 or 2 reviewers screen each record")
    #expect(
      error.description
        == "protocol.yaml:5:27: stages.full_text.reviewers_per_record: 1 or 2 reviewers screen each record"
    )
  }
}
