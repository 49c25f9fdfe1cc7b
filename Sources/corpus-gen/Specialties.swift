/// A medical specialty: how its trainees, departments and procedures are named.
struct Specialty: Sendable {
  let name: String
  /// Used before a trainee noun: `surgical` in `core surgical trainees`.
  let adjective: String
  let department: String
  let mesh: MeshConcept
  let emtree: String
  let area: JournalArea
  /// Things trainees watch videos of or are taught online.
  let procedures: [String]
  let hashtags: [String]
}

/// The specialties records are about.
enum Specialties {
  static let all: [Specialty] = [
    Specialty(
      name: "general surgery", adjective: "surgical", department: "Department of General Surgery",
      mesh: MeshConcept("General Surgery", "D013502"), emtree: "general surgery", area: .surgery,
      procedures: [
        "laparoscopic cholecystectomy", "inguinal hernia repair", "laparoscopic appendicectomy",
        "skin suturing", "bowel anastomosis",
      ],
      hashtags: ["#SoMe4Surgery", "#SurgEd", "#TraineeSurgeons"]),
    Specialty(
      name: "emergency medicine", adjective: "emergency medicine",
      department: "Department of Emergency Medicine",
      mesh: MeshConcept("Emergency Medicine", "D004636"), emtree: "emergency medicine",
      area: .emergency,
      procedures: [
        "rapid sequence induction", "chest drain insertion", "point-of-care ultrasound",
        "procedural sedation", "shoulder reduction",
      ],
      hashtags: ["#FOAMed", "#EMEd", "#FOAMtraining"]),
    Specialty(
      name: "internal medicine", adjective: "internal medicine",
      department: "Department of Internal Medicine",
      mesh: MeshConcept("Internal Medicine", "D007388"), emtree: "internal medicine",
      area: .internalMedicine,
      procedures: [
        "lumbar puncture", "arterial blood gas sampling", "paracentesis", "ECG interpretation",
      ],
      hashtags: ["#MedEd", "#IMTwitter", "#MedTwitter"]),
    Specialty(
      name: "paediatrics", adjective: "paediatric", department: "Department of Paediatrics",
      mesh: MeshConcept("Pediatrics", "D010372"), emtree: "pediatrics", area: .paediatrics,
      procedures: [
        "neonatal resuscitation", "paediatric cannulation", "lumbar puncture in infants",
        "newborn examination",
      ],
      hashtags: ["#PaedsEd", "#PedsTwitter", "#tweetiatrician"]),
    Specialty(
      name: "anaesthesia", adjective: "anaesthesia", department: "Department of Anaesthesia",
      mesh: MeshConcept("Anesthesiology", "D000773"), emtree: "anesthesiology",
      area: .anaesthesia,
      procedures: [
        "ultrasound-guided nerve blocks", "awake fibreoptic intubation", "spinal anaesthesia",
        "central venous catheter insertion",
      ],
      hashtags: ["#AnaesTwitter", "#FOAMed", "#RegionalAnaesthesia"]),
    Specialty(
      name: "psychiatry", adjective: "psychiatry", department: "Department of Psychiatry",
      mesh: MeshConcept("Psychiatry", "D011570"), emtree: "psychiatry", area: .psychiatry,
      procedures: [
        "mental state examination", "risk assessment", "psychotherapy case formulation",
        "capacity assessment",
      ],
      hashtags: ["#PsychTwitter", "#MedEd", "#PsychEd"]),
    Specialty(
      name: "radiology", adjective: "radiology", department: "Department of Radiology",
      mesh: MeshConcept("Radiology", "D011871"), emtree: "radiology", area: .radiology,
      procedures: [
        "chest radiograph interpretation", "CT head reporting", "ultrasound-guided biopsy",
        "MRI protocoling",
      ],
      hashtags: ["#RadEd", "#RadTwitter", "#FOAMrad"]),
    Specialty(
      name: "dermatology", adjective: "dermatology", department: "Department of Dermatology",
      mesh: MeshConcept("Dermatology", "D003880"), emtree: "dermatology", area: .dermatology,
      procedures: ["dermoscopy", "punch biopsy", "cryotherapy", "patch testing"],
      hashtags: ["#DermTwitter", "#DermEd"]),
    Specialty(
      name: "obstetrics and gynaecology", adjective: "obstetrics and gynaecology",
      department: "Department of Obstetrics and Gynaecology",
      mesh: MeshConcept("Gynecology", "D006157"), emtree: "gynecology", area: .medicalEducation,
      procedures: [
        "perineal repair", "caesarean section", "hysteroscopy", "operative vaginal delivery",
      ],
      hashtags: ["#OBGYN", "#MedEd"]),
    Specialty(
      name: "orthopaedic surgery", adjective: "orthopaedic",
      department: "Department of Trauma and Orthopaedic Surgery",
      mesh: MeshConcept("Orthopedics", "D009985"), emtree: "orthopedics", area: .surgery,
      procedures: [
        "hip hemiarthroplasty", "dynamic hip screw fixation", "knee arthroscopy",
        "distal radius fracture fixation",
      ],
      hashtags: ["#OrthoTwitter", "#OrthoEd"]),
    Specialty(
      name: "ophthalmology", adjective: "ophthalmology", department: "Department of Ophthalmology",
      mesh: MeshConcept("Ophthalmology", "D009885"), emtree: "ophthalmology",
      area: .medicalEducation,
      procedures: ["phacoemulsification", "slit-lamp examination", "intravitreal injection"],
      hashtags: ["#OphthoTwitter", "#MedEd"]),
    Specialty(
      name: "otolaryngology", adjective: "otolaryngology",
      department: "Department of Otolaryngology – Head and Neck Surgery",
      mesh: MeshConcept("Otolaryngology", "D010037"), emtree: "otorhinolaryngology",
      area: .surgery, procedures: ["tonsillectomy", "flexible nasendoscopy", "tracheostomy"],
      hashtags: ["#ENTTwitter", "#OtoEd"]),
    Specialty(
      name: "urology", adjective: "urology", department: "Department of Urology",
      mesh: MeshConcept("Urology", "D014572"), emtree: "urology", area: .surgery,
      procedures: ["flexible cystoscopy", "ureteroscopy", "transurethral resection"],
      hashtags: ["#UroSoMe", "#Urology"]),
    Specialty(
      name: "neurology", adjective: "neurology", department: "Department of Neurology",
      mesh: MeshConcept("Neurology", "D009462"), emtree: "neurology", area: .internalMedicine,
      procedures: ["neurological examination", "lumbar puncture", "EEG interpretation"],
      hashtags: ["#NeuroTwitter", "#NeuroEd"]),
    Specialty(
      name: "cardiology", adjective: "cardiology", department: "Department of Cardiology",
      mesh: MeshConcept("Cardiology", "D002309"), emtree: "cardiology", area: .internalMedicine,
      procedures: ["echocardiography", "coronary angiography", "ECG interpretation"],
      hashtags: ["#CardioTwitter", "#CardsEd"]),
    Specialty(
      name: "general practice", adjective: "general practice",
      department: "Department of General Practice",
      mesh: MeshConcept("Family Practice", "D005194"), emtree: "general practice",
      area: .familyMedicine,
      procedures: ["joint injection", "contraceptive implant insertion", "minor surgery"],
      hashtags: ["#GPTraining", "#PrimaryCare"]),
    Specialty(
      name: "plastic surgery", adjective: "plastic surgery",
      department: "Department of Plastic and Reconstructive Surgery",
      mesh: MeshConcept("Surgery, Plastic", "D013518"), emtree: "plastic surgery",
      area: .surgery, procedures: ["local flap design", "skin grafting", "tendon repair"],
      hashtags: ["#PlasticSurgery", "#PRSGlobal"]),
    Specialty(
      name: "intensive care medicine", adjective: "intensive care",
      department: "Department of Critical Care Medicine",
      mesh: MeshConcept("Critical Care", "D003422"), emtree: "intensive care",
      area: .anaesthesia,
      procedures: ["prone positioning", "percutaneous tracheostomy", "arterial line insertion"],
      hashtags: ["#FOAMcc", "#CritCare"]),
  ]
}
