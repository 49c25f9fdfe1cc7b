/// Composes a record's indexing: MeSH headings (MEDLINE records only), author keywords and the
/// Emtree-like terms Embase gives it.
extension StudyComposer {
  func composeIndexing(
    _ study: inout Study, context: StudyContext, pubmedOnlyFields: Bool,
    random: inout SeededGenerator
  ) {
    let indexed = study.status == .medline && (!isShortItem(context.design) || random.chance(50))
    if indexed && pubmedOnlyFields {
      study.mesh = meshHeadings(study: study, context: context, random: &random)
    }
    if context.design != .erratum && (context.year >= 2008 ? random.chance(70) : random.chance(20))
    {
      study.keywords = keywords(context: context, random: &random)
    }
    study.emtree = emtree(study: study, context: context, random: &random)
  }

  private func meshHeadings(
    study: Study, context: StudyContext, random: inout SeededGenerator
  ) -> [MeshHeadingTerm] {
    var headings: [MeshHeadingTerm] = []
    var seen: Set<String> = []
    func add(
      _ concept: MeshConcept, major: Bool = false, qualifiers: [MeshConcept] = [],
      geographic: Bool = false
    ) {
      guard seen.insert(concept.ui).inserted else { return }
      let majorQualifier = major && !qualifiers.isEmpty && random.chance(60)
      headings.append(
        MeshHeadingTerm(
          descriptor: concept, major: major && !majorQualifier, geographic: geographic,
          qualifiers: qualifiers.enumerated().map { ($1, majorQualifier && $0 == 0) }))
    }
    let qualifierPool = [
      MeshVocabulary.methods, MeshVocabulary.statistics, MeshVocabulary.organization,
      MeshVocabulary.standards, MeshVocabulary.trends, MeshVocabulary.psychology,
      MeshVocabulary.utilization, MeshVocabulary.ethics,
    ]
    add(
      MeshVocabulary.socialMedia, major: true,
      qualifiers: random.sample(
        [
          MeshVocabulary.statistics, MeshVocabulary.utilization,
          MeshVocabulary.ethics, MeshVocabulary.standards,
        ],
        count: random.int(in: 0...2)))
    for (index, concept) in context.audience.mesh.enumerated() {
      add(
        concept, major: index == 0,
        qualifiers: random.sample(qualifierPool, count: random.int(in: 0...2)))
    }
    for concept in context.purpose.purpose.mesh.prefix(2) {
      add(
        concept, major: random.chance(40),
        qualifiers: random.chance(30) ? [random.pick(qualifierPool)] : [])
    }
    if context.audience.group == .trainees && random.chance(50) {
      add(context.specialty.mesh, qualifiers: [MeshVocabulary.education])
    }
    if let platformMesh = context.platforms.first?.mesh { add(platformMesh) }
    switch context.design {
    case .survey:
      add(MeshVocabulary.surveys)
      if random.chance(70) { add(MeshVocabulary.crossSectional) }
    case .qualitative:
      add(MeshVocabulary.qualitative)
      add(random.chance(50) ? MeshVocabulary.interviews : MeshVocabulary.focusGroups)
    case .mixedMethods:
      add(MeshVocabulary.surveys)
      add(MeshVocabulary.qualitative)
    case .intervention, .randomisedTrial:
      add(MeshVocabulary.programEvaluation)
      add(MeshVocabulary.educationalMeasurement)
      if random.chance(40) { add(MeshVocabulary.pilot) }
    case .contentAnalysis:
      add(random.chance(50) ? MeshVocabulary.retrospective : MeshVocabulary.crossSectional)
    default:
      break
    }
    let peopleStudied: Bool
    switch context.design {
    case .survey, .qualitative, .mixedMethods, .intervention, .randomisedTrial: peopleStudied = true
    default: peopleStudied = false
    }
    add(MeshVocabulary.humans)
    if peopleStudied {
      add(MeshVocabulary.female)
      add(MeshVocabulary.male)
      add(context.audience.group == .youngPeople ? MeshVocabulary.adolescent : MeshVocabulary.adult)
      if context.audience.group == .careResidents { add(MeshVocabulary.aged) }
      if random.chance(40) { add(MeshVocabulary.youngAdult) }
      if context.audience.group == .trainees && random.chance(60) { add(MeshVocabulary.attitude) }
      if random.chance(25) { add(MeshVocabulary.competence) }
      add(context.country.mesh, geographic: true)
    }
    if context.year >= 2020 && random.chance(35) {
      add(MeshVocabulary.covid, qualifiers: random.chance(50) ? [MeshVocabulary.epidemiology] : [])
      add(MeshVocabulary.pandemics)
    }
    return headings.sorted { $0.descriptor.sortKey < $1.descriptor.sortKey }
  }

  private func keywords(context: StudyContext, random: inout SeededGenerator) -> [String] {
    var pool = context.purpose.purpose.keywords.map(context.lexicon.convert)
    pool.append(random.chance(50) ? "social media" : "Social media")
    if let platform = context.platforms.first { pool.append(platform.name) }
    switch context.audience.group {
    case .trainees:
      pool.append(
        random.pick(["postgraduate medical education", "graduate medical education", "residency"]))
      pool.append(random.chance(50) ? "medical education" : "#MedEd")
    case .learners: pool.append("undergraduate education")
    default: pool.append(context.lexicon.convert(context.audience.people))
    }
    var unique: [String] = []
    for keyword in random.shuffled(pool) where !unique.contains(keyword) {
      unique.append(keyword)
    }
    return Array(unique.prefix(random.int(in: 3...7)))
  }

  private func emtree(study: Study, context: StudyContext, random: inout SeededGenerator)
    -> [String]
  {
    var terms: [String] = ["social media", "human"]
    switch context.design {
    case .editorial: terms.append("editorial")
    case .letter, .comment: terms.append("letter")
    case .erratum: terms.append("erratum")
    case .narrativeReview, .scopingReview: terms.append("review")
    case .systematicReview: terms += ["systematic review", "review"]
    case .conferenceAbstract: terms.append("conference abstract")
    default: terms.append("article")
    }
    terms += context.audience.emtree
    terms += context.purpose.purpose.emtree
    terms += context.platforms.prefix(2).map(\.emtree)
    if context.audience.group == .trainees { terms.append(context.specialty.emtree) }
    switch context.design {
    case .survey, .mixedMethods:
      terms += ["questionnaire", "cross-sectional study", "adult", "female", "male"]
      if (Int(context.values[.responded]) ?? 0) >= 1000 { terms.append("major clinical study") }
    case .qualitative: terms += ["qualitative research", "interview", "adult", "female", "male"]
    case .intervention, .randomisedTrial:
      terms += ["controlled study", "educational model", "adult"]
    case .contentAnalysis: terms += ["content analysis", "information quality"]
    default: break
    }
    terms.append(context.country.name)
    if context.year >= 2020 && random.chance(40) {
      terms += ["coronavirus disease 2019", "pandemic"]
    }
    if random.chance(30) { terms.append("priority journal") }
    var unique: [(key: String, term: String)] = []
    for term in terms where !unique.contains(where: { $0.term == term }) {
      unique.append((term.lowercased(), term))
    }
    return unique.sorted { $0.key < $1.key }.map(\.term)
  }
}
