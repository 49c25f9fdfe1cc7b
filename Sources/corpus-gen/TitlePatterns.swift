/// Title patterns by kind of study.
///
/// `{topic}` is a short name of the record's purpose and `{design}` a phrase for its design
/// (`national survey`, `qualitative study`).
enum TitlePatterns {
  /// Titles for research articles and reviews.
  static func titles(_ design: Design, group: AudienceGroup) -> [String] {
    switch (design, group) {
    case (.contentAnalysis, .patients), (.contentAnalysis, .youngPeople):
      [
        "Quality and reliability of {platformAttr} {content} about {condition}: {design}",
        "{Content} about {condition} on {platform}: what are {population} seeing?",
        "Assessing the quality of information on {condition} on {platform}",
      ]
    case (.qualitative, .trainees), (.qualitative, .learners), (.qualitative, .clinicians):
      [
        "{Theme1}: a qualitative study of {topic} among {population}",
        "Experiences of {topic} through social media among {population}: a qualitative study",
        "\"It's where the learning happens\": {population} on {topic} and social media",
        "Understanding {topic}: an interview study with {population} in {country}",
      ]
    case (.contentAnalysis, .trainees), (.contentAnalysis, .learners),
      (.contentAnalysis, .clinicians):
      [
        "Quality and reliability of {platformAttr} {content} on {procedure}: {design}",
        "What are they posting? {Design} of {hashtag}",
        "{Topic} on {platform}: {design} of {content} by {population}",
        "Educational value of {platformAttr} {content} for {specialty} training",
      ]
    case (.intervention, .trainees), (.randomisedTrial, .trainees):
      [
        "{PlatformAttr}-based {topic} teaching for {population}: {design}",
        "Teaching through {platform} in {specialty} training: {design}",
        "Can {platform} improve learning among {population}? {Design}",
      ]
    case (.systematicReview, .trainees), (.scopingReview, .trainees):
      [
        "Social media and {topic} in postgraduate medical education: {design}",
        "Use of social media for {topic} by {population}: {design}",
        "Social media in {specialty} training: {design}",
      ]
    case (.narrativeReview, .trainees):
      [
        "Social media in postgraduate medical training: opportunities and risks",
        "{Topic} in the age of social media: a narrative review",
        "Twelve tips for using {platform} in {specialty} training",
        "Social media for {topic}: a practical guide for {population}",
      ]
    case (.editorial, .trainees):
      [
        "Social media and the modern trainee",
        "Time to take {topic} seriously",
        "Should training programmes embrace social media?",
        "The trainee, the tweet and the regulator",
        "Social media is not a curriculum",
      ]
    case (.letter, .trainees), (.comment, .trainees):
      [
        "Social media use by {population}: a word of caution",
        "{Platform} and {topic}: a trainee perspective",
        "{Topic} online needs clearer guidance",
      ]
    case (_, .trainees):
      [
        "Use of {platform} for {topic} among {population}: {design}",
        "Social media for {topic} in {specialty} training: {design} of {population} in {country}",
        "How do {population} use social media for {topic}? {Design}",
        "{Topic} through social media: perspectives of {population}",
        "Use of social media by {population} in {country}: {design}",
        "The role of {platform} in {specialty} training: {design}",
        "Are {population} ready for {topic}? {Design}",
        "Beyond the teaching programme: {topic} on {platform} among {population}",
      ]
    default:
      outsideTraining(design)
    }
  }

  /// Titles for records about anyone but doctors in training.
  private static func outsideTraining(_ design: Design) -> [String] {
    switch design {
    case .qualitative:
      [
        "{Theme1}: a qualitative study of {topic} among {population}",
        "Experiences of {topic} through social media among {population}: a qualitative study",
      ]
    case .contentAnalysis:
      [
        "{Topic} on {platform}: {design} of {content}",
        "What do {population} post? {Design} of {topic} on {platform}",
      ]
    case .intervention, .randomisedTrial:
      ["{PlatformAttr}-based intervention for {topic} among {population}: {design}"]
    case .systematicReview, .scopingReview:
      ["Social media and {topic} among {population}: {design}"]
    case .narrativeReview:
      [
        "{Topic} in the age of social media: a narrative review",
        "Social media and {topic}: what clinicians need to know",
      ]
    case .editorial:
      ["{Topic} and social media: time for a rethink", "What should we do about {topic} online?"]
    case .letter, .comment:
      ["{Topic} on {platform}: a cautionary note"]
    default:
      [
        "Use of {platform} for {topic} among {population}: {design}",
        "How do {population} use social media for {topic}? {Design}",
        "Use of social media by {population} in {country}: {design}",
        "{Topic} and social media among {population} in {country}",
      ]
    }
  }

  /// Phrases naming a design inside a title, with their article.
  static func designPhrases(_ design: Design) -> [String] {
    switch design {
    case .survey, .conferenceAbstract:
      [
        "a national survey", "a cross-sectional survey", "a multicentre survey",
        "a questionnaire study",
      ]
    case .qualitative: ["a qualitative study", "an interview study"]
    case .mixedMethods: ["a mixed-methods study"]
    case .contentAnalysis: ["a content analysis", "a cross-sectional analysis"]
    case .intervention: ["a pilot evaluation", "a before-and-after study", "a feasibility study"]
    case .randomisedTrial: ["a randomised controlled trial", "a pilot randomised trial"]
    case .systematicReview: ["a systematic review", "a systematic review and meta-analysis"]
    case .scopingReview: ["a scoping review"]
    case .narrativeReview, .editorial, .letter, .comment, .erratum: ["a review"]
    }
  }

  /// Non-English titles with the English translation PubMed shows in brackets, by language code.
  static let vernacular: [(language: String, original: String, english: String)] = [
    (
      "ger",
      """
      Soziale Medien in der ärztlichen Weiterbildung: eine bundesweite Umfrage unter \
      Assistenzärztinnen und Assistenzärzten
      """,
      "Social media in postgraduate medical training: a nationwide survey of residents"
    ),
    (
      "ger", "Lernen mit YouTube und Podcasts in der chirurgischen Weiterbildung",
      "Learning with YouTube and podcasts in surgical training"
    ),
    (
      "ger",
      """
      Professionelles Verhalten in sozialen Netzwerken: Was Weiterbildungsassistenten wissen \
      müssen
      """,
      "Professional behaviour on social networks: what residents need to know"
    ),
    (
      "fre", "Les réseaux sociaux dans la formation des internes : enquête nationale",
      "Social networks in the training of residents: a national survey"
    ),
    (
      "fre", "Usage de Twitter par les internes de médecine d'urgence : étude qualitative",
      "Use of Twitter by emergency medicine residents: a qualitative study"
    ),
    (
      "spa",
      "Uso de las redes sociales por los médicos residentes: estudio transversal multicéntrico",
      "Use of social networks by resident physicians: a multicentre cross-sectional study"
    ),
    (
      "spa", "WhatsApp como herramienta docente en la formación sanitaria especializada",
      "WhatsApp as a teaching tool in specialist health training"
    ),
    (
      "por", "Redes sociais na residência médica: revisão integrativa",
      "Social networks in medical residency: an integrative review"
    ),
    (
      "por", "Uso do Instagram para educação de pacientes por médicos residentes",
      "Use of Instagram for patient education by medical residents"
    ),
    (
      "chi", "社交媒体在住院医师规范化培训中的应用现状调查",
      "Survey of the current use of social media in standardized residency training"
    ),
    (
      "chi", "基于微信平台的教学模式在外科住院医师培训中的应用",
      "Application of a WeChat-based teaching model in surgical residency training"
    ),
  ]
}
