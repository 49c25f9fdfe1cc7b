/// The commented `protocol.yaml` that `litrev init` writes, for a team to edit by hand.
enum StarterProtocol {
  static func text(title: String) -> String {
    let quotedTitle =
      "\"" + title.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    return """
      # The review protocol. litrev reads it for screening, appraisal and reports; edit it by hand.
      # Every key is documented in Schemas/protocol.schema.json.
      version: 1
      title: \(quotedTitle)

      # The review question, as PICO (population, intervention, comparison, outcome) or SPIDER.
      question:
        framework: PICO
        population: ""
        intervention: ""
        comparison: ""
        outcome: ""

      # The databases and registers searched; `litrev import --source NAME` names one of these.
      sources:
        - PubMed
        - Embase

      # Screening stages and how many people screen each record.
      stages:
        title_abstract:
          reviewers_per_record: 2
          blind: true
        full_text:
          reviewers_per_record: 2
          blind: true

      # Inclusion and exclusion criteria: an id, a label and, optionally, a rule in the query
      # language (PubMed-like: terms, "phrases", wildcards*, [tiab] [pt] [la] [dp] tags, AND/OR/NOT).
      criteria:
        include: []
        exclude: []

      # Reasons for excluding a full text, in the order the PRISMA diagram lists them.
      full_text_exclusion_reasons:
        - Wrong population
        - Wrong intervention
        - Wrong outcome
        - Wrong study design
        - Full text not available

      # Terms highlighted while screening.
      highlight:
        include: []
        exclude: []

      """
  }
}
