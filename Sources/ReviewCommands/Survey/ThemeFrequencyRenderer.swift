import Ingest
import ReviewStore
import Survey

/// The theme frequencies of the project's survey.
enum ThemeFrequencyLoader {
  static func load(
    location: ProjectLocation, store: ProjectStore, files: SurveyFileOptions, coder: String?
  ) throws(CommandFailure) -> [ThemeFrequency] {
    let codebook = try files.loadCodebook(location, store: store)
    let (_, responses) = try store.requireSurveyResponses()
    do {
      return ThemeFrequency.all(
        codebook: codebook, responses: responses, coded: CodedAnswers(try store.codingActions()),
        coder: coder)
    } catch {
      throw CommandFailure(error)
    }
  }
}

/// Prints theme frequencies.
enum ThemeFrequencyRenderer {
  static func text(_ frequencies: [ThemeFrequency]) -> String {
    var table = TextTable(
      headers: ["Theme", "Respondents", "%", "95% CI"], rightAligned: [1, 2, 3])
    table.rows = frequencies.map {
      [
        $0.name, "\($0.respondents) of \($0.returned)", Percent.text($0.share),
        Percent.interval($0.interval),
      ]
    }
    var out = table.render()
    for theme in frequencies where !theme.exemplars.isEmpty {
      out += "\n\(theme.name)\n"
      for quote in theme.exemplars {
        out += "  \"\(oneLine(quote.text))\" (\(quote.respondent))\n"
      }
    }
    return out
  }

  static func markdown(_ frequencies: [ThemeFrequency]) -> String {
    var out = "| Theme | Respondents | % | 95% CI |\n|---|---:|---:|---:|\n"
    for theme in frequencies {
      out +=
        "| \(MarkdownText.cell(theme.name)) | \(theme.respondents) of \(theme.returned) | "
        + "\(Percent.text(theme.share)) | \(Percent.interval(theme.interval)) |\n"
    }
    for theme in frequencies {
      out += "\n## \(theme.name)\n\n\(theme.description)\n"
      for code in theme.codeCounts {
        out += "\n- \(code.name) (`\(code.codeID)`): \(code.respondents) respondents"
      }
      out += "\n"
      for quote in theme.exemplars {
        out += "\n> \(oneLine(quote.text)) — \(quote.respondent)\n"
      }
    }
    return out
  }

  static func csv(_ frequencies: [ThemeFrequency]) -> String {
    var out = CSVWriter.row([
      "theme", "name", "respondents", "returned", "percent", "ci95_low",
      "ci95_high",
    ])
    for theme in frequencies {
      out += CSVWriter.row([
        theme.themeID, theme.name, String(theme.respondents), String(theme.returned),
        Percent.number(theme.share * 100), Percent.number(theme.interval.lowerBound * 100),
        Percent.number(theme.interval.upperBound * 100),
      ])
    }
    return out
  }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " / ")
  }
}

/// `themes --json`.
struct ThemeFrequencyJSON: Encodable {
  struct Quote: Encodable {
    var respondent: String
    var text: String
  }

  struct CodeCount: Encodable {
    var code: String
    var name: String
    var respondents: Int
  }

  var theme: String
  var name: String
  var description: String
  var respondents: Int
  var returned: Int
  var percent: Double
  var ci95: [Double]
  var codes: [CodeCount]
  var exemplars: [Quote]

  init(_ frequency: ThemeFrequency) {
    theme = frequency.themeID
    name = frequency.name
    description = frequency.description
    respondents = frequency.respondents
    returned = frequency.returned
    percent = (frequency.share * 1000).rounded() / 10
    ci95 = [frequency.interval.lowerBound, frequency.interval.upperBound].map {
      ($0 * 1000).rounded() / 10
    }
    codes = frequency.codeCounts.map {
      CodeCount(code: $0.codeID, name: $0.name, respondents: $0.respondents)
    }
    exemplars = frequency.exemplars.map { Quote(respondent: $0.respondent, text: $0.text) }
  }
}
