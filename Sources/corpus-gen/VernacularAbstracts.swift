/// Abstracts in the article's own language, carried as `OtherAbstract` beside the English one.
///
/// Only German is provided; the text is written for this corpus.
enum VernacularAbstracts {
  /// German sections: label and pattern.
  static let german: [(label: String, text: String)] = [
    (
      "HINTERGRUND",
      """
      Soziale Medien werden von Ärztinnen und Ärzten in Weiterbildung zunehmend zum Lernen \
      genutzt.
      """
    ),
    (
      "METHODEN",
      "Online-Befragung von {invited} Assistenzärztinnen und Assistenzärzten an {sites} Kliniken."
    ),
    (
      "ERGEBNISSE",
      "{Responded} Personen nahmen teil. Am häufigsten wurden {platform} und {platform2} genutzt."
    ),
    (
      "SCHLUSSFOLGERUNG",
      "Soziale Medien sollten strukturiert in die ärztliche Weiterbildung eingebunden werden."
    ),
  ]
}
