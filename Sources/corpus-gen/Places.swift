/// How a record spells its English: PubMed keeps the authors' spelling, so a British journal's
/// `programme` and `paediatric` sit beside an American journal's `program` and `pediatric`.
enum Spelling: Sendable {
  case british
  case american
}

/// A country: where authors work, what its trainees are called and how its institutions are named.
struct Country: Sendable {
  let name: String
  /// How affiliations name it (`UK`, `United Kingdom`); one is chosen per affiliation.
  let affiliationNames: [String]
  /// The name in running text: `the United Kingdom`.
  let inSentence: String
  let mesh: MeshConcept
  let cities: [String]
  let namePools: [(NamePool, Int)]
  /// What doctors in postgraduate training are called there.
  let traineeNouns: [String]
  /// The units training is organised in (`deaneries`, `residency programs`).
  let trainingUnits: [String]
  /// Institution names as prefix and suffix around a city name.
  let institutions: [(String, String)]
  let spelling: Spelling
  /// How often a record comes from this country, relative to the others.
  let weight: Int
}

/// The countries records come from.
enum Places {
  static let countries: [Country] = [
    Country(
      name: "United Kingdom", affiliationNames: ["UK", "United Kingdom"],
      inSentence: "the United Kingdom", mesh: MeshConcept("United Kingdom", "D006113"),
      cities: [
        "Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Belfast", "Newcastle upon Tyne",
        "Sheffield", "Nottingham", "Birmingham", "Edinburgh", "Liverpool", "Southampton", "London",
      ],
      namePools: [
        (PersonNames.british, 60), (PersonNames.southAsian, 15), (PersonNames.westAfrican, 8),
        (PersonNames.irish, 7), (PersonNames.chinese, 4), (PersonNames.german, 3),
        (PersonNames.arabic, 3),
      ],
      traineeNouns: [
        "core trainees", "specialty trainees", "registrars", "junior doctors", "foundation doctors",
        "trainees",
      ],
      trainingUnits: ["deaneries", "training regions", "local education and training boards"],
      institutions: [
        ("University of ", ""), ("", " Teaching Hospitals NHS Trust"), ("Royal ", " Infirmary"),
        ("", " University Hospitals NHS Foundation Trust"),
        ("School of Medicine, University of ", ""),
      ],
      spelling: .british, weight: 26),
    Country(
      name: "Ireland", affiliationNames: ["Ireland"], inSentence: "Ireland",
      mesh: MeshConcept("Ireland", "D007494"), cities: ["Dublin", "Cork", "Galway", "Limerick"],
      namePools: [
        (PersonNames.irish, 55), (PersonNames.british, 20), (PersonNames.southAsian, 10),
        (PersonNames.westAfrican, 5), (PersonNames.centralEuropean, 5), (PersonNames.arabic, 5),
      ],
      traineeNouns: [
        "basic specialist trainees", "registrars", "trainees", "non-consultant hospital doctors",
      ],
      trainingUnits: ["training bodies", "training networks"],
      institutions: [
        ("University Hospital ", ""), ("", " University Hospital"),
        ("School of Medicine, University College ", ""), ("", " Regional Hospital"),
      ],
      spelling: .british, weight: 7),
    Country(
      name: "United States", affiliationNames: ["USA", "United States"],
      inSentence: "the United States", mesh: MeshConcept("United States", "D014481"),
      cities: [
        "Boston, MA", "Chicago, IL", "Houston, TX", "Seattle, WA", "Baltimore, MD", "Ann Arbor, MI",
        "Denver, CO", "Nashville, TN", "Philadelphia, PA", "Atlanta, GA", "Rochester, MN",
        "Cleveland, OH",
      ],
      namePools: [
        (PersonNames.northAmerican, 60), (PersonNames.southAsian, 12), (PersonNames.chinese, 8),
        (PersonNames.korean, 5), (PersonNames.spanish, 6), (PersonNames.westAfrican, 4),
        (PersonNames.arabic, 3), (PersonNames.vietnamese, 2),
      ],
      traineeNouns: ["residents", "interns", "fellows", "resident physicians", "house officers"],
      trainingUnits: ["residency programmes", "training programmes", "academic medical centres"],
      institutions: [
        ("", " Medical Center"), ("University of ", " School of Medicine"),
        ("", " Children's Hospital"), ("", " General Hospital"),
        ("", " Veterans Affairs Medical Center"),
      ],
      spelling: .american, weight: 28),
    Country(
      name: "Canada", affiliationNames: ["Canada"], inSentence: "Canada",
      mesh: MeshConcept("Canada", "D002170"),
      cities: ["Toronto, ON", "Vancouver, BC", "Montréal, QC", "Calgary, AB", "Halifax, NS"],
      namePools: [
        (PersonNames.northAmerican, 45), (PersonNames.french, 20), (PersonNames.chinese, 12),
        (PersonNames.southAsian, 12), (PersonNames.korean, 4), (PersonNames.arabic, 4),
      ],
      traineeNouns: ["residents", "resident physicians", "postgraduate trainees"],
      trainingUnits: ["residency programmes", "postgraduate programmes"],
      institutions: [
        ("University of ", ""), ("", " Health Sciences Centre"), ("", " General Hospital"),
      ],
      spelling: .british, weight: 7),
    Country(
      name: "Australia", affiliationNames: ["Australia"], inSentence: "Australia",
      mesh: MeshConcept("Australia", "D001315"),
      cities: ["Sydney, NSW", "Melbourne, VIC", "Brisbane, QLD", "Perth, WA", "Adelaide, SA"],
      namePools: [
        (PersonNames.british, 45), (PersonNames.chinese, 15), (PersonNames.southAsian, 12),
        (PersonNames.vietnamese, 8), (PersonNames.irish, 8), (PersonNames.korean, 4),
      ],
      traineeNouns: ["registrars", "trainees", "junior medical officers", "prevocational doctors"],
      trainingUnits: ["training networks", "specialist colleges"],
      institutions: [("", " Hospital"), ("University of ", ""), ("Royal ", " Hospital")],
      spelling: .british, weight: 6),
    Country(
      name: "New Zealand", affiliationNames: ["New Zealand"], inSentence: "New Zealand",
      mesh: MeshConcept("New Zealand", "D009520"), cities: ["Auckland", "Dunedin", "Christchurch"],
      namePools: [
        (PersonNames.british, 60), (PersonNames.chinese, 15), (PersonNames.southAsian, 10),
      ],
      traineeNouns: ["registrars", "resident medical officers", "trainees"],
      trainingUnits: ["training programmes"],
      institutions: [("", " City Hospital"), ("", " Clinical School")],
      spelling: .british, weight: 2),
    Country(
      name: "Germany", affiliationNames: ["Germany"], inSentence: "Germany",
      mesh: MeshConcept("Germany", "D005858"),
      cities: ["Berlin", "München", "Hamburg", "Köln", "Heidelberg", "Tübingen"],
      namePools: [
        (PersonNames.german, 80), (PersonNames.turkish, 10), (PersonNames.centralEuropean, 10),
      ],
      traineeNouns: ["residents", "physicians in specialty training", "trainees"],
      trainingUnits: ["university hospitals", "training centres"],
      institutions: [
        ("Universitätsklinikum ", ""), ("Klinikum ", ""), ("Universitätsmedizin ", ""),
      ],
      spelling: .british, weight: 4),
    Country(
      name: "France", affiliationNames: ["France"], inSentence: "France",
      mesh: MeshConcept("France", "D005602"),
      cities: ["Paris", "Lyon", "Marseille", "Toulouse", "Lille"],
      namePools: [(PersonNames.french, 85), (PersonNames.arabic, 10), (PersonNames.vietnamese, 5)],
      traineeNouns: ["residents", "internes", "trainees"],
      trainingUnits: ["university hospitals", "faculties of medicine"],
      institutions: [("Hôpital Universitaire de ", ""), ("CHU de ", ""), ("Université de ", "")],
      spelling: .british, weight: 3),
    Country(
      name: "Spain", affiliationNames: ["Spain"], inSentence: "Spain",
      mesh: MeshConcept("Spain", "D013030"),
      cities: ["Madrid", "Barcelona", "Sevilla", "Valencia"],
      namePools: [(PersonNames.spanish, 95), (PersonNames.portuguese, 5)],
      traineeNouns: ["residents", "MIR trainees", "trainees"],
      trainingUnits: ["teaching hospitals", "teaching units"],
      institutions: [("Hospital Universitario de ", ""), ("Universidad de ", "")],
      spelling: .british, weight: 3),
    Country(
      name: "Brazil", affiliationNames: ["Brazil"], inSentence: "Brazil",
      mesh: MeshConcept("Brazil", "D001938"),
      cities: ["São Paulo", "Porto Alegre", "Belo Horizonte", "Recife"],
      namePools: [
        (PersonNames.portuguese, 90), (PersonNames.japanese, 5), (PersonNames.spanish, 5),
      ],
      traineeNouns: ["residents", "medical residents"],
      trainingUnits: ["residency programmes", "university hospitals"],
      institutions: [("Hospital das Clínicas, ", ""), ("Universidade Federal de ", "")],
      spelling: .american, weight: 3),
    Country(
      name: "Netherlands", affiliationNames: ["the Netherlands", "Netherlands"],
      inSentence: "the Netherlands", mesh: MeshConcept("Netherlands", "D009426"),
      cities: ["Utrecht", "Rotterdam", "Amsterdam", "Groningen", "Nijmegen"],
      namePools: [(PersonNames.dutch, 85), (PersonNames.turkish, 5), (PersonNames.german, 10)],
      traineeNouns: ["residents", "trainees"], trainingUnits: ["teaching hospitals"],
      institutions: [("University Medical Center ", ""), ("", " University Medical Centre")],
      spelling: .british, weight: 3),
    Country(
      name: "Denmark", affiliationNames: ["Denmark"], inSentence: "Denmark",
      mesh: MeshConcept("Denmark", "D003718"), cities: ["Copenhagen", "Aarhus", "Odense"],
      namePools: [(PersonNames.nordic, 90), (PersonNames.german, 10)],
      traineeNouns: ["residents", "junior doctors", "trainees"], trainingUnits: ["regions"],
      institutions: [("", " University Hospital"), ("", " Regional Hospital")],
      spelling: .british, weight: 2),
    Country(
      name: "Sweden", affiliationNames: ["Sweden"], inSentence: "Sweden",
      mesh: MeshConcept("Sweden", "D013548"), cities: ["Stockholm", "Uppsala", "Göteborg", "Lund"],
      namePools: [(PersonNames.nordic, 90), (PersonNames.arabic, 10)],
      traineeNouns: ["residents", "specialist trainees"], trainingUnits: ["regions"],
      institutions: [
        ("", " University Hospital"), ("Department of Clinical Sciences, ", " University"),
      ],
      spelling: .british, weight: 2),
    Country(
      name: "China", affiliationNames: ["China", "People's Republic of China"], inSentence: "China",
      mesh: MeshConcept("China", "D002681"),
      cities: ["Beijing", "Shanghai", "Chengdu", "Guangzhou", "Wuhan", "Hangzhou"],
      namePools: [(PersonNames.chinese, 100)],
      traineeNouns: ["residents", "standardised residency training participants", "trainees"],
      trainingUnits: ["standardised residency training bases", "teaching hospitals"],
      institutions: [
        ("", " Medical University"), ("First Affiliated Hospital of ", " University"),
      ],
      spelling: .american, weight: 6),
    Country(
      name: "Japan", affiliationNames: ["Japan"], inSentence: "Japan",
      mesh: MeshConcept("Japan", "D007564"), cities: ["Tokyo", "Osaka", "Kyoto", "Sapporo"],
      namePools: [(PersonNames.japanese, 100)],
      traineeNouns: ["residents", "postgraduate year 1 and 2 residents"],
      trainingUnits: ["teaching hospitals"],
      institutions: [("", " University Hospital"), ("", " Medical Center")],
      spelling: .american, weight: 2),
    Country(
      name: "Vietnam", affiliationNames: ["Vietnam", "Viet Nam"], inSentence: "Vietnam",
      mesh: MeshConcept("Vietnam", "D014744"), cities: ["Hà Nội", "Ho Chi Minh City", "Huế"],
      namePools: [(PersonNames.vietnamese, 100)],
      traineeNouns: ["residents", "trainees"], trainingUnits: ["teaching hospitals"],
      institutions: [("", " Medical University"), ("University of Medicine and Pharmacy, ", "")],
      spelling: .american, weight: 1),
    Country(
      name: "Nigeria", affiliationNames: ["Nigeria"], inSentence: "Nigeria",
      mesh: MeshConcept("Nigeria", "D009549"), cities: ["Lagos", "Ibadan", "Enugu", "Zaria"],
      namePools: [(PersonNames.westAfrican, 100)],
      traineeNouns: ["resident doctors", "registrars", "trainees"],
      trainingUnits: ["teaching hospitals", "residency programmes"],
      institutions: [("", " University Teaching Hospital"), ("University of ", "")],
      spelling: .british, weight: 3),
    Country(
      name: "India", affiliationNames: ["India"], inSentence: "India",
      mesh: MeshConcept("India", "D007194"),
      cities: ["New Delhi", "Mumbai", "Chennai", "Vellore", "Puducherry"],
      namePools: [(PersonNames.southAsian, 100)],
      traineeNouns: ["postgraduate residents", "residents", "postgraduate trainees"],
      trainingUnits: ["medical colleges", "teaching institutions"],
      institutions: [("", " Medical College"), ("Government Medical College, ", "")],
      spelling: .british, weight: 5),
    Country(
      name: "Pakistan", affiliationNames: ["Pakistan"], inSentence: "Pakistan",
      mesh: MeshConcept("Pakistan", "D010154"), cities: ["Karachi", "Lahore", "Rawalpindi"],
      namePools: [(PersonNames.southAsian, 100)],
      traineeNouns: ["postgraduate trainees", "residents"], trainingUnits: ["teaching hospitals"],
      institutions: [("", " Medical College"), ("", " Teaching Hospital")],
      spelling: .british, weight: 2),
    Country(
      name: "Saudi Arabia", affiliationNames: ["Saudi Arabia"], inSentence: "Saudi Arabia",
      mesh: MeshConcept("Saudi Arabia", "D012529"), cities: ["Riyadh", "Jeddah", "Dammam"],
      namePools: [(PersonNames.arabic, 100)],
      traineeNouns: ["residents", "trainees"], trainingUnits: ["residency programmes"],
      institutions: [("", " Specialist Hospital"), ("College of Medicine, ", " University")],
      spelling: .american, weight: 3),
    Country(
      name: "Turkey", affiliationNames: ["Turkey", "Türkiye"], inSentence: "Turkey",
      mesh: MeshConcept("Turkey", "D014421"), cities: ["Ankara", "İstanbul", "İzmir"],
      namePools: [(PersonNames.turkish, 100)],
      traineeNouns: ["residents", "trainees"], trainingUnits: ["training hospitals"],
      institutions: [
        ("", " University Faculty of Medicine"), ("", " Training and Research Hospital"),
      ],
      spelling: .american, weight: 2),
    Country(
      name: "Singapore", affiliationNames: ["Singapore"], inSentence: "Singapore",
      mesh: MeshConcept("Singapore", "D012846"), cities: ["Singapore"],
      namePools: [(PersonNames.chinese, 70), (PersonNames.southAsian, 30)],
      traineeNouns: ["residents", "trainees"], trainingUnits: ["residency programmes"],
      institutions: [("", " General Hospital"), ("", " Academic Medical Centre")],
      spelling: .british, weight: 2),
  ]

  /// Countries weighted for drawing.
  static let weightedCountries: [(Country, Int)] = countries.map { ($0, $0.weight) }

  /// The country called `name`; the United Kingdom when there is none.
  static func country(named name: String) -> Country {
    countries.first { $0.name == name } ?? countries[0]
  }
}
