/// What a journal publishes; records are placed in journals that fit their subject.
enum JournalArea: Sendable, Hashable {
  case medicalEducation, surgery, emergency, paediatrics, anaesthesia, psychiatry, radiology
  case dermatology, internalMedicine, familyMedicine, digitalHealth, nursing, patients
  case management, undergraduate, dental, geriatrics, adolescents
}

/// How a journal's DOIs look after the shared prefix.
enum DOIStyle: Sendable {
  /// `code.12345`
  case dotted(String)
  /// `code.2021.01234`
  case yearDotted(String)
  /// `s40123-021-00645-2`
  case springer(String)
  /// `CODE.0000000000004512`, upper-case
  case accession(String)
  /// `code-d-21-00431.1`
  case manuscript(String)
  /// `j.code.2021.03.012`, with an Elsevier-like `S…` PII
  case elsevier(String)
  /// `code-2021-012345`
  case openAccess(String)
  /// `45123`, with `e45123` as the article number
  case articleNumber
  /// `cma.j.cn112137-20210318-00812`
  case chineseMedical
}

/// A journal: its names in PubMed's and Embase's forms, identifiers and publishing habits.
///
/// Every journal here is invented. DOIs use the prefix `10.5555`, which Crossref reserves for
/// test and example records, so a generated DOI never resolves to a real work.
struct Journal: Sendable {
  /// The title as PubMed's `Journal/Title` writes it, in sentence case.
  let title: String
  /// `Journal/ISOAbbreviation` and `MedlineTA`.
  let isoAbbreviation: String
  /// The title as Embase writes it, in title case.
  let embaseTitle: String
  /// Embase's abbreviation, with full stops (`J. Postgrad. Med. Train.`).
  let embaseAbbreviation: String
  let printISSN: String?
  let electronicISSN: String?
  let nlmID: String
  /// Country of publication as `MedlineJournalInfo/Country` names it.
  let country: String
  let areas: [JournalArea]
  let spelling: Spelling
  /// PubMed language code of its articles (`eng`, `ger`, …).
  let language: String
  /// Indexed for MEDLINE (MeSH, `Status="MEDLINE"`), or only in PubMed.
  let medline: Bool
  /// Online only: article numbers instead of pages, `PubModel="Electronic"`.
  let electronicOnly: Bool
  let doiStyle: DOIStyle
  let firstYear: Int
  let issuesPerYear: Int
  /// Percentage of articles with a PubMed Central copy.
  let pmcShare: Int

  /// The ISSN PubMed links on (`ISSNLinking`): the print one where there is one.
  var linkingISSN: String { printISSN ?? electronicISSN ?? "" }

  /// The volume for a year, counting from the journal's first year.
  func volume(for year: Int) -> Int { max(1, year - firstYear + 1) }
}

/// The journals of the generated corpus.
enum JournalCatalogue {
  static let journals: [Journal] = [
    journal(
      "Journal of postgraduate medical training", "J Postgrad Med Train",
      "Journal of Postgraduate Medical Training", "J. Postgrad. Med. Train.",
      print: "1742611", online: "1742612", nlm: "101234561", country: "England",
      areas: [.medicalEducation, .surgery, .internalMedicine], spelling: .british,
      doi: .yearDotted("jpmt"), since: 2004, issues: 12, pmc: 15),
    journal(
      "Clinical teaching review", "Clin Teach Rev", "Clinical Teaching Review",
      "Clin. Teach. Rev.", print: "1473420", online: "1473421", nlm: "101170482",
      country: "England", areas: [.medicalEducation, .undergraduate], spelling: .british,
      doi: .dotted("ctr"), since: 2002, issues: 6, pmc: 10),
    journal(
      "Annals of residency education", "Ann Resid Educ", "Annals of Residency Education",
      "Ann. Resid. Educ.", print: "1949832", online: "1949834", nlm: "101512293",
      country: "United States", areas: [.medicalEducation, .internalMedicine, .surgery],
      spelling: .american, doi: .accession("ARE"), since: 1998, issues: 12, pmc: 25),
    journal(
      "International journal of digital medical education", "Int J Digit Med Educ",
      "International Journal of Digital Medical Education", "Int. J. Digit. Med. Educ.",
      print: nil, online: "2567013", nlm: "101771204", country: "Switzerland",
      areas: [.medicalEducation, .digitalHealth, .undergraduate], spelling: .british,
      medline: false, electronic: true, doi: .openAccess("ijdme"), since: 2015, issues: 1,
      pmc: 90),
    journal(
      "Surgical training quarterly", "Surg Train Q", "Surgical Training Quarterly",
      "Surg. Train. Q.", print: "1531708", online: "1531709", nlm: "100937645",
      country: "United States", areas: [.surgery], spelling: .american,
      doi: .manuscript("stq"), since: 1998, issues: 4, pmc: 5),
    journal(
      "Emergency medicine teaching", "Emerg Med Teach", "Emergency Medicine Teaching",
      "Emerg. Med. Teach.", print: "1460298", online: "1460299", nlm: "100963089",
      country: "England", areas: [.emergency], spelling: .british, doi: .dotted("emt"),
      since: 2000, issues: 12, pmc: 20),
    journal(
      "Journal of paediatric trainee education", "J Paediatr Trainee Educ",
      "Journal of Paediatric Trainee Education", "J. Paediatr. Trainee Educ.",
      print: "2049771", online: "2049772", nlm: "101603917", country: "England",
      areas: [.paediatrics, .adolescents], spelling: .british, medline: false,
      doi: .dotted("jpte"), since: 2012, issues: 6, pmc: 10),
    journal(
      "Anaesthesia education and practice", "Anaesth Educ Pract",
      "Anaesthesia Education and Practice", "Anaesth. Educ. Pract.", print: "1365204",
      online: "1365205", nlm: "0370524", country: "England", areas: [.anaesthesia],
      spelling: .british, doi: .dotted("aep"), since: 1998, issues: 12, pmc: 15),
    journal(
      "Psychiatric training bulletin", "Psychiatr Train Bull", "Psychiatric Training Bulletin",
      "Psychiatr. Train. Bull.", print: "0955660", online: "1472147", nlm: "8911032",
      country: "England", areas: [.psychiatry], spelling: .british, doi: .yearDotted("ptb"),
      since: 1998, issues: 6, pmc: 40),
    journal(
      "Radiology learning journal", "Radiol Learn J", "Radiology Learning Journal",
      "Radiol. Learn. J.", print: "1076633", online: "1878466", nlm: "9440159",
      country: "United States", areas: [.radiology], spelling: .american,
      doi: .elsevier("rlj"), since: 1998, issues: 12, pmc: 5),
    journal(
      "Dermatology education today", "Dermatol Educ Today", "Dermatology Education Today",
      "Dermatol. Educ. Today", print: "2327915", online: "2327916", nlm: "101642218",
      country: "United States", areas: [.dermatology], spelling: .american, medline: false,
      doi: .dotted("det"), since: 2013, issues: 6, pmc: 5),
    journal(
      "Open medical education reports", "Open Med Educ Rep", "Open Medical Education Reports",
      "Open Med. Educ. Rep.", print: nil, online: "2044605", nlm: "101552874",
      country: "England", areas: [.medicalEducation, .undergraduate, .emergency],
      spelling: .british, electronic: true, doi: .openAccess("omer"), since: 2011, issues: 1,
      pmc: 95),
    journal(
      "Health communication and media", "Health Commun Media", "Health Communication and Media",
      "Health Commun. Media", print: "1041023", online: "1532702", nlm: "8909440",
      country: "United States", areas: [.patients, .management], spelling: .american,
      doi: .dotted("hcm"), since: 1998, issues: 12, pmc: 5),
    journal(
      "Nurse learning journal", "Nurse Learn J", "Nurse Learning Journal", "Nurse Learn. J.",
      print: "0260691", online: "1532279", nlm: "8511379", country: "Scotland",
      areas: [.nursing], spelling: .british, doi: .elsevier("nlj"), since: 1998, issues: 12,
      pmc: 5),
    journal(
      "Journal of nursing informatics practice", "J Nurs Inform Pract",
      "Journal of Nursing Informatics Practice", "J. Nurs. Inform. Pract.", print: "1538292",
      online: "1538293", nlm: "101183112", country: "United States", areas: [.nursing],
      spelling: .american, medline: false, doi: .dotted("jnip"), since: 2003, issues: 6, pmc: 5),
    journal(
      "Patient information research", "Patient Inf Res", "Patient Information Research",
      "Patient Inf. Res.", print: "1178165", online: "1178166", nlm: "101303872",
      country: "New Zealand", areas: [.patients], spelling: .british,
      doi: .springer("s40271"), since: 2008, issues: 6, pmc: 30),
    journal(
      "Healthcare marketing review", "Healthc Mark Rev", "Healthcare Marketing Review",
      "Healthc. Mark. Rev.", print: "0737535", online: "1545081", nlm: "8502771",
      country: "United States", areas: [.management], spelling: .american, medline: false,
      doi: .dotted("hmr"), since: 1998, issues: 4, pmc: 0),
    journal(
      "Undergraduate medical education research", "Undergrad Med Educ Res",
      "Undergraduate Medical Education Research", "Undergrad. Med. Educ. Res.",
      print: "2212277", online: "2212278", nlm: "101590643", country: "Netherlands",
      areas: [.undergraduate], spelling: .british, doi: .springer("s40037"), since: 2012,
      issues: 6, pmc: 85),
    journal(
      "Dental education forum", "Dent Educ Forum", "Dental Education Forum", "Dent. Educ. Forum",
      print: "0022033", online: "1930783", nlm: "8000150", country: "United States",
      areas: [.dental], spelling: .american, doi: .dotted("def"), since: 1998, issues: 12,
      pmc: 5),
    journal(
      "Deutsche Zeitschrift fur arztliche Weiterbildung", "Dtsch Z Arztl Weiterbild",
      "Deutsche Zeitschrift für Ärztliche Weiterbildung", "Dtsch. Z. Arztl. Weiterbild.",
      print: "1439434", online: "1439435", nlm: "9815642", country: "Germany",
      areas: [.medicalEducation], spelling: .british, language: "ger", doi: .dotted("dzaw"),
      since: 1998, issues: 10, pmc: 0),
    journal(
      "Revue de pedagogie medicale", "Rev Pedagog Med", "Revue de Pédagogie Médicale",
      "Rev. Pedagog. Med.", print: "1625781", online: "1627922", nlm: "101166112",
      country: "France", areas: [.medicalEducation], spelling: .british, language: "fre",
      doi: .dotted("rpm"), since: 2000, issues: 6, pmc: 0),
    journal(
      "Revista de educacion medica especializada", "Rev Educ Med Espec",
      "Revista de Educación Médica Especializada", "Rev. Educ. Med. Espec.", print: "1575181",
      online: "1579218", nlm: "101155432", country: "Spain", areas: [.medicalEducation],
      spelling: .british, language: "spa", medline: false, doi: .elsevier("reme"), since: 2000,
      issues: 6, pmc: 0),
    journal(
      "Revista brasileira de residencia medica", "Rev Bras Resid Med",
      "Revista Brasileira de Residência Médica", "Rev. Bras. Resid. Med.", print: nil,
      online: "1981522", nlm: "101466743", country: "Brazil", areas: [.medicalEducation],
      spelling: .american, language: "por", medline: false, electronic: true,
      doi: .openAccess("rbrm"), since: 2008, issues: 4, pmc: 60),
    journal(
      "Zhongguo zhu yuan yi shi pei xun za zhi", "Zhongguo Zhu Yuan Yi Shi Pei Xun Za Zhi",
      "Chinese Journal of Resident Training", "Chin. J. Resid. Train.", print: "0376249",
      online: nil, nlm: "7511141", country: "China", areas: [.medicalEducation],
      spelling: .american, language: "chi", doi: .chineseMedical, since: 2009, issues: 12,
      pmc: 0),
    journal(
      "Journal of medical internet practice", "J Med Internet Pract",
      "Journal of Medical Internet Practice", "J. Med. Internet Pract.", print: "1439887",
      online: "1438887", nlm: "100959882", country: "Canada",
      areas: [.digitalHealth, .patients, .medicalEducation], spelling: .american,
      electronic: true, doi: .articleNumber, since: 1999, issues: 12, pmc: 80),
    journal(
      "Irish journal of clinical training", "Ir J Clin Train", "Irish Journal of Clinical Training",
      "Ir. J. Clin. Train.", print: "0021126", online: "1863434", nlm: "7806864",
      country: "Ireland", areas: [.medicalEducation, .internalMedicine, .surgery],
      spelling: .british, doi: .springer("s11845"), since: 1998, issues: 6, pmc: 20),
    journal(
      "Australasian journal of specialist training", "Australas J Spec Train",
      "Australasian Journal of Specialist Training", "Australas. J. Spec. Train.",
      print: "1444091", online: "1445299", nlm: "101285418", country: "Australia",
      areas: [.medicalEducation, .emergency, .anaesthesia], spelling: .british, medline: false,
      doi: .dotted("ajst"), since: 2006, issues: 4, pmc: 10),
    journal(
      "Journal of surgical residency", "J Surg Resid", "Journal of Surgical Residency",
      "J. Surg. Resid.", print: "1931720", online: "1878745", nlm: "101303204",
      country: "United States", areas: [.surgery], spelling: .american, doi: .elsevier("jsr"),
      since: 2007, issues: 6, pmc: 5),
    journal(
      "Family medicine trainee journal", "Fam Med Trainee J", "Family Medicine Trainee Journal",
      "Fam. Med. Trainee J.", print: "0742316", online: "1938390", nlm: "8306464",
      country: "United States", areas: [.familyMedicine, .internalMedicine], spelling: .american,
      doi: .manuscript("fmtj"), since: 1998, issues: 10, pmc: 30),
    journal(
      "Journal of continuing professional development in medicine", "J Contin Prof Dev Med",
      "Journal of Continuing Professional Development in Medicine", "J. Contin. Prof. Dev. Med.",
      print: "0894191", online: "1554558", nlm: "8806244", country: "England",
      areas: [.medicalEducation, .familyMedicine], spelling: .british, doi: .dotted("jcpd"),
      since: 1998, issues: 4, pmc: 5),
    journal(
      "Public health and digital media", "Public Health Digit Media",
      "Public Health and Digital Media", "Public Health Digit. Media", print: nil,
      online: "2296256", nlm: "101616579", country: "Switzerland",
      areas: [.patients, .adolescents], spelling: .british, medline: false, electronic: true,
      doi: .openAccess("phdm"), since: 2013, issues: 1, pmc: 90),
    journal(
      "Journal of gerontological social care", "J Gerontol Soc Care",
      "Journal of Gerontological Social Care", "J. Gerontol. Soc. Care", print: "0163437",
      online: "1540409", nlm: "7908742", country: "United States", areas: [.geriatrics],
      spelling: .american, doi: .dotted("jgsc"), since: 1998, issues: 8, pmc: 5),
    journal(
      "Adolescent health and society", "Adolesc Health Soc", "Adolescent Health and Society",
      "Adolesc. Health Soc.", print: "1054139", online: "1879197", nlm: "9102136",
      country: "United States", areas: [.adolescents], spelling: .american,
      doi: .elsevier("ahs"), since: 1998, issues: 12, pmc: 10),
    journal(
      "Internal medicine training", "Intern Med Train", "Internal Medicine Training",
      "Intern. Med. Train.", print: "0918291", online: "1349770", nlm: "9204241",
      country: "Japan", areas: [.internalMedicine, .familyMedicine], spelling: .american,
      doi: .dotted("imt"), since: 1998, issues: 24, pmc: 50),
  ]

  /// The journals that publish in `area` and in `language`.
  static func journals(for area: JournalArea, language: String = "eng") -> [Journal] {
    let matching = journals.filter { $0.areas.contains(area) && $0.language == language }
    return matching.isEmpty ? journals.filter { $0.areas.contains(.medicalEducation) } : matching
  }

  /// The first journal publishing in `language`, for non-English records.
  static func journal(language: String) -> Journal? {
    journals.first { $0.language == language }
  }

  /// Builds a journal, completing its ISSNs with their check digits.
  private static func journal(
    _ title: String, _ iso: String, _ embaseTitle: String, _ embaseAbbreviation: String,
    print: String?, online: String?, nlm: String, country: String, areas: [JournalArea],
    spelling: Spelling, language: String = "eng", medline: Bool = true,
    electronic: Bool = false, doi: DOIStyle, since: Int, issues: Int, pmc: Int
  ) -> Journal {
    Journal(
      title: title, isoAbbreviation: iso, embaseTitle: embaseTitle,
      embaseAbbreviation: embaseAbbreviation, printISSN: print.map(issn),
      electronicISSN: online.map(issn), nlmID: nlm, country: country, areas: areas,
      spelling: spelling, language: language, medline: medline, electronicOnly: electronic,
      doiStyle: doi, firstYear: since, issuesPerYear: issues, pmcShare: pmc)
  }

  /// `NNNN-NNNC` from seven digits, with the ISO 3297 check character.
  static func issn(_ sevenDigits: String) -> String {
    let digits = sevenDigits.compactMap(\.wholeNumberValue)
    let sum = zip(digits, (2...8).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
    let check = (11 - sum % 11) % 11
    let checkCharacter = check == 10 ? "X" : String(check)
    return "\(sevenDigits.prefix(4))-\(sevenDigits.dropFirst(4))\(checkCharacter)"
  }
}
