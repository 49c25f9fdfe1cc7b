/// Made-up but pronounceable words, names and journals for the planted corpus: enough of them
/// that two studies drawn at random share a title only when the corpus plants it.
enum Vocabulary {
  private static let onsets = [
    "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "tr", "pl", "st",
  ]
  private static let vowels = ["a", "e", "i", "o", "u", "ia", "eo"]
  private static let codas = ["", "n", "r", "s", "l", "x", "m"]

  /// About four thousand words, with the spellings British exports change.
  static let words: [String] = {
    var words = [
      "hemolytic", "pediatric", "immunization", "randomized", "anemia", "tumor", "center",
      "behavior", "esophageal", "fetal", "hospitalization", "of", "in", "and", "the", "with",
    ]
    for onset in onsets {
      for vowel in vowels {
        for coda in codas {
          for ending in ["ic", "al", "osis", "ity", "ment"] {
            words.append(onset + vowel + coda + ending)
          }
        }
      }
    }
    return words
  }()

  static let families: [String] = {
    var names: [String] = []
    for first in onsets {
      for vowel in vowels {
        for second in onsets {
          for ending in ["er", "son", "ova", "ez", "i"] {
            names.append(
              (first + vowel + second + ending).prefix(1).uppercased()
                + (first + vowel + second + ending).dropFirst())
          }
        }
      }
    }
    return names + ["Müller", "Søndergaard", "Łukasik", "Núñez", "O'Brien", "García-López"]
  }()

  static let given = [
    "Anna", "Ben", "Chidi", "Dana", "Emeka", "Fatima", "Giulia", "Hiro", "Ines", "Jonas",
    "Kemi", "Lars", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
  ]

  /// Journals, full title and abbreviation.
  static let journals: [(full: String, abbreviation: String)] = {
    var journals: [(String, String)] = []
    let fields = [
      "Haematology", "Nephrology", "Medical Education", "Surgery", "Pediatrics",
      "Immunology", "Transplantation", "Emergency Medicine", "Anaesthesia", "Oncology",
    ]
    let kinds = [
      ("Journal of", "J"), ("Annals of", "Ann"), ("Reviews in", "Rev"),
      ("Archives of", "Arch"), ("Advances in", "Adv"),
    ]
    let places = ["", "British ", "European ", "American ", "Clinical ", "International "]
    for field in fields {
      for (kind, kindShort) in kinds {
        for place in places {
          let full = "\(place.isEmpty ? "" : place)\(kind) \(field)"
          let short =
            (place.isEmpty ? "" : String(place.prefix(3)) + " ") + kindShort + " "
            + field.split(separator: " ").map { String($0.prefix(5)) }.joined(separator: " ")
          journals.append((full, short))
        }
      }
    }
    return journals
  }()
}
