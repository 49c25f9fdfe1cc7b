/// The example study's codebook: the themes its thematic analysis found, and the codes that
/// make them up, with the patterns that suggest each code (in the screening query language).
enum ExampleCodebook {
  /// Which themes the studies of each purpose speak to, for the truth about links.
  static let themeOfPurpose: [String: String] = [
    "audiovisual": "audiovisual_learning", "networking": "wider_networks",
    "research": "research_collaboration", "patienteducation": "patient_education",
    "integration": "not_integrated", "professionalism": "professionalism",
  ]

  static let yaml = """
    # The example study's codebook: themes, and the codes that make them up.
    # Patterns use the screening query language; examples are phrases that suggest a code.
    version: 1
    themes:
      - id: audiovisual_learning
        name: Audio-visual learning
        description: >-
          Trainees learn from videos, podcasts and recorded lectures on social media, to
          rehearse procedures and to revise on the move.
        codes:
          - id: video_learning
            name: Learning from videos
            definition: Watching videos or video demonstrations to learn a skill or a topic.
            examples: [procedure videos, video demonstrations]
            patterns: ['video* OR youtube OR tutorial* OR "recorded lectures"']
          - id: podcasts
            name: Podcasts
            definition: Listening to podcasts or audio for learning.
            patterns: ['podcast* OR audio*']
      - id: wider_networks
        name: Wider networks for ongoing learning and research
        description: >-
          Social media widens trainees' professional networks beyond their own deanery and
          specialty, and keeps them learning from colleagues and consultants.
        codes:
          - id: wider_network
            name: A wider professional network
            definition: Contacts and connections with colleagues beyond one's own workplace.
            examples: [wider network]
            patterns: ['network* OR contacts OR connecting OR "never have met"']
          - id: ongoing_learning
            name: Keeping up to date
            definition: Learning continuously from others outside formal teaching.
            patterns: ['"up to date" OR "keep learning" OR "ongoing learning"']
      - id: research_collaboration
        name: Research collaboration
        description: >-
          Social media helps trainees find collaborators, join research collaboratives and
          run multi-centre audits and research projects.
        codes:
          - id: collaborators
            name: Finding collaborators
            definition: Meeting people to do research or audit with.
            patterns: ['collaborat* OR co-authored OR "research project*" OR audit*']
      - id: patient_education
        name: Patient education
        description: >-
          Social media is a way to educate patients, share reliable information and answer
          what patients have seen online.
        codes:
          - id: educating_patients
            name: Educating patients
            definition: Using social media content to inform or educate patients.
            patterns: ['patient* AND (explain* OR educat* OR leaflet* OR video*)']
      - id: not_integrated
        name: Social media not integrated by training programmes
        description: >-
          Training programmes and curricula do not integrate social media into teaching and
          give no guidance on using it for learning.
        codes:
          - id: not_in_curriculum
            name: Not part of the curriculum
            definition: The programme or curriculum ignores social media or gives no guidance.
            patterns:
              - '"not part of" OR "no guidance" OR ignores OR "not integrated" OR "not yet integrated"'
              - 'curricul* OR "social media policy" OR "made no use of social media"'
          - id: programme_should_recommend
            name: Programmes should recommend resources
            definition: Wishes that the programme curated or recommended good channels.
            patterns: ['(recommend* OR curat*) AND (programme* OR channel*)']
      - id: professionalism
        name: Professionalism and privacy online
        description: >-
          Concerns about confidentiality, privacy and professional behaviour online, and the
          wish for guidance on e-professionalism.
        codes:
          - id: confidentiality
            name: Confidentiality and privacy
            definition: Worries about patient confidentiality or one's own privacy.
            patterns: ['confidential* OR privacy']
          - id: professional_behaviour
            name: Professional behaviour online
            definition: Professional conduct online, and the guidance on it.
            patterns: ['unprofessional OR "professional behaviour" OR professionalism']

    """
}
