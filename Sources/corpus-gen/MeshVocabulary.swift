/// A MeSH descriptor or qualifier: its name and unique identifier.
struct MeshConcept: Sendable, Hashable {
  let name: String
  let ui: String
  /// The name in lower case, which PubMed sorts headings by.
  let sortKey: String

  init(_ name: String, _ ui: String) {
    self.name = name
    self.ui = ui
    sortKey = name.lowercased()
  }
}

/// A publication type as PubMed names it, with its identifier.
struct PublicationType: Sendable, Hashable {
  let name: String
  let ui: String

  init(_ name: String, _ ui: String) {
    self.name = name
    self.ui = ui
  }
}

/// The MeSH descriptors, qualifiers and publication types records are indexed with.
///
/// Names and identifiers follow NLM's vocabulary as closely as we know it; they are meant to look
/// right, not to be a reference.
enum MeshVocabulary {
  static let socialMedia = MeshConcept("Social Media", "D061108")
  static let residency = MeshConcept("Internship and Residency", "D007396")
  static let graduateEducation = MeshConcept("Education, Medical, Graduate", "D004503")
  static let undergraduateEducation = MeshConcept("Education, Medical, Undergraduate", "D004504")
  static let continuingEducation = MeshConcept("Education, Medical, Continuing", "D004505")
  static let nursingEducation = MeshConcept("Education, Nursing", "D004506")
  static let medicalStudents = MeshConcept("Students, Medical", "D013337")
  static let nursingStudents = MeshConcept("Students, Nursing", "D013338")
  static let dentalStudents = MeshConcept("Students, Dental", "D013335")
  static let humans = MeshConcept("Humans", "D006801")
  static let female = MeshConcept("Female", "D005260")
  static let male = MeshConcept("Male", "D008297")
  static let adult = MeshConcept("Adult", "D000328")
  static let youngAdult = MeshConcept("Young Adult", "D055815")
  static let middleAged = MeshConcept("Middle Aged", "D008875")
  static let adolescent = MeshConcept("Adolescent", "D000293")
  static let child = MeshConcept("Child", "D002648")
  static let aged = MeshConcept("Aged", "D000368")
  static let surveys = MeshConcept("Surveys and Questionnaires", "D011795")
  static let crossSectional = MeshConcept("Cross-Sectional Studies", "D003430")
  static let qualitative = MeshConcept("Qualitative Research", "D036301")
  static let focusGroups = MeshConcept("Focus Groups", "D017144")
  static let interviews = MeshConcept("Interviews as Topic", "D007407")
  static let prospective = MeshConcept("Prospective Studies", "D011446")
  static let retrospective = MeshConcept("Retrospective Studies", "D012189")
  static let pilot = MeshConcept("Pilot Projects", "D010865")
  static let programEvaluation = MeshConcept("Program Evaluation", "D011379")
  static let educationalMeasurement = MeshConcept("Educational Measurement", "D004522")
  static let curriculum = MeshConcept("Curriculum", "D003479")
  static let teaching = MeshConcept("Teaching", "D013663")
  static let learning = MeshConcept("Learning", "D007858")
  static let competence = MeshConcept("Clinical Competence", "D002983")
  static let attitude = MeshConcept("Attitude of Health Personnel", "D001291")
  static let videoRecording = MeshConcept("Video Recording", "D014741")
  static let webcasts = MeshConcept("Webcasts as Topic", "D062805")
  static let blogging = MeshConcept("Blogging", "D059018")
  static let internet = MeshConcept("Internet", "D020407")
  static let smartphone = MeshConcept("Smartphone", "D000076251")
  static let mobileApps = MeshConcept("Mobile Applications", "D063731")
  static let professionalism = MeshConcept("Professionalism", "D057189")
  static let confidentiality = MeshConcept("Confidentiality", "D003219")
  static let privacy = MeshConcept("Privacy", "D018907")
  static let patientEducation = MeshConcept("Patient Education as Topic", "D010353")
  static let consumerHealthInformation = MeshConcept("Consumer Health Information", "D032962")
  static let periodicals = MeshConcept("Periodicals as Topic", "D010494")
  static let evidenceBased = MeshConcept("Evidence-Based Medicine", "D019317")
  static let biomedicalResearch = MeshConcept("Biomedical Research", "D035843")
  static let cooperativeBehavior = MeshConcept("Cooperative Behavior", "D003299")
  static let interprofessional = MeshConcept("Interprofessional Relations", "D007398")
  static let congresses = MeshConcept("Congresses as Topic", "D003227")
  static let communication = MeshConcept("Communication", "D003142")
  static let covid = MeshConcept("COVID-19", "D000086382")
  static let pandemics = MeshConcept("Pandemics", "D058873")
  static let marketing = MeshConcept("Marketing of Health Services", "D008381")
  static let hospitals = MeshConcept("Hospitals", "D006761")
  static let vaccination = MeshConcept("Vaccination", "D014611")
  static let nursingHomes = MeshConcept("Nursing Homes", "D009735")
  static let loneliness = MeshConcept("Loneliness", "D008132")
  static let mentalHealth = MeshConcept("Mental Health", "D008603")
  static let parents = MeshConcept("Parents", "D010290")
  static let caregivers = MeshConcept("Caregivers", "D017028")
  static let nurses = MeshConcept("Nurses", "D009726")
  static let physicians = MeshConcept("Physicians", "D010820")
  static let burnout = MeshConcept("Burnout, Professional", "D002055")
  static let ethicsMedical = MeshConcept("Ethics, Medical", "D004992")
  static let patientSelection = MeshConcept("Patient Selection", "D018579")
  static let personnelSelection = MeshConcept("Personnel Selection", "D010570")

  /// Qualifiers (subheadings).
  static let education = MeshConcept("education", "Q000193")
  static let methods = MeshConcept("methods", "Q000379")
  static let statistics = MeshConcept("statistics & numerical data", "Q000706")
  static let psychology = MeshConcept("psychology", "Q000523")
  static let standards = MeshConcept("standards", "Q000592")
  static let organization = MeshConcept("organization & administration", "Q000458")
  static let trends = MeshConcept("trends", "Q000639")
  static let utilization = MeshConcept("utilization", "Q000641")
  static let ethics = MeshConcept("ethics", "Q000941")
  static let epidemiology = MeshConcept("epidemiology", "Q000453")
  static let prevention = MeshConcept("prevention & control", "Q000517")
  static let therapy = MeshConcept("therapy", "Q000628")

  /// Publication types.
  static let journalArticle = PublicationType("Journal Article", "D016428")
  static let review = PublicationType("Review", "D016454")
  static let systematicReview = PublicationType("Systematic Review", "D000078182")
  static let metaAnalysis = PublicationType("Meta-Analysis", "D017418")
  static let letter = PublicationType("Letter", "D016422")
  static let editorial = PublicationType("Editorial", "D016421")
  static let comment = PublicationType("Comment", "D016420")
  static let erratum = PublicationType("Published Erratum", "D016425")
  static let randomizedTrial = PublicationType("Randomized Controlled Trial", "D016449")
  static let observational = PublicationType("Observational Study", "D064888")
  static let multicenter = PublicationType("Multicenter Study", "D016448")
  static let nonUSSupport = PublicationType("Research Support, Non-U.S. Gov't", "D013485")
  static let nihSupport = PublicationType("Research Support, N.I.H., Extramural", "D052061")
  static let englishAbstract = PublicationType("English Abstract", "D004740")
  static let comparative = PublicationType("Comparative Study", "D003160")
  static let evaluation = PublicationType("Evaluation Study", "D023362")
  static let congress = PublicationType("Congress", "D016423")
}
