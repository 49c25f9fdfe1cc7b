/// Fills a record's slots: who was studied, where, with which platforms, and the numbers.
extension StudyComposer {
  func fillValues(_ context: inout StudyContext, random: inout SeededGenerator) {
    var values = SlotValues()
    let lexicon = context.lexicon
    let year = context.year
    let platforms = context.platforms
    let first = platforms.first ?? Platforms.all[0]
    values[.platform] = Platforms.displayName(first, year: year)
    values[.platform2] =
      platforms.count > 1 ? Platforms.displayName(platforms[1], year: year) : "blogs"
    values[.platform3] =
      platforms.count > 2 ? Platforms.displayName(platforms[2], year: year) : "podcasts"
    values[.platforms] = "\(values[.platform]), \(values[.platform2]) and \(values[.platform3])"
    values[.content] = first.content
    values[.platformAttr] = Platforms.attributive(first, year: year)
    values[.platformArticle] =
      "AEIOX".contains(values[.platformAttr].prefix(1).uppercased()) ? "an" : "a"
    values[.specialty] = context.specialty.name
    values[.specialtyAdj] = context.specialty.adjective
    values[.procedure] = random.pick(context.specialty.procedures)
    values[.hashtag] = random.chance(60) ? random.pick(context.specialty.hashtags) : "#MedEd"
    values[.country] = context.country.inSentence
    values[.purpose] = context.purpose.name
    values[.topic] = random.pick(context.purpose.titleNames)
    values[.design] = random.pick(lexicon.designPhrase(context.design))
    values[.condition] = random.pick(Audiences.conditions)
    let units = lexicon.convert(random.pick(context.country.trainingUnits))
    values[.programmes] = units
    values[.sites] = String(random.int(in: 2...40))
    if AbstractPatterns.isProfessional(context.audience.group) {
      values[.setting] =
        random.chance(50)
        ? "\(values[.sites]) \(units)" : lexicon.convert(random.pick(Self.settings))
    } else {
      values[.setting] = lexicon.convert(random.pick(Self.publicSettings))
    }
    values[.society] = random.pick(Self.societies)
    values[.conference] = "the \(year - 1) annual meeting of the \(values[.society])"
    values[.k] = String(random.int(in: 3...12))
    values[.items] = String(random.int(in: 12...45))
    values[.weeks] = String(random.int(in: 4...24))
    values[.n] = String(countForDesign(context.design, random: &random))
    let studies = random.int(in: 8...120)
    values[.studies] = String(studies)
    values[.records] = String(studies * random.int(in: 10...60))
    let startMonth = random.int(in: 0...8)
    values[.startMonth] = AbstractPatterns.months[startMonth]
    values[.endMonth] = AbstractPatterns.months[startMonth + random.int(in: 1...3)]
    values[.studyYear] = String(year - random.int(in: 1...2))
    values[.duration] = random.pick(Self.durations)
    fillPeople(&values, context: context, random: &random)
    fillNumbers(&values, context: context, random: &random)
    values[.score] = random.pick(AbstractPatterns.scores)
    values[.databases] = random.pick(AbstractPatterns.databases)
    values[.statistic] =
      random.chance(10)
      ? "\u{3C7}\(InlineMarkup.superscript("2")) tests" : random.pick(AbstractPatterns.statistics)
    let themes = random.shuffled(context.purpose.themes)
    let themeSlots: [Slot] = [.theme1, .theme2, .theme3, .theme4]
    for (index, slot) in themeSlots.enumerated() {
      values[slot] = themes.isEmpty ? "uncertainty" : themes[index % themes.count]
    }
    let findings = random.shuffled(context.purpose.findings)
    values[.finding1] = findings.first?.render(values) ?? ""
    values[.finding2] = findings.count > 1 ? findings[1].render(values) : values[.finding1]
    values[.finding3] = findings.count > 2 ? findings[2].render(values) : values[.finding1]
    context.values = values
  }

  private func fillPeople(
    _ values: inout SlotValues, context: StudyContext, random: inout SeededGenerator
  ) {
    guard context.audience.group == .trainees else {
      values[.people] = context.lexicon.convert(context.audience.people)
      let patterns = context.lexicon.populations(context.audience)
      values[.population] = patterns.isEmpty ? "participants" : random.pick(patterns).render(values)
      return
    }
    let noun = context.lexicon.convert(random.pick(context.country.traineeNouns))
    let adjective = context.specialty.adjective
    let population: String
    switch random.int(below: 10) {
    case 0..<4 where noun.hasPrefix("core "):
      population = "core \(adjective) \(noun.dropFirst(5))"
    case 0..<4:
      population = "\(adjective) \(noun)"
    case 4..<6:
      population = noun
    case 6..<8:
      population = "\(noun) in \(context.specialty.name)"
    default:
      population = context.lexicon.convert(random.pick(Self.genericTrainees))
    }
    values[.population] = population
    values[.trainee] = noun
    let last = noun.split(separator: " ").last.map(String.init) ?? "trainees"
    if noun.contains("resident") {
      values[.people] = "residents"
    } else {
      values[.people] = last == "training" ? "trainees" : last
    }
  }

  private func fillNumbers(
    _ values: inout SlotValues, context: StudyContext, random: inout SeededGenerator
  ) {
    let invited = random.int(in: 60...2400)
    let ratePerMille = random.int(in: 150...850)
    let responded = max(12, invited * ratePerMille / 1000)
    values[.invited] = String(invited)
    values[.responded] = String(responded)
    values[.rate] = Self.decimal(responded * 1000 / invited)
    // p1 > p2 > p6, for sentences that rank platforms; p3 to p5 are independent.
    let ranked = (0..<3).map { _ in random.int(in: 40...960) }.sorted(by: >)
    let percentSlots: [Slot] = [.p1, .p2, .p6, .p3, .p4, .p5]
    for (index, slot) in percentSlots.enumerated() {
      let perMille = index < 3 ? ranked[index] : random.int(in: 40...960)
      values[slot] = random.chance(50) ? Self.decimal(perMille) : String(perMille / 10)
    }
    let american = context.journal.spelling == .american && random.chance(40)
    let pickedP = random.pick(["0.001", "0.002", "0.01", "0.02", "0.03", "0.04", "0.008"])
    if american {
      let shown = pickedP == "0.001" ? "< .001" : "= \(pickedP.dropFirst())"
      values[.pvalue] = "\(InlineMarkup.italic("P")) \(shown)"
    } else {
      values[.pvalue] = pickedP == "0.001" ? "p < 0.001" : "p = \(pickedP)"
    }
    values[.effect] = effect(context: context, random: &random)
  }

  private func effect(context: StudyContext, random: inout SeededGenerator) -> String {
    let low = random.int(in: 5...40)
    let high = low + random.int(in: 10...60)
    switch context.purpose.purpose.key {
    case "videoquality":
      return "\(random.int(in: 1...3)).\(random.int(in: 0...9)) out of 5"
    case "trialrecruitment":
      return "US$\(random.int(in: 3...60)).\(random.int(in: 10...99))"
    case "youthmental", "participation":
      let beta = random.int(in: 8...40)
      let margin = random.int(in: 3...7)
      return "\u{3B2} = \(Self.hundredths(beta)), 95% CI \(Self.hundredths(beta - margin)) to "
        + "\(Self.hundredths(beta + margin))"
    default:
      let difference = (low + high) / 2
      return "mean difference \(Self.decimal(difference)) points, 95% CI \(Self.decimal(low)) to "
        + "\(Self.decimal(high))"
    }
  }

  private func countForDesign(_ design: Design, random: inout SeededGenerator) -> Int {
    switch design {
    case .qualitative: random.int(in: 12...42)
    case .contentAnalysis: random.int(in: 100...5000)
    case .systematicReview, .scopingReview: random.int(in: 800...24_000)
    case .mixedMethods: random.int(in: 10...30)
    default: random.int(in: 20...400)
    }
  }

  /// `hundredths` as a number with two decimals: 7 → `0.07`.
  static func hundredths(_ hundredths: Int) -> String {
    "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }

  /// `tenths` as a number with one decimal: 702 → `70.2`.
  static func decimal(_ tenths: Int) -> String {
    "\(tenths / 10).\(tenths % 10)"
  }

  static let settings: [String] = [
    "a large teaching hospital", "a regional training network", "two university hospitals",
    "a tertiary referral centre", "three teaching hospitals", "a single deanery",
  ]

  static let publicSettings: [String] = [
    "specialist outpatient clinics", "patient support organisations", "secondary schools",
    "two universities", "general practices", "community centres",
  ]

  static let genericTrainees: [String] = [
    "postgraduate medical trainees", "doctors in training", "resident physicians",
    "postgraduate trainees", "junior doctors",
  ]

  static let durations: [String] = [
    "the three-day meeting", "the annual congress", "a two-week period", "the study period",
  ]

  /// Invented societies, for conferences and affiliations.
  static let societies: [String] = [
    "Society for Postgraduate Clinical Educators", "European Forum of Trainee Doctors",
    "International Association for Digital Medical Education",
    "Society of Surgical Educators in Training", "Northern Deanery Education Network",
    "Association of Emergency Medicine Trainees", "Federation of Paediatric Trainee Educators",
  ]
}
