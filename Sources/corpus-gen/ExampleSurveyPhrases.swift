/// The sentences the example survey's free-text answers are made of, by theme.
///
/// Written for the example: each theme has several ways of saying it, so that the codebook's
/// patterns must generalise and a few answers need a coder's judgement.
enum ExampleSurveyPhrases {
  /// Themes of "What have you gained from social media in your training?".
  static let gainedThemes = ["audiovisual", "networks", "research", "patients"]

  static let phrases: [String: [String]] = [
    "audiovisual": [
      "Watching short procedure videos on YouTube before doing a {procedure} myself.",
      "I learn a lot from podcasts on the commute, much easier than reading.",
      "Video demonstrations of {procedure} helped me more than the textbook.",
      "Online tutorials and recorded lectures let me revise at my own pace.",
    ],
    "networks": [
      "A much wider network of colleagues outside my deanery.",
      "I have made contacts with trainees across the country and keep learning from them.",
      "Following consultants on Twitter keeps me up to date with ongoing learning.",
      "Connecting with people in my specialty I would never have met otherwise.",
    ],
    "research": [
      "I found collaborators for an audit through Twitter.",
      "Joined a trainee research collaborative that recruits over social media.",
      "Co-authored a paper with someone I met online.",
      "Research projects across several hospitals organised in a WhatsApp group.",
    ],
    "patients": [
      "I point patients to good videos that explain their condition.",
      "Useful for patient education, for example sharing reliable leaflets and videos.",
      "Patients ask about things they saw online, so I use it to explain treatment.",
    ],
    "integration": [
      "It is not part of the curriculum at all; nobody talks about it in teaching.",
      "Our programme gives no guidance on using social media for learning.",
      "Teaching ignores social media even though everyone uses it.",
      "The programme should recommend good channels instead of leaving us to find them.",
      "Social media is not integrated into our training; it should be.",
    ],
    "professionalism": [
      "Give clear guidance on confidentiality and privacy when posting.",
      "Worried about unprofessional posts and what my employer can see.",
      "Teach us the GMC guidance on professional behaviour online.",
    ],
  ]

  static let procedures = ["lumbar puncture", "chest drain", "central line", "joint aspiration"]

  /// One phrase of `theme`, with its slot filled.
  static func phrase(for theme: String, _ random: inout SeededGenerator) -> String {
    let text = random.pick(phrases[theme] ?? [""])
    return text.replacing("{procedure}", with: random.pick(procedures))
  }
}
