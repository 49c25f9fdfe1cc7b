/// Composes a record's title and abstract from the lexicon.
extension StudyComposer {
  func composeTitle(_ study: inout Study, context: StudyContext, random: inout SeededGenerator) {
    if context.language != "eng" {
      let choices = TitlePatterns.vernacular.filter { $0.language == context.language }
      if let pair = choices.isEmpty ? nil : random.pick(choices) {
        study.title = "[\(pair.english)]."
        study.vernacularTitle = pair.original + "."
        return
      }
    }
    let patterns = context.lexicon.titles(context.design, group: context.audience.group)
    let title =
      patterns.isEmpty
      ? "Social media in medical training" : random.pick(patterns).render(context.values)
    study.title = Self.terminated(title)
  }

  /// A title ends with a full stop unless it ends with a question or exclamation mark.
  static func terminated(_ title: String) -> String {
    guard let last = title.last else { return title }
    return "?!.".contains(last) ? title : title + "."
  }

  func composeAbstract(
    _ study: inout Study, context: StudyContext, structured: Bool?,
    random: inout SeededGenerator
  ) {
    let lexicon = context.lexicon
    let values = context.values
    switch context.design {
    case .erratum:
      return
    case .editorial, .letter, .comment:
      guard random.chance(context.design == .editorial ? 30 : 15) else { return }
      let sentences = random.sample(lexicon.commentary, count: random.int(in: 2...4))
      study.abstract = [
        AbstractSection(text: sentences.map { $0.render(values) }.joined(separator: " "))
      ]
      return
    case .narrativeReview:
      let sentences =
        random.sample(lexicon.background(context.audience.group), count: 2)
        + random.sample(lexicon.commentary, count: random.int(in: 3...5))
      study.abstract = [
        AbstractSection(text: sentences.map { $0.render(values) }.joined(separator: " "))
      ]
      return
    default:
      break
    }
    var background = random.sample(
      lexicon.background(context.audience.group), count: random.int(in: 2...3))
    if context.year >= 2021 && random.chance(35) {
      background.insert(random.pick(lexicon.pandemicBackground), at: 0)
    }
    let objective = [random.pick(lexicon.objective(context.design))]
    let group = context.audience.group
    let short = context.design == .conferenceAbstract
    let methods = lexicon.methods(context.design, group: group).prefix(short ? 2 : 9)
      .map { random.pick($0) }
    let results = lexicon.results(context.design, group: group).prefix(short ? 3 : 9)
      .map { random.pick($0) }
    let conclusionPool = context.purpose.conclusions
    var conclusions: [Template] = conclusionPool.isEmpty ? [] : [random.pick(conclusionPool)]
    if random.chance(60) {
      conclusions.append(random.pick(lexicon.closing(context.audience.group)))
    }
    let parts: [([Template], [(String, String?)])] = [
      (background, AbstractPatterns.backgroundLabels),
      (objective, AbstractPatterns.objectiveLabels),
      (methods, AbstractPatterns.methodsLabels),
      (results, AbstractPatterns.resultsLabels),
      (conclusions, AbstractPatterns.conclusionsLabels),
    ]
    if context.design == .conferenceAbstract {
      background = Array(background.prefix(1))
      conclusions = Array(conclusions.prefix(1))
    }
    let isStructured = structured ?? random.chance(context.design == .conferenceAbstract ? 50 : 72)
    let withCategories = random.chance(92)
    var sections: [AbstractSection] = []
    for (templates, labels) in parts where !templates.isEmpty {
      let text = templates.map { $0.render(values) }.joined(separator: " ")
      let (label, category) = random.pick(labels)
      sections.append(
        AbstractSection(label: label, category: withCategories ? category : nil, text: text))
    }
    if isStructured {
      study.abstract = sections
    } else {
      study.abstract = [AbstractSection(text: sections.map(\.text).joined(separator: " "))]
    }
    if random.chance(30) {
      study.copyright = Self.copyright(year: context.year, random: &random)
    }
    if context.language == "ger" && random.chance(70) {
      study.otherAbstract = VernacularAbstracts.german.map { section in
        AbstractSection(label: section.label, text: Template(section.text).render(values))
      }
    }
  }

  private static func copyright(year: Int, random: inout SeededGenerator) -> String {
    switch random.int(below: 4) {
    case 0: "© \(year) The Authors. Published by John Wiley & Sons Ltd."
    case 1: "Copyright © \(year) Elsevier Inc. All rights reserved."
    case 2: "© \(year). The Author(s)."
    default: "© \(year) Association for the Study of Clinical Training and John Wiley & Sons Ltd."
    }
  }

  /// A title for an invented reference-list entry.
  static func referenceTitle(lexicon: Lexicon, random: inout SeededGenerator) -> String {
    let audience = random.pick(weighted: Audiences.weighted)
    let design = random.pick(weighted: audience.designs)
    let purpose = lexicon.purpose(random.pick(audience.purposes))
    var values = SlotValues()
    let platform = random.pick(Platforms.all)
    let specialty = random.pick(lexicon.specialties)
    values[.platform] = platform.name
    values[.platformAttr] = platform.attributive
    values[.content] = platform.content
    values[.topic] = random.pick(purpose.titleNames)
    values[.design] = random.pick(lexicon.designPhrase(design))
    values[.specialty] = specialty.name
    values[.procedure] = random.pick(specialty.procedures)
    values[.hashtag] = random.pick(specialty.hashtags)
    values[.condition] = random.pick(Audiences.conditions)
    values[.theme1] = random.pick(purpose.themes).capitalizingFirstLetter()
    values[.country] = random.pick(Places.countries).inSentence
    values[.population] =
      audience.group == .trainees
      ? random.pick(["residents", "surgical trainees", "junior doctors", "registrars"])
      : (lexicon.populations(audience).first?.render(values) ?? "students")
    let patterns = lexicon.titles(design, group: audience.group)
    return patterns.isEmpty ? "Social media in medicine" : random.pick(patterns).render(values)
  }
}
