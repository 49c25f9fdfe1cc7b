/// The example study's questionnaire of core trainees: sent to 60, returned by 42 (70%).
///
/// Each respondent is drawn from their own stream of the seed. Their free-text answers are
/// put together from phrases that carry the study's themes, and their ratings lean towards
/// agreeing where their answers speak of the same thing, as real answers do.
struct ExampleSurvey {
  static let distributed = 60
  static let returned = 42
  static let grades = ["CT1", "CT2", "CT3"]
  static let programmes = ["Core medical training", "Core surgical training"]
  static let platforms = [
    "YouTube", "Twitter", "Facebook", "WhatsApp", "Podcasts", "Instagram", "LinkedIn",
  ]
  static let scale = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
  /// The Likert items: id, column header, and the theme whose mention makes agreeing likelier.
  static let items: [(id: String, header: String, theme: String?)] = [
    ("value_learning", "Social media is valuable for my learning", "audiovisual"),
    ("value_research", "Social media is valuable for research", "research"),
    ("value_networking", "Social media helps me build a professional network", "networks"),
    ("value_patient_education", "Social media is useful for educating patients", "patients"),
    (
      "programme_integration", "My training programme makes use of social media in teaching",
      nil
    ),
  ]

  let seed: UInt64

  /// One returned questionnaire.
  struct Respondent {
    var id: String
    var timestamp: String
    var grade: String
    var programme: String
    var usesSocialMedia: Bool
    var platforms: [String]
    var ratings: [String?]
    var hours: String
    var gained: String
    var programmeShould: String
  }

  /// The 42 returned questionnaires, in the order they came in.
  func respondents() -> [Respondent] {
    (0..<Self.returned).map { index in
      var random = SeededGenerator(seed: seed, stream: 70_000 + UInt64(index))
      return respondent(index, &random)
    }
  }

  private func respondent(_ index: Int, _ random: inout SeededGenerator) -> Respondent {
    let grade = random.pick(weighted: [("CT1", 16), ("CT2", 15), ("CT3", 11)])
    let programme = random.pick(weighted: [(Self.programmes[0], 26), (Self.programmes[1], 16)])
    let uses = random.chance(90)
    let gainedThemes =
      uses ? random.sample(ExampleSurveyPhrases.gainedThemes, count: random.int(in: 1...2)) : []
    var shouldThemes = [
      random.pick(weighted: [("integration", 6), ("professionalism", 3), ("audiovisual", 2)])
    ]
    if random.chance(30) {
      let second = random.pick(["integration", "professionalism"])
      if second != shouldThemes[0] { shouldThemes.append(second) }
    }
    let mentioned = Set(gainedThemes + shouldThemes)
    var platforms: [String] = []
    if uses {
      for platform in Self.platforms where random.chance(platformChance(platform, mentioned)) {
        platforms.append(platform)
      }
      if platforms.isEmpty { platforms = ["YouTube"] }
    }
    let ratings = Self.items.map { item -> String? in
      if random.chance(4) { return nil }
      let leaning = item.theme.map(mentioned.contains) ?? false
      let weights =
        item.theme == nil
        ? [(0, 14), (1, 16), (2, 7), (3, 4), (4, 1)]
        : leaning
          ? [(0, 0), (1, 2), (2, 4), (3, 14), (4, 10)] : [(0, 2), (1, 6), (2, 10), (3, 9), (4, 3)]
      return Self.scale[random.pick(weighted: weights)]
    }
    let day = 3 + index / 4
    let minute = random.int(below: 60)
    let hour = 8 + random.int(below: 12)
    return Respondent(
      id: "R" + (index + 1 < 10 ? "0" : "") + String(index + 1),
      timestamp:
        "2024/03/\(day < 10 ? "0" : "")\(day) \(hour):\(minute < 10 ? "0" : "")\(minute):00",
      grade: grade, programme: programme, usesSocialMedia: uses, platforms: platforms,
      ratings: ratings, hours: uses ? String(random.int(in: 1...9)) : "0",
      gained: gainedThemes.map { ExampleSurveyPhrases.phrase(for: $0, &random) }
        .joined(separator: random.chance(15) ? "\n" : " "),
      programmeShould: shouldThemes.map { ExampleSurveyPhrases.phrase(for: $0, &random) }
        .joined(separator: " "))
  }

  private func platformChance(_ platform: String, _ themes: Set<String>) -> Int {
    switch platform {
    case "YouTube": themes.contains("audiovisual") ? 95 : 70
    case "Podcasts": themes.contains("audiovisual") ? 70 : 30
    case "Twitter": themes.contains("networks") || themes.contains("research") ? 80 : 40
    case "LinkedIn": themes.contains("networks") ? 50 : 15
    case "WhatsApp": 65
    case "Facebook": themes.contains("patients") ? 55 : 30
    default: 25
    }
  }
}
