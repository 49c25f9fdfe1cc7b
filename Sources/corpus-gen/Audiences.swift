/// Whom a record is about.
///
/// Trainees make a record look relevant to the review; the others are the look-alikes a real
/// search also returns (students, nurses, patients, care-home residents).
enum AudienceGroup: Sendable, Hashable {
  case trainees, learners, clinicians, patients, youngPeople, careResidents, organisations
}

/// The kinds of study or article a record can be.
enum Design: Sendable, Hashable {
  case survey, qualitative, mixedMethods, contentAnalysis, intervention, randomisedTrial
  case systematicReview, scopingReview, narrativeReview
  case editorial, letter, comment, erratum, conferenceAbstract
}

/// A population a record is about, with what such records study and where they are published.
struct Audience: Sendable {
  let key: String
  let group: AudienceGroup
  /// Plural noun phrases; empty for trainees, whose names are built from country and specialty.
  let populations: [String]
  /// A short plural for running text: `students`, `patients`.
  let people: String
  let purposes: [String]
  let designs: [(Design, Int)]
  let areas: [JournalArea]
  let mesh: [MeshConcept]
  let emtree: [String]
  let earliestYear: Int
  let weight: Int
}

/// The audiences records are drawn from; weights give a search result's usual mix.
enum Audiences {
  private static let researchDesigns: [(Design, Int)] = [
    (.survey, 34), (.qualitative, 12), (.mixedMethods, 6), (.contentAnalysis, 10),
    (.intervention, 8), (.randomisedTrial, 3), (.systematicReview, 6), (.scopingReview, 4),
    (.narrativeReview, 5), (.editorial, 3), (.letter, 4), (.comment, 2),
  ]

  static let all: [Audience] = [
    Audience(
      key: "trainees", group: .trainees, populations: [], people: "trainees",
      purposes: [
        "audiovisual", "networking", "research", "patienteducation", "professionalism",
        "journalclub", "livetweeting", "integration", "foamed", "messaging", "peersupport",
        "recruitment",
      ],
      designs: researchDesigns, areas: [.medicalEducation],
      mesh: [MeshVocabulary.residency, MeshVocabulary.graduateEducation],
      emtree: ["residency education", "resident", "postgraduate education", "medical education"],
      earliestYear: 1998, weight: 52),
    Audience(
      key: "medicalstudents", group: .learners,
      populations: [
        "undergraduate medical students", "medical students", "preclinical medical students",
        "final-year medical students", "clinical-year medical students",
      ],
      people: "students",
      purposes: ["audiovisual", "networking", "professionalism", "foamed", "peersupport"],
      designs: researchDesigns, areas: [.undergraduate, .medicalEducation],
      mesh: [MeshVocabulary.medicalStudents, MeshVocabulary.undergraduateEducation],
      emtree: ["medical student", "undergraduate education", "medical education"],
      earliestYear: 2000, weight: 12),
    Audience(
      key: "nursing", group: .learners,
      populations: [
        "nursing students", "undergraduate nursing students", "newly qualified nurses",
        "midwifery students", "registered nurses",
      ],
      people: "nurses", purposes: ["audiovisual", "professionalism", "networking", "peersupport"],
      designs: researchDesigns, areas: [.nursing],
      mesh: [MeshVocabulary.nursingStudents, MeshVocabulary.nursingEducation],
      emtree: ["nursing student", "nursing education"], earliestYear: 2002, weight: 6),
    Audience(
      key: "dental", group: .learners,
      populations: ["dental students", "dental foundation trainees", "pharmacy students"],
      people: "students", purposes: ["audiovisual", "professionalism"],
      designs: researchDesigns, areas: [.dental],
      mesh: [MeshVocabulary.dentalStudents], emtree: ["dental student", "dental education"],
      earliestYear: 2005, weight: 3),
    Audience(
      key: "consultants", group: .clinicians,
      populations: [
        "consultant surgeons", "attending physicians", "practising physicians",
        "general practitioners", "hospital consultants",
      ],
      people: "physicians",
      purposes: ["networking", "professionalism", "livetweeting", "patienteducation"],
      designs: researchDesigns, areas: [.medicalEducation, .internalMedicine, .surgery],
      mesh: [MeshVocabulary.physicians, MeshVocabulary.continuingEducation],
      emtree: ["physician", "continuing education"], earliestYear: 2005, weight: 6),
    Audience(
      key: "patients", group: .patients,
      populations: [
        "patients with {condition}", "adults with {condition}", "people living with {condition}",
        "caregivers of people with {condition}",
      ],
      people: "patients", purposes: ["infoseeking", "videoquality", "patientpeer"],
      designs: [(.survey, 40), (.contentAnalysis, 40), (.qualitative, 15), (.letter, 5)],
      areas: [.patients, .digitalHealth], mesh: [MeshVocabulary.patientEducation],
      emtree: ["patient", "patient information"], earliestYear: 2006, weight: 9),
    Audience(
      key: "adolescents", group: .youngPeople,
      populations: [
        "adolescents", "young adults", "secondary school pupils", "university students",
      ],
      people: "young people", purposes: ["youthmental", "vaccines"],
      designs: [(.survey, 60), (.contentAnalysis, 20), (.systematicReview, 15), (.editorial, 5)],
      areas: [.adolescents], mesh: [MeshVocabulary.adolescent, MeshVocabulary.mentalHealth],
      emtree: ["adolescent", "mental health"], earliestYear: 2008, weight: 5),
    Audience(
      key: "carehomes", group: .careResidents,
      populations: [
        "nursing home residents", "care home residents", "residents of long-term care facilities",
      ],
      people: "residents", purposes: ["participation"],
      designs: [(.survey, 40), (.intervention, 40), (.qualitative, 20)], areas: [.geriatrics],
      mesh: [MeshVocabulary.nursingHomes, MeshVocabulary.aged],
      emtree: ["nursing home", "aged"], earliestYear: 1998, weight: 3),
    Audience(
      key: "organisations", group: .organisations,
      populations: [
        "academic medical centres", "hospitals", "plastic surgery practices",
        "clinical trial units",
      ],
      people: "organisations", purposes: ["marketing", "trialrecruitment"],
      designs: [(.contentAnalysis, 60), (.survey, 25), (.narrativeReview, 10), (.editorial, 5)],
      areas: [.management, .patients], mesh: [MeshVocabulary.marketing],
      emtree: ["marketing", "hospital"], earliestYear: 2008, weight: 4),
  ]

  /// Audiences weighted for drawing.
  static let weighted: [(Audience, Int)] = all.map { ($0, $0.weight) }

  /// The audience with `key`; trainees when there is none.
  static func named(_ key: String) -> Audience {
    all.first { $0.key == key } ?? all[0]
  }

  /// Conditions patient-facing records are about.
  static let conditions: [String] = [
    "type 2 diabetes", "inflammatory bowel disease", "multiple sclerosis", "breast cancer",
    "atopic dermatitis", "chronic kidney disease", "epilepsy", "psoriasis", "asthma",
    "endometriosis", "knee osteoarthritis", "scoliosis", "cleft lip and palate",
    "hidradenitis suppurativa", "coeliac disease", "long COVID",
  ]
}
