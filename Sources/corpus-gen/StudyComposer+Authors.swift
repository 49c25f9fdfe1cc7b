/// Composes author lists with affiliations, ORCID iDs and the occasional collective author.
extension StudyComposer {
  func composeAuthors(
    _ study: inout Study, context: StudyContext, count: Int?, random: inout SeededGenerator
  ) {
    let authorCount = count ?? drawAuthorCount(context.design, random: &random)
    guard authorCount > 0 else { return }
    let institutions = (0..<random.int(in: 1...3)).map { _ in
      affiliation(context: context, country: context.country, random: &random)
    }
    var foreign: String?
    if random.chance(15) {
      foreign = affiliation(
        context: context, country: random.pick(weighted: Places.weightedCountries), random: &random)
    }
    let initialsOnlyChance = context.year < 2002 ? 35 : 2
    var authors: [StudyAuthor] = []
    var families: [String] = []
    for index in 0..<authorCount {
      let pool = random.pick(weighted: context.country.namePools)
      var family = random.pick(pool.family)
      for _ in 0..<3 where families.contains(family) {
        family = random.pick(pool.family)
      }
      families.append(family)
      let given = random.pick(pool.given)
      var initials = Self.initials(of: given)
      var foreName = given
      if random.chance(context.country.name == "United States" ? 55 : 20) {
        let middle = random.pick(Self.middleInitials)
        foreName += " \(middle)"
        initials += middle
      }
      let knownByInitials = random.chance(initialsOnlyChance)
      var affiliations = [institutions[index % institutions.count]]
      if index == authorCount - 1, let foreign {
        affiliations = [foreign]
      } else if random.chance(12) {
        let second = random.pick(institutions)
        if !affiliations.contains(second) { affiliations.append(second) }
      }
      var email: String?
      if index == 0 && random.chance(30) {
        let local = ASCIIFolding.fold("\(given).\(family)").lowercased()
          .filter { $0.isLetter || $0 == "." || $0 == "-" }
        email = "\(local)@\(random.pick(PersonNames.mailDomains))"
      }
      let orcid = context.year >= 2016 && random.chance(25) ? Self.orcid(random: &random) : nil
      authors.append(
        StudyAuthor(
          name: .person(
            family: family, given: knownByInitials ? nil : foreName, initials: initials),
          affiliations: context.year < 2014 && index > 0 && random.chance(70) ? [] : affiliations,
          orcid: orcid, email: email))
    }
    if context.audience.group == .trainees && random.chance(4) {
      authors.append(
        StudyAuthor(
          name: .collective(context.lexicon.convert(random.pick(PersonNames.collectives))),
          affiliations: [], orcid: nil, email: nil))
    }
    study.authors = authors
  }

  private func drawAuthorCount(_ design: Design, random: inout SeededGenerator) -> Int {
    switch design {
    case .erratum: 0
    case .editorial: random.int(in: 1...2)
    case .letter, .comment: random.int(in: 1...4)
    case .narrativeReview: random.int(in: 1...6)
    case .systematicReview, .scopingReview: random.int(in: 3...9)
    default: random.chance(6) ? random.int(in: 12...24) : random.int(in: 2...9)
    }
  }

  private func affiliation(
    context: StudyContext, country: Country, random: inout SeededGenerator
  ) -> String {
    let department: String
    switch context.audience.group {
    case .trainees, .clinicians:
      department =
        random.chance(55)
        ? context.specialty.department : context.lexicon.convert(random.pick(Self.educationUnits))
    case .learners:
      department = random.pick(["School of Medicine", "Faculty of Nursing", "School of Dentistry"])
    case .patients, .youngPeople, .careResidents:
      department = random.pick([
        "Department of Public Health", "Department of Medicine", "School of Health Sciences",
      ])
    case .organisations:
      department = random.pick(["Department of Communications", "School of Business"])
    }
    let city = random.pick(country.cities)
    let (prefix, suffix) = random.pick(country.institutions)
    let cityName = city.split(separator: ",").first.map(String.init) ?? city
    let countryName = random.pick(country.affiliationNames)
    return "\(department), \(prefix)\(cityName)\(suffix), \(city), \(countryName)."
  }

  /// PubMed's initials for given names: `Jean-Luc` → `JL`, `Thị Hương` → `TH`.
  static func initials(of given: String) -> String {
    var initials = ""
    var atStart = true
    for character in given {
      if character == " " || character == "-" {
        atStart = true
      } else if atStart {
        initials += character.isLowercase ? character.uppercased() : String(character)
        atStart = false
      }
    }
    return initials
  }

  /// An ORCID iD with a valid ISO 7064 11,2 check character.
  static func orcid(random: inout SeededGenerator) -> String {
    var digits = [0, 0, 0, 0, 0, 0, 0, 2]
    for _ in 0..<7 { digits.append(random.int(below: 10)) }
    var total = 0
    for digit in digits { total = (total + digit) * 2 }
    let check = (12 - total % 11) % 11
    let body = digits.map(String.init).joined()
    let all = body + (check == 10 ? "X" : String(check))
    let groups = stride(from: 0, to: 16, by: 4).map { start -> String in
      let from = all.index(all.startIndex, offsetBy: start)
      return String(all[from..<all.index(from, offsetBy: 4)])
    }
    return groups.joined(separator: "-")
  }

  static let middleInitials: [String] = [
    "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W",
  ]

  static let educationUnits: [String] = [
    "Medical Education Unit", "School of Postgraduate Medical Education",
    "Centre for Medical Education", "Department of Medical Education",
    "Postgraduate Education Centre",
  ]
}
