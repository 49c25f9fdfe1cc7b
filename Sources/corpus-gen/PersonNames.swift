/// Family and given names for one naming tradition.
///
/// Authors of a record are drawn mostly from the pools of its country. The lists were written for
/// this corpus, not taken from any real author list.
struct NamePool: Sendable {
  let family: [String]
  let given: [String]
}

/// The naming traditions authors are drawn from.
enum PersonNames {
  static let british = NamePool(
    family: [
      "Ashworth", "Bennett", "Blackwood", "Carter", "Clarke", "Davies", "Ellison", "Fairbairn",
      "Fletcher", "Griffiths", "Hargreaves", "Holloway", "Jenkins", "Kingsley", "Lambert",
      "McAllister", "Morgan", "Pemberton", "Prichard", "Rowlands", "Shepherd", "Thornton",
      "Wainwright", "Whitfield", "Youngman", "Llewellyn", "Fraser", "Campbell", "MacLeod",
      "Ramsay",
    ],
    given: [
      "Alice", "Amelia", "Benjamin", "Charlotte", "Daniel", "Eleanor", "Freya", "George", "Hannah",
      "Harriet", "Isaac", "James", "Joanna", "Kate", "Laura", "Matthew", "Oliver", "Philippa",
      "Rhys", "Sophie", "Thomas", "Zoë", "Alastair", "Catriona", "Gareth", "Ffion", "Euan",
    ])
  static let irish = NamePool(
    family: [
      "Ó Súilleabháin", "O'Brien", "Ní Bhriain", "Mac Giolla Phádraig", "Fitzgerald", "Kavanagh",
      "Brennan", "Ó Murchú", "Doherty", "Moloney", "Quinlan", "Ní Chonaill", "Breathnach",
      "McGrath", "Walsh",
    ],
    given: [
      "Aoife", "Ciarán", "Siobhán", "Pádraig", "Niamh", "Eoin", "Órla", "Seán", "Caoimhe",
      "Darragh",
      "Róisín", "Cillian", "Sadhbh", "Dónal", "Gráinne",
    ])
  static let southAsian = NamePool(
    family: [
      "Patel", "Sharma", "Iyer", "Chaudhry", "Rahman", "Krishnan", "Banerjee", "D'Souza", "Menon",
      "Qureshi", "Siddiqui", "Venkatesh", "Bhattacharya", "Hussain", "Nair",
    ],
    given: [
      "Aarav", "Priya", "Rohan", "Ananya", "Imran", "Kavya", "Farhan", "Meera", "Sanjay", "Ayesha",
      "Vikram", "Divya", "Omar", "Lakshmi", "Nikhil",
    ])
  static let westAfrican = NamePool(
    family: [
      "Okafor", "Adeyemi", "Mensah", "Oyelaran", "Eze", "Boateng", "Nwosu", "Balogun", "Owusu",
      "Chukwuma", "Adebayo", "Okonkwo",
    ],
    given: [
      "Chidi", "Adaeze", "Kwame", "Folasade", "Emeka", "Abena", "Tunde", "Ngozi", "Kofi", "Yetunde",
      "Obinna", "Temitope",
    ])
  static let german = NamePool(
    family: [
      "Müller", "Schäfer", "Weißmann", "Köhler", "Hoffmann", "Brückner", "Zimmermann", "Krüger",
      "Schröder", "Vogt", "Lindner", "Baumgärtner", "Großkopf", "Hübner", "Wagner",
    ],
    given: [
      "Jürgen", "Anna-Lena", "Lukas", "Katharina", "Maximilian", "Jörg", "Friederike", "Tobias",
      "Lea", "Matthias", "Annegret", "Felix", "Sophie", "Björn", "Ute",
    ])
  static let nordic = NamePool(
    family: [
      "Sørensen", "Østergaard", "Lindqvist", "Åberg", "Johansson", "Kristiansen", "Bjørnsson",
      "Nyström", "Halvorsen", "Mikkelsen", "Söderberg", "Dahl",
    ],
    given: [
      "Søren", "Ingrid", "Mads", "Freja", "Åsa", "Lars", "Sigrid", "Magnus", "Astrid", "Jens",
      "Kirsten", "Henrik",
    ])
  static let french = NamePool(
    family: [
      "Lefèvre", "Dubois", "Moreau", "Girard", "Bérenger", "Rousseau", "Fontaine", "Chevalier",
      "Lemaître", "Mercier", "Faure", "Gauthier",
    ],
    given: [
      "Élodie", "Jean-Luc", "Camille", "Théo", "Amélie", "François", "Hélène", "Mathieu", "Chloé",
      "Benoît", "Inès", "Grégoire",
    ])
  static let spanish = NamePool(
    family: [
      "García-López", "Fernández", "Martínez", "Rodríguez-Peña", "Sánchez", "Muñoz", "Jiménez",
      "Ortega", "de la Cruz", "Iglesias", "Castaño", "Ibáñez",
    ],
    given: [
      "María José", "Javier", "Lucía", "Álvaro", "Inés", "Sergio", "Begoña", "Íñigo", "Carmen",
      "Raúl", "Nuria", "Andrés",
    ])
  static let portuguese = NamePool(
    family: [
      "Gonçalves", "Ferreira", "Araújo", "Conceição", "Magalhães", "de Souza", "Albuquerque",
      "Carvalho", "Simões", "Guimarães",
    ],
    given: [
      "João", "Luísa", "Thiago", "Beatriz", "Gonçalo", "Mariana", "Vinícius", "Letícia", "Rafael",
      "Camila",
    ])
  static let dutch = NamePool(
    family: [
      "van der Berg", "de Vries", "Janssen", "van Dijk", "Bakker", "Visser", "de Jong",
      "van Leeuwen", "Smits", "Mulder",
    ],
    given: [
      "Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram", "Eline", "Thijs", "Maartje", "Ruben",
    ])
  static let centralEuropean = NamePool(
    family: [
      "Dvořák", "Kowalczyk", "Wiśniewska", "Nowak", "Šimková", "Horváth", "Zieliński", "Procházka",
      "Łukasiewicz", "Kovács",
    ],
    given: [
      "Łukasz", "Zuzana", "Tomasz", "Petra", "Jakub", "Agnieszka", "Bálint", "Kateřina", "Michał",
      "Réka",
    ])
  static let turkish = NamePool(
    family: ["Şahin", "Yılmaz", "Çelik", "Demir", "Öztürk", "Aydın", "Kaya", "Doğan", "Güneş"],
    given: ["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Burak", "Gülşen", "Can", "İpek"])
  static let arabic = NamePool(
    family: [
      "Al-Harbi", "Al-Qahtani", "Haddad", "El-Sayed", "Mansour", "Al-Otaibi", "Khalil", "Nasser",
      "Al-Zahrani",
    ],
    given: ["Abdullah", "Noura", "Faisal", "Reem", "Khalid", "Lama", "Yousef", "Hessa", "Tariq"])
  static let chinese = NamePool(
    family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun"],
    given: [
      "Xiaoming", "Jing", "Yuxuan", "Hao", "Meiling", "Zhiwei", "Lei", "Yan", "Ruoxi", "Jianguo",
      "Xin",
    ])
  static let vietnamese = NamePool(
    family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"],
    given: ["Thị Hương", "Văn Minh", "Quốc Bảo", "Thu Trang", "Đức Anh", "Ngọc Lan", "Minh Châu"])
  static let japanese = NamePool(
    family: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi"],
    given: ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Mio", "Kenji", "Sakura"])
  static let korean = NamePool(
    family: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho"],
    given: ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin"])
  static let northAmerican = NamePool(
    family: [
      "Anderson", "Brooks", "Coleman", "Dawson", "Fischer", "Gallagher", "Hayes", "Jackson",
      "Kowalski", "Lopez", "Mitchell", "Novak", "Peterson", "Reyes", "Sullivan", "Tran", "Walker",
      "Washington", "Yoon", "Bergstrom",
    ],
    given: [
      "Ashley", "Brandon", "Caitlin", "Dylan", "Emily", "Garrett", "Jasmine", "Kyle", "Lauren",
      "Madison", "Nathan", "Rachel", "Tyler", "Whitney", "Jordan", "Marcus", "Alexis", "Derek",
    ])

  /// Collective authors: trainee research collaboratives and working groups (invented).
  static let collectives: [String] = [
    "Core Surgical Trainee Research Collaborative",
    "North Western Trainee Research Network",
    "Emergency Medicine Trainees' Social Media Working Group",
    "Paediatric Registrar Education Collaborative",
    "Northern Anaesthesia Trainee Research Group",
    "Resident Digital Education Consortium",
    "Irish Basic Specialist Trainee Collaborative",
    "Trainee Psychiatry Network for Online Learning",
  ]

  /// Invented e-mail domains, all under the reserved `.example` top-level domain.
  static let mailDomains: [String] = [
    "trainee-mail.example", "hospital.example", "medschool.example", "nhs-trust.example",
    "university.example", "clinic.example",
  ]
}
