/// The sentence patterns abstracts are made of, by section and by kind of study.
///
/// Written in British spelling; ``Lexicon`` converts them for American journals.
enum AbstractPatterns {
  /// Opening sentences, by the group a record is about.
  static func background(_ group: AudienceGroup) -> [String] {
    switch group {
    case .trainees:
      [
        """
        Social media platforms have become part of how {population} learn, communicate and build \
        professional networks, yet their place in formal training remains poorly defined.
        """,
        """
        {Platform} and similar platforms give {people} immediate access to educational content \
        and to colleagues beyond their own hospital.
        """,
        """
        Postgraduate training increasingly happens alongside informal online learning, much of \
        it through {platform} and {platform2}.
        """,
        "Little is known about how {population} in {country} use social media for {purpose}.",
        """
        Concerns about professionalism, confidentiality and the quality of online content have \
        made some training programmes cautious about endorsing social media.
        """,
        """
        Free open access medical education has grown rapidly, and {people} are among its most \
        active users and producers.
        """,
        """
        Working patterns in {specialty} training leave {people} with limited protected teaching \
        time, and many turn to social media to fill the gap.
        """,
      ]
    case .learners:
      [
        "Social media is used widely by {population}, both socially and for study.",
        """
        Educators are increasingly interested in how {population} use {platform} and {platform2} \
        to support their learning.
        """,
        """
        The boundary between personal and professional use of social media is often unclear for \
        {population}.
        """,
        """
        Online platforms offer {population} new ways to learn from peers, but their educational \
        value is uncertain.
        """,
      ]
    case .clinicians:
      [
        "Many {population} now maintain a professional presence on social media.",
        """
        Social media offers {population} new routes for continuing professional development and \
        for communicating with the public.
        """,
        """
        The use of {platform} by {population} has grown rapidly, raising questions about \
        professionalism and influence.
        """,
      ]
    case .patients:
      [
        "{Population} increasingly turn to social media for information and support.",
        "Information about {condition} on {platform} is abundant but of uncertain quality.",
        "Online communities have become an important source of peer support for {population}.",
        """
        Health professionals are often unaware of what their patients read about {condition} \
        online.
        """,
      ]
    case .youngPeople:
      [
        "Concern is growing about the effects of social media on {population}.",
        """
        {Population} spend a substantial part of each day on social media, most often on \
        {platform}.
        """,
        """
        Schools and health services are looking for evidence on how social media affects \
        {population}.
        """,
      ]
    case .careResidents:
      [
        """
        Social isolation is common among {population}, and digital tools have been proposed as \
        one way to reduce it.
        """,
        "Visiting restrictions and frailty limit contact between {population} and their families.",
      ]
    case .organisations:
      [
        "Health care organisations increasingly use social media to communicate with the public.",
        "{Platform} has become an important channel for promoting health services.",
        """
        Little is known about how {population} present themselves on social media or how the \
        public engages with them.
        """,
      ]
    }
  }

  /// Background sentences for records written after the pandemic moved teaching online.
  static let pandemicBackground: [String] = [
    """
    The COVID-19 pandemic moved much teaching online and accelerated the use of social media by \
    {people}.
    """,
    """
    During the COVID-19 pandemic, cancelled teaching sessions and redeployment pushed {people} \
    towards online resources.
    """,
  ]

  /// The aim, by kind of study.
  static func objective(_ design: Design) -> [String] {
    switch design {
    case .survey, .mixedMethods:
      [
        """
        To describe how {population} in {country} use {platform} and other social media for \
        {purpose}.
        """,
        """
        This study aimed to measure the use of social media for {purpose} among {population} and \
        to identify barriers to its use in training.
        """,
        """
        We aimed to establish how, and how often, {population} use social media for {purpose}, \
        and what they think of it.
        """,
      ]
    case .qualitative:
      [
        """
        To explore the experiences and views of {population} on the use of social media for \
        {purpose}.
        """,
        "This study explored how {population} make sense of {purpose} through social media.",
      ]
    case .contentAnalysis:
      [
        "To assess the content and quality of {platformAttr} {content} relating to {purpose}.",
        """
        We aimed to characterise {content} about {purpose} on {platform} and the accounts that \
        post them.
        """,
      ]
    case .intervention, .randomisedTrial:
      [
        """
        To evaluate {platformArticle} {platformAttr}-based programme to support {purpose} among \
        {population}.
        """,
        """
        This study assessed whether teaching delivered through {platform} improves knowledge and \
        confidence among {population}.
        """,
      ]
    case .systematicReview, .scopingReview, .narrativeReview:
      [
        "To synthesise the evidence on the use of social media for {purpose} among {population}.",
        "This review maps what is known about {purpose} through social media among {population}.",
      ]
    case .editorial, .letter, .comment, .erratum, .conferenceAbstract:
      ["To describe the use of social media for {purpose} among {population}."]
    }
  }

  /// True for the groups whose surveys are about learning and professional practice.
  static func isProfessional(_ group: AudienceGroup) -> Bool {
    switch group {
    case .trainees, .learners, .clinicians: true
    case .patients, .youngPeople, .careResidents, .organisations: false
    }
  }

  /// Methods sentences: each inner array is one step, from which one sentence is drawn.
  static func methods(_ design: Design, group: AudienceGroup) -> [[String]] {
    if design == .survey || design == .conferenceAbstract, !isProfessional(group) {
      return [
        [
          """
          We conducted a cross-sectional online survey of {population} in {country} between \
          {startMonth} and {endMonth} {studyYear}.
          """,
          "An anonymous questionnaire was distributed to {population} recruited through {setting}.",
        ],
        [
          """
          The questionnaire covered the platforms used, the time spent on them and their \
          perceived usefulness for {purpose}.
          """,
          """
          Items were adapted from previously published instruments and piloted with {k} \
          respondents.
          """,
        ],
        [
          "Associations were tested with {statistic}.",
          "Data were analysed descriptively, and free-text answers were analysed thematically.",
        ],
      ]
    }
    return switch design {
    case .survey, .conferenceAbstract:
      [
        [
          """
          We conducted a cross-sectional online survey of {population} in {setting} between \
          {startMonth} and {endMonth} {studyYear}.
          """,
          """
          An anonymous electronic questionnaire was sent to all {population} registered with \
          {sites} {programmes} in {country} in {startMonth} {studyYear}.
          """,
          """
          A national survey of {population} was distributed through {sites} {programmes} and \
          trainee networks in {country}.
          """,
        ],
        [
          """
          The questionnaire comprised {items} items covering frequency of use, purposes, \
          perceived value and concerns about professionalism.
          """,
          """
          Items were developed from a literature review and piloted with {k} respondents before \
          distribution.
          """,
          """
          Questions addressed the platforms used, the time spent on them and their perceived \
          usefulness for {purpose}.
          """,
        ],
        [
          """
          Responses were summarised with descriptive statistics, and associations were tested \
          with {statistic}.
          """,
          """
          Frequency analysis was used for closed questions and thematic analysis for free-text \
          responses.
          """,
          "Free-text comments were coded inductively by two researchers.",
        ],
        [
          """
          Reporting followed the Checklist for Reporting Results of Internet E-Surveys \
          (CHERRIES).
          """,
          """
          The study was approved by the institutional research ethics committee, and \
          participation was voluntary and anonymous.
          """,
          "No incentives were offered for participation.",
        ],
      ]
    case .qualitative:
      [
        [
          """
          We conducted semi-structured interviews with {n} {population} purposively sampled from \
          {sites} hospitals in {country}.
          """,
          """
          Focus groups with {n} {population} were held between {startMonth} and {endMonth} \
          {studyYear}.
          """,
          "{Population} were interviewed online until no new themes emerged ({n} participants).",
        ],
        [
          """
          Interviews were recorded, transcribed verbatim and analysed using reflexive thematic \
          analysis.
          """,
          """
          Transcripts were coded independently by two researchers, and themes were refined \
          through discussion.
          """,
          """
          Analysis followed the framework method, with an initial coding frame derived from the \
          topic guide.
          """,
        ],
        [
          "Reporting followed the Consolidated Criteria for Reporting Qualitative Research.",
          """
          The researchers kept reflexive notes throughout, and two participants reviewed the \
          themes.
          """,
        ],
      ]
    case .mixedMethods:
      [
        [
          """
          This sequential explanatory mixed-methods study combined a survey of {invited} \
          {population} with follow-up interviews.
          """,
          """
          We surveyed {population} at {sites} sites and then interviewed a purposive sample of \
          respondents.
          """,
        ],
        [
          """
          Quantitative data were analysed descriptively; interview transcripts were analysed \
          thematically.
          """,
          """
          Survey findings informed the interview guide, and the two data sets were integrated at \
          interpretation.
          """,
        ],
      ]
    case .contentAnalysis:
      [
        [
          """
          We searched {platform} for {content} relating to {purpose} posted between {startMonth} \
          and {endMonth} {studyYear}.
          """,
          """
          All {content} carrying the hashtag {hashtag} during {duration} were collected through \
          the platform's application programming interface.
          """,
          "The most-viewed {content} returned for {k} search terms were screened for eligibility.",
        ],
        [
          """
          Two reviewers independently rated each item with the {score} instrument and classified \
          its source and content.
          """,
          """
          Content was coded with a framework developed for this study, and agreement between \
          coders was assessed with Cohen's kappa.
          """,
          "Engagement metrics (likes, shares and comments) were recorded for each item.",
        ],
        [
          "Only publicly available content was used, and the study was exempt from ethical review.",
          "Accounts were anonymised before analysis.",
        ],
      ]
    case .intervention:
      [
        [
          """
          We introduced {platformArticle} {platformAttr}-based teaching programme for \
          {population} in {setting} and evaluated it over {weeks} weeks.
          """,
          """
          A curriculum of {k} short videos was shared through a closed {platformAttr} group with \
          {n} {population}.
          """,
          """
          Weekly teaching posts were delivered through {platform} to {population} over one \
          training rotation.
          """,
        ],
        [
          """
          Knowledge was assessed with a {items}-item test before and after the programme, and \
          participants completed an evaluation questionnaire.
          """,
          "Outcomes were participation, satisfaction and change in self-reported confidence.",
        ],
      ]
    case .randomisedTrial:
      [
        [
          """
          {Population} at {sites} sites were randomly assigned to {platformAttr}-based teaching \
          in addition to usual teaching or to usual teaching alone.
          """,
          """
          In this parallel-group randomised trial, {population} were allocated 1:1 to an online \
          teaching programme or to a waiting-list control.
          """,
        ],
        [
          """
          The primary outcome was the score on a {items}-item knowledge test at {weeks} weeks; \
          secondary outcomes included confidence and engagement.
          """,
          "Outcome assessors were blinded to allocation, and analysis was by intention to treat.",
        ],
      ]
    case .systematicReview, .scopingReview:
      [
        [
          "We searched {databases} from inception to {startMonth} {studyYear}.",
          """
          {Databases} were searched without language restrictions, and reference lists of \
          included studies were screened.
          """,
        ],
        [
          """
          Studies of {population} that reported the use of social media for {purpose} were \
          eligible.
          """,
          """
          Two reviewers screened {records} records independently and extracted data with a \
          piloted form.
          """,
        ],
        [
          "Study quality was appraised with a critical appraisal tool appropriate to each design.",
          "Findings were synthesised narratively.",
          "Evidence was charted and summarised descriptively.",
        ],
        [
          "The protocol was registered in advance, and reporting followed PRISMA 2020.",
          "The review followed published guidance for reviews in medical education.",
        ],
      ]
    case .narrativeReview, .editorial, .letter, .comment, .erratum:
      []
    }
  }

  /// Results sentences: each inner array is one step.
  ///
  /// `{finding1}` to `{finding3}` are filled from the record's purpose.
  static func results(_ design: Design, group: AudienceGroup) -> [[String]] {
    if design == .survey || design == .conferenceAbstract, !isProfessional(group) {
      return [
        ["Of {invited} {people} invited, {responded} responded ({rate}%)."],
        [
          """
          Most respondents ({p1}%) used social media daily, most commonly {platform} ({p2}%) and \
          {platform2} ({p6}%).
          """
        ],
        ["{finding1}"],
        ["{finding2}"],
      ]
    }
    return switch design {
    case .survey, .conferenceAbstract:
      [
        [
          "Of {invited} {people} invited, {responded} responded ({rate}%).",
          """
          {Responded} of {invited} eligible {people} completed the survey (response rate \
          {rate}%).
          """,
          "The response rate was {rate}% ({responded}/{invited}).",
        ],
        [
          """
          Most respondents ({p1}%) used at least one platform for professional purposes, most \
          commonly {platform} ({p2}%) and {platform2} ({p6}%).
          """,
          """
          Use was highest for {platform} ({p1}%), followed by {platform2} ({p2}%) and \
          {platform3} ({p6}%).
          """,
        ],
        ["{finding1}"],
        ["{finding2}"],
        ["{finding3}"],
        [
          "Free-text responses described {theme1}, {theme2} and {theme3}.",
          """
          Respondents who had used social media for {purpose} were more likely to rate it as \
          useful ({pvalue}).
          """,
        ],
      ]
    case .qualitative:
      [
        [
          "{K} themes were identified: {theme1}, {theme2}, {theme3} and {theme4}.",
          "Analysis generated four themes: {theme1}; {theme2}; {theme3}; and {theme4}.",
        ],
        [
          "Participants valued {theme1} but described tension around {theme3}.",
          "{Theme2} mattered most to participants early in training.",
        ],
        ["{finding1}"],
        [
          "Participants contrasted informal online learning with {theme4}.",
          """
          Several participants described changing how they used social media as training \
          progressed.
          """,
        ],
      ]
    case .mixedMethods:
      [
        ["{Responded} of {invited} {people} responded ({rate}%), and {n} were interviewed."],
        ["{finding1}"],
        ["Interviews explained these patterns through {theme1} and {theme2}."],
      ]
    case .contentAnalysis:
      [
        [
          "In total, {n} {content} were analysed.",
          "The final sample comprised {n} {content} from {responded} accounts.",
        ],
        ["{finding1}"],
        ["{finding2}"],
      ]
    case .intervention:
      [
        ["{Responded} of {invited} eligible {people} took part ({rate}%)."],
        [
          "Mean knowledge scores rose from {p6}% to {p1}% ({pvalue}).",
          "Satisfaction was high, with {p3}% rating the programme as good or excellent.",
        ],
        ["{finding1}"],
      ]
    case .randomisedTrial:
      [
        ["{Responded} participants were randomised, and {n} completed follow-up."],
        [
          """
          The intervention group scored higher on the knowledge test at {weeks} weeks ({effect}; \
          {pvalue}).
          """,
          "There was no significant difference in the primary outcome ({effect}; {pvalue}).",
        ],
      ]
    case .systematicReview, .scopingReview:
      [
        [
          "Of {records} records screened, {studies} studies met the inclusion criteria.",
          "{Studies} studies, involving {n} participants, were included.",
        ],
        [
          """
          Most were cross-sectional surveys from high-income countries, and study quality was \
          generally low.
          """,
          """
          Studies reported benefits for {theme1} and {theme2}, while concerns centred on \
          {theme3}.
          """,
        ],
      ]
    case .narrativeReview, .editorial, .letter, .comment, .erratum:
      []
    }
  }

  /// Closing sentences added after the purpose's own conclusion.
  static func conclusions(_ group: AudienceGroup) -> [String] {
    switch group {
    case .trainees:
      [
        """
        Training programmes should consider how to incorporate these platforms safely into \
        postgraduate curricula.
        """,
        """
        Further research should examine whether these patterns translate into better learning or \
        patient outcomes.
        """,
        "These findings may inform guidance for {people} and their educators.",
      ]
    case .learners, .clinicians:
      [
        "Educators should take account of these patterns when designing teaching.",
        "Further research is needed on the educational value of these platforms.",
      ]
    case .patients, .youngPeople, .careResidents, .organisations:
      [
        "Further research should examine how these findings apply in other settings.",
        "Health professionals should be aware of these patterns.",
      ]
    }
  }

  /// Sentences for editorials, commentaries and narrative reviews.
  static let commentary: [String] = [
    """
    Social media now shapes how many {people} learn, whether or not their programmes acknowledge \
    it.
    """,
    "Used well, {platform} can connect {people} with expertise far beyond their own hospital.",
    """
    The same openness brings risks: blurred boundaries, breaches of confidentiality and content \
    of uncertain quality.
    """,
    "We argue that training programmes should engage with social media rather than ignore it.",
    """
    Guidance from regulators has lagged behind practice, leaving {people} to work out the rules \
    for themselves.
    """,
    """
    This article reviews the opportunities and pitfalls of {purpose} through social media and \
    offers practical recommendations.
    """,
    "We describe our experience of using {platform} for {purpose} in {specialty} training.",
    "Educators need evidence, not enthusiasm, before building social media into the curriculum.",
  ]

  /// Structured-abstract labels, each with the NLM category PubMed assigns to it.
  static let backgroundLabels: [(String, String?)] = [
    ("BACKGROUND", "BACKGROUND"), ("INTRODUCTION", "BACKGROUND"), ("CONTEXT", "BACKGROUND"),
  ]
  static let objectiveLabels: [(String, String?)] = [
    ("OBJECTIVE", "OBJECTIVE"), ("AIMS", "OBJECTIVE"), ("PURPOSE", "OBJECTIVE"),
    ("OBJECTIVES", "OBJECTIVE"),
  ]
  static let methodsLabels: [(String, String?)] = [
    ("METHODS", "METHODS"), ("MATERIALS AND METHODS", "METHODS"), ("METHOD", "METHODS"),
    ("DESIGN, SETTING, AND PARTICIPANTS", "METHODS"),
  ]
  static let resultsLabels: [(String, String?)] = [
    ("RESULTS", "RESULTS"), ("FINDINGS", "RESULTS"),
  ]
  static let conclusionsLabels: [(String, String?)] = [
    ("CONCLUSIONS", "CONCLUSIONS"), ("CONCLUSION", "CONCLUSIONS"), ("DISCUSSION", "CONCLUSIONS"),
    ("CONCLUSIONS AND RELEVANCE", "CONCLUSIONS"), ("CONCLUSION", nil),
  ]

  /// Instruments, databases and tests named in methods.
  static let scores: [String] = [
    "DISCERN", "Global Quality Score", "JAMA benchmark",
    "Patient Education Materials Assessment Tool",
    "modified DISCERN",
  ]
  static let databases: [String] = [
    "MEDLINE, Embase, ERIC and CINAHL", "PubMed, Embase, Scopus and Web of Science",
    "MEDLINE, PsycINFO, ERIC and the Cochrane Library", "PubMed, CINAHL and ERIC",
  ]
  static let statistics: [String] = [
    "chi-squared tests", "Fisher's exact tests", "logistic regression", "Mann-Whitney U tests",
  ]
  static let months: [String] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
