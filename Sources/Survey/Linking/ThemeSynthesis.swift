import ReviewModel

/// A study's design and quality rating, from critical appraisal.
///
/// The seam for the appraisal capability, which lands on another branch: the synthesis takes
/// a lookup and shows what it returns. Until it is merged, commands pass a lookup that knows
/// nothing, and the synthesis says the studies are not yet appraised rather than invent it.
public struct StudyAppraisal: Sendable, Hashable {
  public var design: String
  public var rating: String
  /// Whether the rating counts as high quality in "9 studies, 4 of high quality".
  public var isHighQuality: Bool

  public init(design: String, rating: String, isHighQuality: Bool) {
    self.design = design
    self.rating = rating
    self.isHighQuality = isHighQuality
  }
}

/// Finds the appraisal of a study by its record id; nil when it has none.
public typealias StudyAppraisalLookup = @Sendable (Int64) -> StudyAppraisal?

/// A study linked to a theme, with what shows the link.
public struct LinkedStudy: Sendable {
  public var recordID: Int64
  /// `Family et al. (2021)`.
  public var citation: String
  public var title: String
  public var evidence: String?
  public var method: String
  public var appraisal: StudyAppraisal?
}

/// One theme of the synthesis: the survey's figures and the literature side by side.
public struct ThemeSynthesis: Sendable {
  public var themeID: String
  public var name: String
  public var description: String
  /// From the survey's coding; nil when the survey has no responses.
  public var survey: ThemeFrequency?
  public var studies: [LinkedStudy]

  /// How many linked studies are rated high quality; nil when none is appraised.
  public var highQualityCount: Int? {
    let appraised = studies.compactMap(\.appraisal)
    return appraised.isEmpty ? nil : appraised.filter(\.isHighQuality).count
  }

  /// `62% of respondents (26 of 42); 9 studies, 4 of high quality`.
  public var figures: String {
    var parts: [String] = []
    if let survey {
      parts.append(
        "\(Int((survey.share * 100).rounded()))% of respondents "
          + "(\(survey.respondents) of \(survey.returned))")
    }
    var studyPart = "\(studies.count) \(studies.count == 1 ? "study" : "studies")"
    if let high = highQualityCount {
      studyPart += ", \(high) of high quality"
    } else if !studies.isEmpty {
      studyPart += " (not yet appraised)"
    }
    parts.append(studyPart)
    return parts.joined(separator: "; ")
  }

  /// The synthesis of every theme of `codebook`.
  ///
  /// - Parameters:
  ///   - links: the links in force.
  ///   - records: the linked studies' records, by id.
  ///   - frequencies: the survey's theme frequencies, when there is a survey.
  ///   - appraisal: the appraisal seam.
  public static func all(
    codebook: Codebook, links: [ThemeLinkAction], records: [Int64: Record],
    frequencies: [ThemeFrequency], appraisal: StudyAppraisalLookup
  ) -> [ThemeSynthesis] {
    codebook.themes.map { theme in
      let studies = links.filter { $0.themeID == theme.id }.compactMap { link -> LinkedStudy? in
        guard let record = records[link.recordID] else { return nil }
        return LinkedStudy(
          recordID: link.recordID, citation: citation(record), title: record.title ?? "",
          evidence: link.evidence, method: link.method, appraisal: appraisal(link.recordID))
      }
      return ThemeSynthesis(
        themeID: theme.id, name: theme.name, description: theme.description,
        survey: frequencies.first { $0.themeID == theme.id }, studies: studies)
    }
  }

  /// `Family (2021)`, `Family and Other (2021)` or `Family et al. (2021)`.
  public static func citation(_ record: Record) -> String {
    let names = record.authors.map { author -> String in
      switch author.name {
      case .person(let family, _): family
      case .collective(let name): name
      }
    }
    let who =
      switch names.count {
      case 0: "Anonymous"
      case 1: names[0]
      case 2: "\(names[0]) and \(names[1])"
      default: "\(names[0]) et al."
      }
    return "\(who) (\(record.year.map(String.init) ?? "n.d."))"
  }
}
