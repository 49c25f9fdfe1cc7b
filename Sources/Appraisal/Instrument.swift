/// A quality-appraisal checklist, as its YAML file describes it: what it asks, what answers it
/// allows, and how those answers become a score and a rating.
///
/// Instruments are data, not code, so that a review team can add its own beside the bundled
/// ones (see `Schemas/instrument.schema.json`).
public struct Instrument: Sendable, Hashable {
  /// A stable kebab-case id, such as `mersqi`; the protocol's `designs:` names instruments by it.
  public var id: String
  public var name: String
  /// The edition of the published checklist the file follows, such as `2018`.
  public var edition: String
  /// Where the checklist was published, so a reader can find the original.
  public var citation: String?
  /// The study designs it is meant for (`cross-sectional`, `qualitative`, …).
  public var designs: [String]
  /// The domains in the order asked; every item belongs to exactly one.
  public var domains: [Domain]
  public var scoring: ScoringRule
  /// The instrument's default rating bands; a protocol may replace them.
  public var bands: RatingBands
  /// Where the instrument was read from: a bundled resource or a project file.
  public var origin: Origin

  public init(
    id: String, name: String, edition: String, citation: String? = nil, designs: [String],
    domains: [Domain], scoring: ScoringRule, bands: RatingBands, origin: Origin
  ) {
    self.id = id
    self.name = name
    self.edition = edition
    self.citation = citation
    self.designs = designs
    self.domains = domains
    self.scoring = scoring
    self.bands = bands
    self.origin = origin
  }

  /// Every item, domain by domain, in the order they are asked.
  public var items: [Item] { domains.flatMap(\.items) }

  /// The item with this id.
  public func item(_ id: String) -> Item? {
    for domain in domains {
      if let item = domain.items.first(where: { $0.id == id }) { return item }
    }
    return nil
  }

  /// The domains to ask about a study of `design`: all of them, except design categories made
  /// for other designs (all categories still, when none is made for this design or it is nil).
  public func domains(forDesign design: String?) -> [Domain] {
    guard let design,
      domains.contains(where: { $0.role == .category && $0.designs.contains(design) })
    else { return domains }
    return domains.filter { $0.role != .category || $0.designs.contains(design) }
  }

  /// The domain that holds the item with this id.
  public func domain(ofItem id: String) -> Domain? {
    domains.first { $0.items.contains { $0.id == id } }
  }

  /// Where an instrument came from.
  public enum Origin: Sendable, Hashable, CustomStringConvertible {
    /// Shipped with litrev.
    case bundled
    /// A project's own `instruments/<name>.yaml`, at this path.
    case project(path: String)

    public var description: String {
      switch self {
      case .bundled: "bundled"
      case .project(let path): path
      }
    }
  }
}

/// A group of items that is scored on its own (a sub-score), or asked for another purpose.
public struct Domain: Sendable, Hashable {
  public var id: String
  public var name: String
  public var role: Role
  public var items: [Item]
  /// For a design category: the study designs it is asked for (empty: every design), so that
  /// an appraiser of a survey is asked MMAT's descriptive criteria and not the other four sets.
  public var designs: [String]

  public init(
    id: String, name: String, role: Role = .scored, items: [Item], designs: [String] = []
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.items = items
    self.designs = designs
  }

  /// What a domain's answers are for.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    /// Counted in the total and given a sub-score.
    case scored
    /// Asked before the rest (MMAT's S1 and S2); not scored, but a study that does not meet
    /// them is flagged, since the checklist says appraising it further may not be feasible.
    case screening
    /// One design category of several (MMAT's five): only the categories a study was appraised
    /// under count, each scored on its own.
    case category
  }
}

/// One question of a checklist.
public struct Item: Sendable, Hashable {
  public var id: String
  public var question: String
  /// What to look for in the paper, for the appraiser.
  public var guidance: String?
  /// The answers allowed, in the order offered.
  public var answers: [Answer]

  public init(id: String, question: String, guidance: String? = nil, answers: [Answer]) {
    self.id = id
    self.question = question
    self.guidance = guidance
    self.answers = answers
  }

  /// The allowed answer with this id.
  public func answer(_ id: String) -> Answer? { answers.first { $0.id == id } }

  /// The most points any answer earns, not counting not-applicable answers.
  public var maximumPoints: Double {
    answers.filter { !$0.isNotApplicable }.compactMap(\.points).max() ?? 0
  }

  /// The fewest points any answer earns, not counting not-applicable answers.
  public var minimumPoints: Double {
    answers.filter { !$0.isNotApplicable }.compactMap(\.points).min() ?? 0
  }
}

/// An answer an item allows, and what it is worth.
public struct Answer: Sendable, Hashable {
  /// A stable snake_case id (`yes`, `cant_tell`, `objective_measurement`), stored in the log.
  public var id: String
  public var label: String
  /// What it adds under a `sum` rule.
  public var points: Double?
  /// How it counts under a `count_met` or `share_met` rule.
  public var category: AnswerCategory?

  public init(id: String, label: String, points: Double? = nil, category: AnswerCategory? = nil) {
    self.id = id
    self.label = label
    self.points = points
    self.category = category
  }

  /// True when the answer takes the item out of the score altogether.
  public var isNotApplicable: Bool { category == .notApplicable }
}

/// How a counted answer counts.
public enum AnswerCategory: String, Sendable, Hashable, CaseIterable {
  /// The criterion is met: counted as a "yes" (for a reverse-worded item, the answer that is
  /// good news, such as AXIS's "no" to "does the response rate raise concerns").
  case met
  case notMet = "not_met"
  /// Cannot tell from the report: not met, but kept apart for agreement and display.
  case unclear
  /// The item does not apply to this study: it leaves the denominator.
  case notApplicable = "not_applicable"
}

/// How answers become a score.
public struct ScoringRule: Sendable, Hashable {
  public var method: Method
  /// The largest total the published instrument names (MERSQI's 18); the loader checks it
  /// against the items' points, so a typo in a point value cannot pass unnoticed.
  public var statedMaximum: Double?

  public init(method: Method, statedMaximum: Double? = nil) {
    self.method = method
    self.statedMaximum = statedMaximum
  }

  public enum Method: String, Sendable, Hashable, CaseIterable {
    /// The points of the answers, added up. Items answered not applicable leave the maximum,
    /// and the total is scaled back to the full maximum (as MERSQI's authors do).
    case sum
    /// The number of criteria met.
    case countMet = "count_met"
    /// The percentage of applicable criteria met, 0 to 100; with category domains, each
    /// category apart, and the study takes its weakest category (as MMAT advises for mixed
    /// methods studies).
    case shareMet = "share_met"
  }
}
