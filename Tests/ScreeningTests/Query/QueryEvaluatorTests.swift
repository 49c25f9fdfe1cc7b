import ReviewModel
import Screening
import Testing

struct QueryEvaluatorTests {
  private static let pubmedRecord = Record(
    pmid: "31000001",
    title: "Twitter journal clubs for surgical residents: a mixed-methods study",
    vernacularTitle: "Clubs de lecture sur Twitter pour les résidents",
    abstract: """
      BACKGROUND: Social media are used by trainees. METHODS: We surveyed 120 core trainees \
      about e-learning on YouTube.
      """,
    authors: [.person(family: "Müller", given: "Anna Maria"), .collective("FOAMed Collaborative")],
    year: 2019, journal: "Journal of Graduate Medical Education",
    keywords: ["social media", "professionalism"],
    meshHeadings: [
      MeshHeading(descriptor: "Internship and Residency", qualifiers: ["methods"]),
      MeshHeading(descriptor: "Education, Medical, Graduate"),
    ],
    languages: ["eng"], publicationTypes: ["Journal Article", "Systematic Review"])

  private static let embaseRecord = Record(
    title: "Podcasts for anaesthesia registrars", year: 2003, languages: ["English"],
    otherFields: [SourceField(tag: "M3", value: "Editorial")])

  @Test(arguments: [
    ("twitter", true),
    ("TWITTER[ti]", true),
    ("twitter[ab]", false),
    ("resident", false),  // word boundaries: the title says "residents"
    ("residents", true),
    ("resident*", true),
    ("résidents[ti]", true),
    ("\"social media\"", true),
    ("\"media social\"", false),
    ("\"social media\"[kw]", true),
    ("\"core trainees\"[ab]", true),
    ("\"core trainee*\"[tiab]", true),
    ("elearning", false),
    ("e-learning", true),
    ("\"e learning\"", true),
    ("\"are used\" AND trainees", true),
    // A phrase does not run from one keyword into the next.
    ("\"media professionalism\"[kw]", false),
    ("muller[au]", true),
    ("\"muller am\"[au]", true),
    ("\"muller anna maria\"[au]", true),
    ("foamed[au]", true),
    ("\"Internship and Residency\"[mh]", true),
    ("\"Education, Medical\"[mh]", true),
    ("methods[mh]", true),
    ("eng[la]", true),
    ("english[la]", true),
    ("fre[la]", false),
    ("review[pt]", true),
    ("editorial[pt]", false),
    ("2019[dp]", true),
    ("2004:2018[dp]", false),
    ("graduate", true),  // untagged terms search the journal too
    ("twitter OR podcast* AND 2020:2024[dp]", false),  // left to right: (a OR b) AND c
    ("podcast* OR twitter AND 2010:2024[dp]", true),
    ("twitter NOT editorial[pt]", true),
    ("NOT twitter", false),
    ("youtube clubs", true),
    ("youtube clubsx", false),
  ])
  func matchesThePubMedRecord(query: String, matches: Bool) throws {
    let evaluator = QueryEvaluator(try QueryParser().parse(query))
    #expect(evaluator.matches(Self.pubmedRecord) == matches)
  }

  @Test(arguments: [
    ("editorial[pt]", true),
    ("eng[la]", true),
    ("en[la]", true),
    ("2004:2024[dp]", false),
    ("anaesthesia AND registrar*", true),
    ("anesthesia", false),
  ])
  func matchesTheEmbaseRecord(query: String, matches: Bool) throws {
    let evaluator = QueryEvaluator(try QueryParser().parse(query))
    #expect(evaluator.matches(Self.embaseRecord) == matches)
  }

  @Test func aRecordWithoutAYearMatchesNoYearRange() throws {
    let evaluator = QueryEvaluator(try QueryParser().parse("1900:2100[dp]"))
    #expect(!evaluator.matches(Record(title: "Undated")))
  }

  @Test(arguments: [
    ("\"sartre jp\"[au]", true),
    ("\"sartre jean paul\"[au]", true),
    ("\"sartre j\"[au]", false),
    ("\"de beauvoir s\"[au]", true),
  ])
  func authorsAreSearchedByFullGivenNameAndInitials(query: String, matches: Bool) throws {
    let record = Record(
      authors: [
        .person(family: "Sartre", given: "Jean-Paul"),
        .person(family: "de Beauvoir", given: "S."),
      ])
    let evaluator = QueryEvaluator(try QueryParser().parse(query))
    #expect(evaluator.matches(record) == matches)
  }

  /// One prepared record serves many queries, each folding the fields it needs on the way: the
  /// answers must be those of a record prepared afresh for each query.
  @Test func aRecordPreparedOnceAnswersEveryQueryAsAFreshOne() throws {
    let queries = [
      "twitter[ti]", "muller[au]", "trainees[ab]", "editorial[pt]", "methods[mh]",
      "professionalism[kw]", "graduate", "eng[la]", "\"core trainees\"[tiab]", "podcast*",
    ]
    var shared = SearchableRecord(Self.pubmedRecord)
    for text in queries.reversed() + queries {
      let evaluator = QueryEvaluator(try QueryParser().parse(text))
      #expect(evaluator.matches(&shared) == evaluator.matches(Self.pubmedRecord), "\(text)")
    }
  }
}
