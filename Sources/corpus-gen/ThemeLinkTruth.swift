/// `truth/theme-links.json`: which of the example's PubMed studies speak to which theme.
///
/// A study speaks to a theme when it is research or a review (not an editorial, letter,
/// comment, erratum or conference abstract) about trainees, doctors or students using social
/// media for the purpose that theme is about. These are the studies `link suggest` should rank
/// first once they are included.
enum ThemeLinkTruth {
  static let studyDesigns: Set<Design> = [
    .survey, .qualitative, .mixedMethods, .contentAnalysis, .intervention, .randomisedTrial,
    .systematicReview, .scopingReview, .narrativeReview,
  ]
  static let audiences: Set<String> = ["trainees", "consultants", "medicalstudents"]

  /// The PMIDs of each theme's studies, by theme id.
  static func links(_ corpus: ExampleCorpus) -> [String: [Int]] {
    var links: [String: [Int]] = [:]
    for study in corpus.pubmed
    where studyDesigns.contains(study.design) && audiences.contains(study.audienceKey)
      && study.language == "eng"
    {
      if let theme = ExampleCodebook.themeOfPurpose[study.purposeKey] {
        links[theme, default: []].append(study.pmid)
      }
    }
    return links.mapValues { $0.sorted() }
  }

  static func json(_ corpus: ExampleCorpus) -> String {
    var json = JSONWriter()
    json.openObject()
    json.string(
      "description",
      "The example's PubMed studies (PMIDs) that speak to each theme of Corpus/survey/"
        + "codebook.yaml: research or reviews about trainees, doctors or students using social "
        + "media for the purpose of the theme. Once included, link suggest should rank them first.")
    json.openObject("themes")
    for (theme, pmids) in links(corpus).sorted(by: { $0.key < $1.key }) {
      json.openArray(theme)
      for pmid in pmids { json.number(nil, pmid) }
      json.closeArray()
    }
    json.closeObject()
    json.closeObject()
    return json.text
  }
}
