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

      # Inclusion and exclusion criteria: an id (snake_case, stored as the reason of decisions),
      # a label and, optionally, a rule in the query language (PubMed-like: terms, "phrases",
      # wildcards*, [ti] [ab] [tiab] [au] [la] [pt] [mh] [kw] [dp] tags, AND/OR/NOT, parentheses).
      # `litrev screen --auto` excludes a record that an exclusion rule matches, or that an
      # inclusion rule does not; rules never include anything.
      criteria:
        # Built-in hard criteria; remove the # to use them.
        # publication_years: {from: 2004, to: 2024}
        # languages: [English]
        # excluded_publication_types: [Editorial, Letter, Comment]
        include: []
        #  - id: social_media
        #    label: Studies the use of social media
        #    rule: '"social media" OR twitter OR youtube OR podcast* OR blog*'
        exclude: []
        #  - id: not_postgraduate
        #    label: No doctors in postgraduate training
        #    rule: '"medical student*"[tiab] NOT (resident*[tiab] OR trainee*[tiab])'

      # Reasons for excluding a full text, in the order the PRISMA diagram lists them.
      full_text_exclusion_reasons:
        - Wrong population
        - Wrong intervention
        - Wrong outcome
        - Wrong study design
        - Full text not available

      # Terms highlighted while screening, in the query language.
      highlight:
        include: []
        exclude: []

      # Duplicate detection: pairs scoring above merge_above (0 to 1) are merged, those above
      # review_above are shown to a person; conference abstracts are kept apart or merged.
      deduplication:
        merge_above: 0.95
        review_above: 0.8
        conference_abstracts: keep

      # The data-extraction form: the fields `litrev extract` asks for, for each study included
      # at full text, and the columns of `litrev export evidence`. A field has a snake_case
      # name, a type (text, number, choice or list, whose items are separated by ;), help text
      # and, for choice and list fields, the allowed choices. Remove the # to use it.
      extraction: []
      #  - name: country
      #    type: list
      #    help: Countries where the study was done
      #  - name: study_design
      #    type: choice
      #    help: The design as the authors report it
      #    choices: [Cross-sectional survey, Qualitative, Mixed methods, Cohort, Other]
      #  - name: participants_n
      #    type: number
      #    help: How many took part
      #  - name: key_findings
      #    type: text
      #    help: The main findings, in a sentence or two

      """
  }
}
