/// Folds letters with diacritics to plain ASCII (`Müller` → `Muller`, `Søren` → `Soren`), as
/// some databases and e-mail addresses do.
enum ASCIIFolding {
  private static let table: [Character: String] = [
    "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "ą": "a", "ạ": "a", "ả": "a",
    "ấ": "a", "ầ": "a", "ậ": "a", "ắ": "a", "ặ": "a", "ă": "a", "ẫ": "a", "ẩ": "a", "Á": "A",
    "À": "A", "Â": "A", "Ä": "A", "Ã": "A", "Å": "A", "Ą": "A", "Ẩ": "A", "Ă": "A", "é": "e",
    "è": "e", "ê": "e", "ë": "e", "ę": "e", "ễ": "e", "ệ": "e", "ế": "e", "ề": "e", "É": "E",
    "È": "E", "Ê": "E", "Ë": "E", "í": "i", "ì": "i", "î": "i", "ï": "i", "ı": "i", "ị": "i",
    "ĩ": "i", "Í": "I", "Ì": "I", "Î": "I", "Ï": "I", "İ": "I", "ó": "o", "ò": "o", "ô": "o",
    "ö": "o", "õ": "o", "ø": "o", "ọ": "o", "ộ": "o", "ố": "o", "ồ": "o", "ơ": "o", "ớ": "o",
    "ờ": "o", "Ó": "O", "Ò": "O", "Ô": "O", "Ö": "O", "Õ": "O", "Ø": "O", "Ơ": "O", "ú": "u",
    "ù": "u", "û": "u", "ü": "u", "ụ": "u", "ư": "u", "ứ": "u", "ừ": "u", "ữ": "u", "ũ": "u",
    "Ú": "U", "Ù": "U", "Û": "U", "Ü": "U", "Ư": "U", "ñ": "n", "ń": "n", "Ñ": "N", "Ń": "N",
    "ç": "c", "č": "c", "ć": "c", "Ç": "C", "Č": "C", "Ć": "C", "ş": "s", "š": "s", "ś": "s",
    "Ş": "S", "Š": "S", "Ś": "S", "ž": "z", "ź": "z", "ż": "z", "Ž": "Z", "Ź": "Z", "Ż": "Z",
    "ł": "l", "Ł": "L", "ř": "r", "Ř": "R", "ğ": "g", "Ğ": "G", "ý": "y", "ỳ": "y", "ỹ": "y",
    "Ý": "Y", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
  ]

  /// `text` with every letter that has an ASCII base replaced by it; other characters stay.
  static func fold(_ text: String) -> String {
    guard !text.allSatisfy(\.isASCII) else { return text }
    var folded = ""
    folded.reserveCapacity(text.utf8.count)
    for character in text {
      if let replacement = table[character] {
        folded += replacement
      } else {
        folded.append(character)
      }
    }
    return folded
  }
}
