/// A review protocol, as `protocol.yaml` states it (see `Schemas/protocol.schema.json`).
///
/// The values are plain data. Rules are kept as the text the reviewers wrote; the `Screening`
/// target decodes the file, parses the rules and reports any mistake with its file, line and key.
public struct ReviewProtocol: Sendable, Hashable, Codable {
  /// The version of the protocol format; 1 is the only one so far.
  public var version: Int
  public var title: String
  /// The review question, if the protocol states one.
  public var question: ReviewQuestion?
  /// The databases and registers searched, as `litrev import --source` names them.
  public var sources: [String]
  public var stages: ScreeningStages
  public var criteria: EligibilityCriteria
  /// Reasons for excluding a full text, in the order the PRISMA diagram lists them.
  public var fullTextExclusionReasons: [ExclusionReason]
  public var highlight: HighlightTerms
  public var deduplication: DeduplicationSettings
  /// The data-extraction form: the fields extracted from each included study, in order.
  public var extraction: [ExtractionField] = []

  public init(
    version: Int = 1, title: String, question: ReviewQuestion? = nil, sources: [String] = [],
    stages: ScreeningStages = ScreeningStages(), criteria: EligibilityCriteria = .init(),
    fullTextExclusionReasons: [ExclusionReason] = [], highlight: HighlightTerms = .init(),
    deduplication: DeduplicationSettings = .init()
  ) {
    self.version = version
    self.title = title
    self.question = question
    self.sources = sources
    self.stages = stages
    self.criteria = criteria
    self.fullTextExclusionReasons = fullTextExclusionReasons
    self.highlight = highlight
    self.deduplication = deduplication
  }

  /// The extraction field named `name`, if the form has one.
  public func extractionField(_ name: String) -> ExtractionField? {
    extraction.first { $0.name == name }
  }

  /// The full-text exclusion reason whose id or label is `text`, if any: case is ignored, and
  /// spaces or hyphens stand for the id's underscores (`wrong population` is `wrong_population`).
  public func fullTextExclusionReason(_ text: String) -> ExclusionReason? {
    let wanted = text.lowercased().trimmingWhitespace()
    let asID = wanted.replacing(" ", with: "_").replacing("-", with: "_")
    return fullTextExclusionReasons.first {
      $0.id == asID || $0.label.lowercased() == wanted
    }
  }
}

/// The question a review answers, in one of the two frameworks reviewers use.
public enum ReviewQuestion: Sendable, Hashable, Codable {
  /// Population, intervention, comparison, outcome.
  case pico(population: String, intervention: String, comparison: String, outcome: String)
  /// Sample, phenomenon of interest, design, evaluation, research type (for qualitative and
  /// mixed-methods reviews).
  case spider(
    sample: String, phenomenonOfInterest: String, design: String, evaluation: String,
    researchType: String)
}

/// How each screening stage is run.
public struct ScreeningStages: Sendable, Hashable, Codable {
  public var titleAbstract: StageSettings
  public var fullText: StageSettings

  public init(
    titleAbstract: StageSettings = StageSettings(), fullText: StageSettings = StageSettings()
  ) {
    self.titleAbstract = titleAbstract
    self.fullText = fullText
  }

  /// The settings of `stage`.
  public subscript(stage: ScreeningStage) -> StageSettings {
    switch stage {
    case .titleAbstract: titleAbstract
    case .fullText: fullText
    }
  }
}

/// How many people screen each record at a stage, and whether they see each other's decisions.
public struct StageSettings: Sendable, Hashable, Codable {
  /// 1 or 2.
  public var reviewersPerRecord: Int
  /// True when reviewers do not see each other's decisions while screening.
  public var isBlind: Bool

  public init(reviewersPerRecord: Int = 2, isBlind: Bool = true) {
    self.reviewersPerRecord = reviewersPerRecord
    self.isBlind = isBlind
  }
}

/// The eligibility criteria: the built-in hard criteria and the reviewers' own.
public struct EligibilityCriteria: Sendable, Hashable, Codable {
  /// Records published outside these years are ineligible; nil when the protocol sets no limit.
  public var publicationYears: ClosedRange<Int>?
  /// The languages a record must be in (any one of them); empty for no limit.
  public var languages: [String]
  /// Publication types that make a record ineligible (`Editorial`, `Letter`, `Comment`).
  public var excludedPublicationTypes: [String]
  public var include: [Criterion]
  public var exclude: [Criterion]

  public init(
    publicationYears: ClosedRange<Int>? = nil, languages: [String] = [],
    excludedPublicationTypes: [String] = [], include: [Criterion] = [], exclude: [Criterion] = []
  ) {
    self.publicationYears = publicationYears
    self.languages = languages
    self.excludedPublicationTypes = excludedPublicationTypes
    self.include = include
    self.exclude = exclude
  }
}

/// One inclusion or exclusion criterion.
public struct Criterion: Sendable, Hashable, Codable {
  /// A stable snake_case id: decisions store it as their reason.
  public var id: String
  /// What the criterion says, for people.
  public var label: String
  /// A rule in the query language, if the criterion can be checked automatically.
  public var rule: String?
  /// Where the rule stands in the protocol file.
  public var ruleLocation: SourceLocation?

  public init(id: String, label: String, rule: String? = nil, ruleLocation: SourceLocation? = nil) {
    self.id = id
    self.label = label
    self.rule = rule
    self.ruleLocation = ruleLocation
  }
}

/// A reason for excluding a full text.
public struct ExclusionReason: Sendable, Hashable, Codable {
  /// A stable snake_case id, stored as the decision's reason.
  public var id: String
  public var label: String

  public init(id: String, label: String) {
    self.id = id
    self.label = label
  }
}

/// Terms shown highlighted while screening, in the query language (`"social media"`, `resident*`).
public struct HighlightTerms: Sendable, Hashable, Codable {
  /// Terms that suggest a record belongs in the review.
  public var include: [String]
  /// Terms that suggest it does not.
  public var exclude: [String]

  public init(include: [String] = [], exclude: [String] = []) {
    self.include = include
    self.exclude = exclude
  }
}

/// The thresholds deduplication works with.
public struct DeduplicationSettings: Sendable, Hashable, Codable {
  /// What to do with a conference abstract that duplicates a journal article.
  public enum ConferenceAbstracts: String, Sendable, Hashable, Codable, CaseIterable {
    /// Keep it as a record of its own.
    case keep
    /// Merge it into the article.
    case merge
  }

  /// Pairs scoring above this (0…1) are merged without asking.
  public var mergeAbove: Double
  /// Pairs scoring above this (0…1), but not above ``mergeAbove``, are shown to a person.
  public var reviewAbove: Double
  public var conferenceAbstracts: ConferenceAbstracts

  public init(
    mergeAbove: Double = 0.95, reviewAbove: Double = 0.8,
    conferenceAbstracts: ConferenceAbstracts = .keep
  ) {
    self.mergeAbove = mergeAbove
    self.reviewAbove = reviewAbove
    self.conferenceAbstracts = conferenceAbstracts
  }
}
