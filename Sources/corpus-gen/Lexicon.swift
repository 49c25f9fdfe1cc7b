/// A purpose's sentences parsed and converted to one spelling.
struct PurposeText: Sendable {
  let purpose: Purpose
  let name: String
  let titleNames: [String]
  let findings: [Template]
  let conclusions: [Template]
  let themes: [String]
}

/// Every pattern of the vocabulary parsed once and converted to one spelling, so that composing a
/// record only picks and fills.
struct Lexicon: Sendable {
  let spelling: Spelling
  let pandemicBackground: [Template]
  let commentary: [Template]
  private let backgrounds: [AudienceGroup: [Template]]
  private let closings: [AudienceGroup: [Template]]
  private let objectives: [Design: [Template]]
  private let methodSteps: [Design: [AudienceGroup: [[Template]]]]
  private let resultSteps: [Design: [AudienceGroup: [[Template]]]]
  private let titlePatterns: [Design: [AudienceGroup: [Template]]]
  private let designPhrases: [Design: [String]]
  private let purposeTexts: [String: PurposeText]
  private let populationPatterns: [String: [Template]]
  let specialties: [Specialty]
  /// Short vocabulary converted once, so that composing a record converts nothing.
  private let converted: [String: String]

  private static let groups: [AudienceGroup] = [
    .trainees, .learners, .clinicians, .patients, .youngPeople, .careResidents, .organisations,
  ]
  private static let designs: [Design] = [
    .survey, .qualitative, .mixedMethods, .contentAnalysis, .intervention, .randomisedTrial,
    .systematicReview, .scopingReview, .narrativeReview, .editorial, .letter, .comment, .erratum,
    .conferenceAbstract,
  ]

  /// Parses the whole vocabulary in `spelling`.
  init(spelling: Spelling) {
    self.spelling = spelling
    func parse(_ patterns: [String]) -> [Template] {
      patterns.map { Template($0, literals: { SpellingConverter.convert($0, to: spelling) }) }
    }
    func convert(_ text: String) -> String { SpellingConverter.convert(text, to: spelling) }
    pandemicBackground = parse(AbstractPatterns.pandemicBackground)
    commentary = parse(AbstractPatterns.commentary)
    var backgrounds: [AudienceGroup: [Template]] = [:]
    var closings: [AudienceGroup: [Template]] = [:]
    for group in Self.groups {
      backgrounds[group] = parse(AbstractPatterns.background(group))
      closings[group] = parse(AbstractPatterns.conclusions(group))
    }
    self.backgrounds = backgrounds
    self.closings = closings
    var objectives: [Design: [Template]] = [:]
    var methodSteps: [Design: [AudienceGroup: [[Template]]]] = [:]
    var resultSteps: [Design: [AudienceGroup: [[Template]]]] = [:]
    var titlePatterns: [Design: [AudienceGroup: [Template]]] = [:]
    var designPhrases: [Design: [String]] = [:]
    for design in Self.designs {
      objectives[design] = parse(AbstractPatterns.objective(design))
      designPhrases[design] = TitlePatterns.designPhrases(design).map(convert)
      var byGroup: [AudienceGroup: [Template]] = [:]
      var methodsByGroup: [AudienceGroup: [[Template]]] = [:]
      var resultsByGroup: [AudienceGroup: [[Template]]] = [:]
      for group in Self.groups {
        byGroup[group] = parse(TitlePatterns.titles(design, group: group))
        methodsByGroup[group] = AbstractPatterns.methods(design, group: group).map(parse)
        resultsByGroup[group] = AbstractPatterns.results(design, group: group).map(parse)
      }
      titlePatterns[design] = byGroup
      methodSteps[design] = methodsByGroup
      resultSteps[design] = resultsByGroup
    }
    self.objectives = objectives
    self.methodSteps = methodSteps
    self.resultSteps = resultSteps
    self.titlePatterns = titlePatterns
    self.designPhrases = designPhrases
    var purposeTexts: [String: PurposeText] = [:]
    for purpose in Purposes.all {
      purposeTexts[purpose.key] = PurposeText(
        purpose: purpose, name: convert(purpose.name), titleNames: purpose.titleNames.map(convert),
        findings: parse(purpose.findings), conclusions: parse(purpose.conclusions),
        themes: purpose.themes.map(convert))
    }
    self.purposeTexts = purposeTexts
    var populationPatterns: [String: [Template]] = [:]
    for audience in Audiences.all {
      populationPatterns[audience.key] = parse(audience.populations)
    }
    self.populationPatterns = populationPatterns
    var phrases: [String] =
      StudyComposer.settings + StudyComposer.publicSettings
      + StudyComposer.genericTrainees + StudyComposer.educationUnits + PersonNames.collectives
    for country in Places.countries { phrases += country.traineeNouns + country.trainingUnits }
    for audience in Audiences.all { phrases.append(audience.people) }
    for purpose in Purposes.all { phrases += purpose.keywords }
    var converted: [String: String] = [:]
    for phrase in phrases { converted[phrase] = SpellingConverter.convert(phrase, to: spelling) }
    self.converted = converted
    specialties = Specialties.all.map { specialty in
      Specialty(
        name: convert(specialty.name), adjective: convert(specialty.adjective),
        department: convert(specialty.department), mesh: specialty.mesh,
        emtree: specialty.emtree, area: specialty.area,
        procedures: specialty.procedures.map(convert), hashtags: specialty.hashtags)
    }
  }

  func background(_ group: AudienceGroup) -> [Template] { backgrounds[group] ?? [] }
  func closing(_ group: AudienceGroup) -> [Template] { closings[group] ?? [] }
  func objective(_ design: Design) -> [Template] { objectives[design] ?? [] }
  func methods(_ design: Design, group: AudienceGroup) -> [[Template]] {
    methodSteps[design]?[group] ?? []
  }

  func results(_ design: Design, group: AudienceGroup) -> [[Template]] {
    resultSteps[design]?[group] ?? []
  }
  func designPhrase(_ design: Design) -> [String] { designPhrases[design] ?? ["a study"] }
  func populations(_ audience: Audience) -> [Template] { populationPatterns[audience.key] ?? [] }

  func titles(_ design: Design, group: AudienceGroup) -> [Template] {
    titlePatterns[design]?[group] ?? []
  }

  /// The purpose with `key` in this spelling.
  func purpose(_ key: String) -> PurposeText {
    if let text = purposeTexts[key] { return text }
    let fallback = Purposes.all[0]
    return PurposeText(
      purpose: fallback, name: fallback.name, titleNames: fallback.titleNames, findings: [],
      conclusions: [], themes: fallback.themes)
  }

  /// `text` in this lexicon's spelling.
  func convert(_ text: String) -> String {
    guard spelling == .american else { return text }
    return converted[text] ?? SpellingConverter.americanized(text)
  }
}
