/// What a study looks at people using social media for.
///
/// It comes with the findings, themes and index terms that go with it. Sentences are patterns
/// (see ``Template``), written in British spelling.
struct Purpose: Sendable {
  let key: String
  /// The noun phrase in running text: `research collaboration`.
  let name: String
  /// Short forms for titles.
  let titleNames: [String]
  /// Names of the platforms such studies are usually about (see ``Platforms``).
  let platforms: [String]
  let findings: [String]
  let themes: [String]
  let conclusions: [String]
  let mesh: [MeshConcept]
  let keywords: [String]
  let emtree: [String]
}

/// The purposes records are about.
enum Purposes {
  static let all: [Purpose] = learning + others + outsideTraining

  private static let learning: [Purpose] = [
    Purpose(
      key: "audiovisual", name: "audio-visual learning",
      titleNames: ["video-based learning", "audio-visual learning", "learning on the go"],
      platforms: ["YouTube", "podcasts", "Instagram", "TikTok"],
      findings: [
        """
        Short procedural videos were the most valued format ({p3}%), followed by podcasts \
        ({p4}%).
        """,
        """
        {P3}% had watched a video on {platform} before performing {procedure} for the first \
        time, and {p4}% did so at least weekly.
        """,
        """
        Podcasts were listened to mainly while commuting ({p3}%) or exercising ({p4}%), and \
        {p5}% preferred them to printed material for revision.
        """,
        """
        Trainees who used video resources reported higher confidence in {procedure} than those \
        who did not ({pvalue}).
        """,
      ],
      themes: [
        "learning on the move", "visual rehearsal before procedures", "trust in the source",
        "time-efficient revision", "variable quality of content",
      ],
      conclusions: [
        """
        Audio-visual content on social media is already part of how {people} prepare for \
        practice; programmes should help them find and appraise it.
        """,
        """
        Curated video and podcast resources could complement, rather than replace, supervised \
        teaching of {procedure}.
        """,
      ],
      mesh: [MeshVocabulary.videoRecording, MeshVocabulary.learning],
      keywords: ["audio-visual learning", "video-based learning", "podcasts"],
      emtree: ["audiovisual aid", "videorecording", "e-learning"]),
    Purpose(
      key: "networking", name: "professional networking",
      titleNames: ["professional networking", "building professional networks", "networking"],
      platforms: ["Twitter", "LinkedIn", "Facebook", "electronic mailing lists"],
      findings: [
        """
        {P3}% reported that {platform} had widened their professional network beyond their own \
        region, and {p4}% had been contacted by a senior colleague they had not met in person.
        """,
        """
        Contacts made online were described as useful for career planning by {p3}% and for \
        finding mentors by {p4}%.
        """,
        """
        Respondents with larger online networks were more likely to report ongoing learning \
        outside formal teaching ({pvalue}).
        """,
      ],
      themes: [
        "access to senior colleagues", "learning beyond the deanery",
        "visibility and career opportunities", "a sense of community",
        "blurred professional boundaries",
      ],
      conclusions: [
        """
        Social media extends the networks of {people} well beyond their training region and \
        supports ongoing learning.
        """,
        """
        Training bodies could use these networks deliberately, for mentoring and for sharing \
        teaching across regions.
        """,
      ],
      mesh: [MeshVocabulary.interprofessional, MeshVocabulary.communication],
      keywords: ["networking", "mentoring", "professional development"],
      emtree: ["professional networking", "mentoring", "professional development"]),
    Purpose(
      key: "research", name: "research collaboration",
      titleNames: ["research collaboration", "collaborative research", "trainee-led research"],
      platforms: ["Twitter", "WhatsApp", "LinkedIn", "electronic mailing lists"],
      findings: [
        """
        {P3}% had joined a trainee-led research collaborative through {platform}, and {p4}% had \
        co-authored a paper with a colleague first met online.
        """,
        """
        Data collection for {k} multicentre audits was coordinated through {platformAttr} groups \
        across {sites} sites.
        """,
        """
        Calls for collaborators posted on {platform} recruited {n} trainees from {sites} \
        hospitals within {weeks} weeks.
        """,
      ],
      themes: [
        "finding collaborators", "shared protocols and rapid recruitment",
        "authorship and credit", "sustaining momentum",
      ],
      conclusions: [
        "Social media lowers the barriers to multicentre research led by trainees.",
        """
        Clear authorship policies and data governance are needed as collaborative research moves \
        onto messaging platforms.
        """,
      ],
      mesh: [MeshVocabulary.biomedicalResearch, MeshVocabulary.cooperativeBehavior],
      keywords: ["research collaboration", "trainee research collaboratives", "authorship"],
      emtree: ["research", "cooperation", "multicenter study"]),
    Purpose(
      key: "patienteducation", name: "patient education",
      titleNames: ["patient education", "public engagement", "health promotion"],
      platforms: ["YouTube", "TikTok", "Instagram", "Facebook"],
      findings: [
        """
        {P3}% had created or shared patient-facing content, most often on {platform}, but {p4}% \
        felt they had never been taught how to do so.
        """,
        """
        Videos made by trainees were viewed a median of {n} times, and {p3}% of comments were \
        questions from patients or carers.
        """,
        """
        {P3}% believed that doctors in training should take part in public health messaging \
        online, while {p4}% worried about giving advice without context.
        """,
      ],
      themes: [
        "reaching patients where they are", "accuracy and accountability",
        "lack of guidance from employers", "time pressures",
      ],
      conclusions: [
        """
        {People} are willing to educate patients through social media but want training and \
        institutional support.
        """,
        "Patient education online should be recognised and supported as part of training.",
      ],
      mesh: [MeshVocabulary.patientEducation, MeshVocabulary.consumerHealthInformation],
      keywords: ["patient education", "health communication", "public engagement"],
      emtree: ["patient education", "health education", "consumer health information"]),
  ]

  private static let others: [Purpose] = [
    Purpose(
      key: "professionalism", name: "e-professionalism",
      titleNames: ["e-professionalism", "online professionalism", "professional conduct"],
      platforms: ["Facebook", "Instagram", "Twitter", "TikTok"],
      findings: [
        """
        {P3}% had seen a colleague post content they considered unprofessional, and {p4}% had \
        changed their privacy settings after induction teaching.
        """,
        """
        Potentially identifiable patient information appeared in {k} of the {n} public posts \
        reviewed.
        """,
        """
        Only {p3}% could correctly identify all the elements of their regulator's guidance on \
        social media, and {p4}% were unaware that such guidance existed.
        """,
      ],
      themes: [
        "blurred personal and professional identities", "fear of regulatory consequences",
        "patient confidentiality", "unclear institutional policies",
      ],
      conclusions: [
        """
        Teaching on e-professionalism should be practical, recurring and grounded in cases \
        {people} recognise.
        """,
        """
        Unprofessional content remains uncommon but is not rare; clear policies and examples \
        would help.
        """,
      ],
      mesh: [
        MeshVocabulary.professionalism, MeshVocabulary.confidentiality, MeshVocabulary.privacy,
      ],
      keywords: ["professionalism", "e-professionalism", "confidentiality", "privacy"],
      emtree: ["professionalism", "confidentiality", "privacy", "medical ethics"]),
    Purpose(
      key: "journalclub", name: "online journal clubs",
      titleNames: ["online journal clubs", "journal clubs", "critical appraisal"],
      platforms: ["Twitter", "WhatsApp", "Facebook", "electronic mailing lists"],
      findings: [
        """
        Across {k} monthly sessions the journal club generated {n} posts from {responded} \
        participants in {sites} countries.
        """,
        """
        {P3}% of participants reported greater confidence in critical appraisal, and {p4}% had \
        changed their practice after a discussion.
        """,
        """
        Authors of the featured articles joined {k} of the sessions, which participants rated as \
        the most valuable ({p3}%).
        """,
      ],
      themes: [
        "asynchronous participation", "direct access to study authors",
        "critical appraisal skills", "keeping discussion focused",
      ],
      conclusions: [
        """
        An online journal club is a feasible, low-cost way to extend critical appraisal teaching \
        beyond a single hospital.
        """,
        "Online journal clubs reach {people} who cannot attend local meetings.",
      ],
      mesh: [MeshVocabulary.periodicals, MeshVocabulary.evidenceBased],
      keywords: ["journal club", "critical appraisal", "evidence-based medicine"],
      emtree: ["journal club", "evidence based medicine", "critical appraisal"]),
    Purpose(
      key: "livetweeting", name: "conference live-tweeting",
      titleNames: ["conference live-tweeting", "live-tweeting at scientific meetings"],
      platforms: ["Twitter"],
      findings: [
        """
        {N} tweets carrying the official hashtag {hashtag} were posted by {responded} accounts \
        during the meeting; {p3}% were original tweets and {p4}% contained educational content.
        """,
        """
        Trainee accounts contributed {p3}% of educational tweets, and {p4}% of tweets reporting \
        data did so accurately.
        """,
        "Tweets that included an image were shared more often than those that did not ({pvalue}).",
      ],
      themes: [
        "dissemination to absent colleagues", "accuracy of reported data", "promotional content",
        "conversation between delegates",
      ],
      conclusions: [
        """
        Live-tweeting extends the reach of conferences to {people} who cannot attend, but \
        accuracy is not guaranteed.
        """,
        "Meeting organisers should publish guidance for delegates who tweet.",
      ],
      mesh: [MeshVocabulary.congresses, MeshVocabulary.communication],
      keywords: ["live-tweeting", "conferences", "Twitter", "hashtag"],
      emtree: ["scientific meeting", "information dissemination"]),
    Purpose(
      key: "integration", name: "integration of social media into training programmes",
      titleNames: ["curriculum integration", "programme-level teaching", "formal teaching"],
      platforms: ["Twitter", "Instagram", "YouTube", "WhatsApp"],
      findings: [
        """
        Only {p3}% of programmes had a written social media policy, and {p4}% used social media \
        for formal teaching.
        """,
        """
        {P3}% of respondents said that their training programme made no use of social media, \
        although {p4}% would welcome it.
        """,
        """
        Programme directors cited lack of time ({p3}%) and concerns about professionalism \
        ({p4}%) as the main barriers to integration.
        """,
      ],
      themes: [
        "no formal place in the curriculum", "reliance on enthusiastic individuals",
        "institutional caution", "appetite for guidance",
      ],
      conclusions: [
        "Social media is widely used by {people} but is not yet integrated by training programmes.",
        """
        Programmes should recognise informal online learning and build it into their curricula, \
        with clear guidance on professionalism.
        """,
      ],
      mesh: [MeshVocabulary.curriculum, MeshVocabulary.programEvaluation],
      keywords: ["curriculum", "training programmes", "policy"],
      emtree: ["curriculum", "program evaluation", "policy"]),
    Purpose(
      key: "foamed", name: "free open access medical education",
      titleNames: ["FOAMed", "free open access medical education", "open online resources"],
      platforms: ["FOAMed websites", "podcasts", "blogs", "Twitter"],
      findings: [
        """
        {P3}% used FOAMed resources at least weekly; blogs ({p4}%) and podcasts ({p5}%) were the \
        most popular formats.
        """,
        """
        Only {p3}% of the resources reviewed cited their sources, and {k} contained advice that \
        conflicted with current guidelines.
        """,
        "{P3}% had changed their clinical practice after reading a FOAMed resource.",
      ],
      themes: [
        "just-in-time learning", "judging credibility", "community of practice",
        "gaps in formal teaching",
      ],
      conclusions: [
        """
        FOAMed has become a major source of learning for {people}; teaching them to appraise it \
        is now essential.
        """,
        "Quality indicators for open online resources would help {people} use them safely.",
      ],
      mesh: [MeshVocabulary.internet, MeshVocabulary.blogging],
      keywords: ["FOAMed", "free open access medical education", "blogs"],
      emtree: ["e-learning", "Internet", "blogging"]),
    Purpose(
      key: "messaging", name: "clinical messaging groups",
      titleNames: ["instant messaging", "group messaging", "out-of-hours teaching"],
      platforms: ["WhatsApp", "WeChat"],
      findings: [
        """
        {N} messages were exchanged in the group over {weeks} weeks, {p3}% of which were related \
        to teaching.
        """,
        """
        {P3}% of trainees felt better supported out of hours, but {p4}% reported notification \
        fatigue.
        """,
        "Patient-identifiable information appeared in {k} of {n} messages sampled.",
      ],
      themes: [
        "immediacy of senior support", "out-of-hours teaching",
        "information governance concerns", "notification fatigue",
      ],
      conclusions: [
        """
        Messaging groups support teaching and supervision but need clear rules on \
        confidentiality.
        """,
        """
        Instant messaging is an effective adjunct to bedside teaching when governance is \
        addressed.
        """,
      ],
      mesh: [
        MeshVocabulary.communication, MeshVocabulary.smartphone, MeshVocabulary.confidentiality,
      ],
      keywords: ["instant messaging", "WhatsApp", "supervision"],
      emtree: ["instant messaging", "mobile phone", "clinical supervision"]),
    Purpose(
      key: "peersupport", name: "peer support and wellbeing",
      titleNames: ["peer support", "wellbeing", "online peer communities"],
      platforms: ["Reddit", "Facebook", "WhatsApp", "Twitter", "web-based discussion forums"],
      findings: [
        "{P3}% had sought peer support online during training, most often on {platform}.",
        "Members of online peer groups reported lower burnout scores than non-members ({pvalue}).",
        """
        {P3}% described exposure to negative or distressing content that affected their \
        wellbeing.
        """,
      ],
      themes: ["shared experience", "anonymity", "reducing isolation", "exposure to negativity"],
      conclusions: [
        """
        Online peer communities offer {people} support that formal structures do not, with risks \
        that deserve attention.
        """,
        """
        Wellbeing initiatives could work with existing online peer networks rather than compete \
        with them.
        """,
      ],
      mesh: [MeshVocabulary.burnout, MeshVocabulary.mentalHealth],
      keywords: ["wellbeing", "burnout", "peer support"],
      emtree: ["burnout", "peer support", "well-being"]),
    Purpose(
      key: "recruitment", name: "programme recruitment",
      titleNames: ["programme recruitment", "applicant outreach", "virtual recruitment"],
      platforms: ["Instagram", "Twitter", "YouTube"],
      findings: [
        """
        The number of programme accounts on {platform} rose from {k} before 2020 to {n} by the \
        end of the study period.
        """,
        """
        {P3}% of applicants had viewed a programme's social media before applying, and {p4}% \
        said it influenced their ranking.
        """,
        """
        Posts showing trainees' lives outside work received more engagement than educational \
        posts ({pvalue}).
        """,
      ],
      themes: [
        "showing programme culture", "reaching under-represented applicants",
        "authenticity of content", "workload for trainees who post",
      ],
      conclusions: [
        """
        Social media has become a routine part of how programmes present themselves to \
        applicants.
        """,
        "Programmes should consider what their accounts show and who produces the content.",
      ],
      mesh: [MeshVocabulary.personnelSelection],
      keywords: ["recruitment", "residency application", "Instagram"],
      emtree: ["personnel management", "job application"]),
  ]

  private static let outsideTraining: [Purpose] = [
    Purpose(
      key: "infoseeking", name: "health information seeking",
      titleNames: ["health information seeking", "online health information"],
      platforms: ["Facebook", "YouTube", "Instagram", "Reddit", "web-based discussion forums"],
      findings: [
        """
        {P3}% had looked for information about {condition} on social media in the previous year, \
        most often on {platform} ({p4}%).
        """,
        """
        {P3}% discussed information found online with their clinician, and {p4}% had changed \
        their treatment as a result.
        """,
        """
        Younger respondents were more likely to trust information from other patients than from \
        professional bodies ({pvalue}).
        """,
      ],
      themes: [
        "validation from others with the condition", "information overload",
        "distrust of commercial content", "wanting professional guidance",
      ],
      conclusions: [
        """
        Clinicians should ask {people} about the information they find online and point them to \
        reliable sources.
        """,
        """
        Social media is a major source of information about {condition}; its quality varies \
        widely.
        """,
      ],
      mesh: [MeshVocabulary.consumerHealthInformation, MeshVocabulary.internet],
      keywords: ["information seeking", "health literacy"],
      emtree: ["information seeking", "health literacy", "consumer health information"]),
    Purpose(
      key: "videoquality", name: "the quality of online health information",
      titleNames: ["health information", "treatment information"],
      platforms: ["YouTube", "TikTok", "Instagram"],
      findings: [
        """
        Of {n} {content} screened, {k} met the inclusion criteria; their median {score} score \
        was {effect}.
        """,
        """
        Videos uploaded by health professionals had higher {score} scores than those uploaded by \
        individuals ({pvalue}).
        """,
        """
        Only {p3}% of {content} mentioned the risks of treatment, and {p4}% contained commercial \
        content.
        """,
      ],
      themes: [
        "misleading claims", "commercial bias", "engagement favouring anecdote",
        "absence of professional content",
      ],
      conclusions: [
        """
        Most popular {content} about {condition} are of low quality; professional bodies should \
        produce engaging alternatives.
        """,
        "Clinicians should be aware of what {people} see online about {condition}.",
      ],
      mesh: [MeshVocabulary.videoRecording, MeshVocabulary.consumerHealthInformation],
      keywords: ["video quality", "DISCERN", "misinformation"],
      emtree: ["videorecording", "information quality", "misinformation"]),
    Purpose(
      key: "patientpeer", name: "online peer support",
      titleNames: ["online peer support", "online support groups"],
      platforms: ["Facebook", "Reddit", "Instagram", "web-based discussion forums"],
      findings: [
        """
        {P3}% of members described the group as their main source of emotional support about \
        {condition}.
        """,
        """
        Posts seeking advice on treatment made up {p3}% of the sample, and {p4}% of replies \
        contained inaccurate information.
        """,
      ],
      themes: ["belonging", "sharing practical tips", "misinformation", "moderation"],
      conclusions: [
        "Online groups give {people} support they value; clinicians could help moderate them."
      ],
      mesh: [MeshVocabulary.consumerHealthInformation],
      keywords: ["support groups", "peer support"],
      emtree: ["self help", "peer support"]),
    Purpose(
      key: "youthmental", name: "mental health",
      titleNames: ["mental health", "wellbeing", "social connection"],
      platforms: ["Instagram", "TikTok", "Facebook"],
      findings: [
        """
        Daily use of more than three hours was associated with higher depressive symptom scores \
        ({effect}; {pvalue}).
        """,
        "{P3}% reported that social media made them feel worse about their appearance.",
      ],
      themes: ["social comparison", "connection", "sleep disruption", "cyberbullying"],
      conclusions: [
        """
        Heavy social media use is associated with poorer mental health in {people}, although \
        causality cannot be inferred.
        """
      ],
      mesh: [MeshVocabulary.mentalHealth],
      keywords: ["mental health", "depression", "screen time"],
      emtree: ["mental health", "depression", "screen time"]),
    Purpose(
      key: "vaccines", name: "vaccine misinformation",
      titleNames: ["vaccine information", "vaccine hesitancy"],
      platforms: ["Facebook", "Twitter", "TikTok", "YouTube"],
      findings: [
        """
        Of {n} {content} analysed, {p3}% contained misinformation, and these received more \
        engagement than accurate {content} ({pvalue}).
        """,
        "{P3}% of parents who had encountered misinformation online reported delaying vaccination.",
      ],
      themes: ["distrust of authorities", "personal stories", "algorithmic amplification"],
      conclusions: [
        """
        Misinformation about vaccines spreads widely on social media; health services need an \
        active online presence.
        """
      ],
      mesh: [MeshVocabulary.vaccination, MeshVocabulary.communication],
      keywords: ["vaccine hesitancy", "misinformation", "infodemic"],
      emtree: ["vaccination", "misinformation", "vaccine hesitancy"]),
    Purpose(
      key: "participation", name: "social participation",
      titleNames: ["social participation", "staying in touch", "digital inclusion"],
      platforms: ["Facebook", "WhatsApp", "electronic mailing lists"],
      findings: [
        """
        Residents who used video calls at least weekly reported lower loneliness scores \
        ({effect}; {pvalue}).
        """,
        """
        {P3}% of residents needed staff help to use social media, and {p4}% used it only with \
        family.
        """,
      ],
      themes: ["staying connected with family", "dependence on staff", "digital exclusion"],
      conclusions: [
        "Supported use of social media may reduce loneliness among {people}."
      ],
      mesh: [MeshVocabulary.loneliness, MeshVocabulary.nursingHomes],
      keywords: ["loneliness", "social isolation", "older adults"],
      emtree: ["loneliness", "social isolation", "nursing home"]),
    Purpose(
      key: "marketing", name: "brand engagement and marketing",
      titleNames: ["brand engagement", "marketing", "online reputation"],
      platforms: ["Instagram", "Facebook", "Twitter", "TikTok"],
      findings: [
        """
        The {k} most-followed accounts posted a median of {n} times per month; promotional posts \
        made up {p3}% of content.
        """,
        """
        Engagement was highest for posts featuring patients' stories ({p3}%) and lowest for \
        announcements ({p4}%).
        """,
        "{P3}% of posts advertising procedures did not mention risks.",
      ],
      themes: ["promotion versus education", "patient testimonials", "regulatory grey areas"],
      conclusions: [
        """
        Health care organisations use social media mainly for promotion; standards for \
        advertising should apply online.
        """
      ],
      mesh: [MeshVocabulary.marketing, MeshVocabulary.hospitals],
      keywords: ["marketing", "advertising", "engagement"],
      emtree: ["marketing", "advertising", "hospital"]),
    Purpose(
      key: "trialrecruitment", name: "recruitment of research participants",
      titleNames: ["participant recruitment", "online recruitment to research"],
      platforms: ["Facebook", "Instagram", "Twitter"],
      findings: [
        """
        Targeted advertisements reached {n} users and recruited {responded} participants at a \
        cost of {effect} per participant.
        """,
        "Participants recruited online were younger than those recruited in clinic ({pvalue}).",
      ],
      themes: ["reach", "cost", "representativeness"],
      conclusions: [
        """
        Social media advertising is an efficient way to recruit {people}, but samples may not be \
        representative.
        """
      ],
      mesh: [MeshVocabulary.patientSelection],
      keywords: ["recruitment", "advertising", "clinical trials"],
      emtree: ["patient selection", "advertising"]),
  ]

  /// The purpose with `key`; the first one when there is none.
  static func named(_ key: String) -> Purpose {
    all.first { $0.key == key } ?? all[0]
  }
}
