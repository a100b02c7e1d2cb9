// English: how introductions and their look-alikes are worded, and the request template.

import { swapAll } from "./adapt";
import type { LanguagePack } from "./pack";

const INTRO_VERB = "introduce|introducing|introduced|intro|introed|intro'ing|intro-ing|connect|connecting|connected|link|linking";

export const en: LanguagePack = {
  code: "en",
  letters: "",
  stopwords: [
    "the", "and", "you", "to", "of", "is", "that", "for", "with", "are", "it", "this", "be", "would", "your",
    "have", "both", "think", "who", "he", "she", "they", "we", "i", "i'm", "i'd", "i've", "you're", "you'd",
    "hi", "hello", "thanks", "best", "will", "at", "on", "from", "just", "what", "should", "about", "an",
    "our", "was", "were", "not", "but", "if", "or", "so", "can", "all", "my", "me", "him", "her", "them", "their", "there", "here", "which", "when", "how", "do", "does", "did", "has", "had", "been",
  ],
  greetings: ["hi", "hello", "hey", "dear", "greetings", "howdy", "hiya", "good", "morning", "afternoon", "evening", "yo", "heya"],
  groupWords: ["team", "all", "everyone", "everybody", "folks", "colleagues", "friends", "y'all", "ladies", "gentlemen", "guys", "gang", "crew"],
  bothWords: ["both", "two", "you"],
  connectives: ["and", "&"],
  titles: ["dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "madam"],
  describes: [
    "is", "runs", "leads", "heads", "founded", "co-founded", "cofounded", "started", "built", "builds", "works",
    "worked", "has", "had", "was", "manages", "owns", "spent", "knows", "invests", "advises", "ran", "oversees",
    "recently", "just", "used", "does", "teaches", "studies", "helped", "helps", "writes", "wrote", "created",
    "creates", "currently", "also", "who", "whom", "specializes", "specialises", "focuses", "joined", "launched",
    "coaches", "consults", "designs", "develops", "investing", "sits", "leads", "grew", "scaled", "sold", "exited",
  ],
  notNames: [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "today", "tomorrow",
    "please", "thanks", "thank", "hi", "hello", "hey", "dear", "best", "regards", "cheers", "both", "everyone",
  ],
  because: ["because", "since", "given", "considering", "as"],
  secondPerson: ["you", "your", "you're", "you'd", "you'll", "you've", "yours"],
  closings: ["best", "cheers", "thanks", "thank you", "regards", "kind regards", "best regards", "warmly", "warm regards", "all the best", "talk soon", "many thanks", "yours", "sincerely", "speak soon", "best wishes", "take care", "onwards", "thx"],
  cues: [
    {
      kind: "intro", weight: 4, says: "introduces the two of them to each other",
      patterns: [
        `${INTRO_VERB} you [all] two|both|guys`,
        `${INTRO_VERB} you [all] to|with each|one other|another`,
        `${INTRO_VERB} you ~3 to|with @`,
        `${INTRO_VERB} @ ~3 to|and|with @`,
        "put|putting|get|getting|got you [two|both|guys] in|into touch|contact",
        "put|putting @ [~2] and|with @ in touch|contact",
        "get|getting you two|both together|talking|connected|acquainted",
        "like|love|want|wanted you [two|both|guys] to meet|know|connect",
        "^meet @",
        "let me introduce|present [~1] @",
        "may i introduce|present [~1] @",
        "allow|permit me to introduce|present [~1] @",
        "^meet|know each|one other|another",
        "please meet @",
        "^@ [~1] this is @",
        "say hello|hi|hey to @",
        "^here's|heres|here is|introducing @",
      ],
    },
    {
      kind: "intro", weight: 3.5, says: "says they should meet",
      patterns: [
        "you two|both|guys should|must|need|ought|might|could|gotta|have ~2 meet|talk|connect|chat|speak|know|compare|swap|exchange|trade|grab|catch|hop|jump|find|be|sit|get|touch",
        "you should [both|all] meet|talk|connect|chat|speak|compare|swap|grab|get",
        "the two of you should|must|might|could",
        "you'd|you'll both|two [really] enjoy|like|love|benefit|get|hit",
      ],
    },
    {
      kind: "intro", weight: 2.5, says: "announces an introduction",
      patterns: [
        "want|wanted|like|love|glad|happy|pleased|delighted|excited|thrilled|great|pleasure|honored|honoured|keen|opportunity to introduce|intro|connect|introducing|connecting",
        "making|make|doing|do|overdue|promised|quick|brief|virtual|email|e-mail|warm|formal|double|long-overdue|proper [a|an|the|this|my|your|that|these|an|quick|brief] intro|introduction|introductions|e-intro|connection",
        "e-intro|eintro|e-introduction|e-introducing|e-introduce",
        "here's|heres|here is|this is [an|the|my|your|a] [promised|quick|overdue] intro|introduction",
        "connecting you|two|both",
        "intro|introduction|introductions|introducing @",
        "both said|agreed|opted", "you've|you have both said|agreed|opted",
      ],
    },
    {
      kind: "intro", weight: 1, says: "follows up on a promise",
      patterns: ["as promised|discussed|mentioned", "per our conversation|chat|call"],
    },
    {
      kind: "loop", weight: 2.5, says: "brings a named person into the thread",
      patterns: [
        "looping|loop|looped|adding|added|add|including|included|bringing|brought|cc'ing|ccing|cc-ing|cc'd|ccd|cced|cc|copying|copied [in] @ ~1 who|since|because|whom|whose",
        "@ [~1] cc'd|ccd|cced|cc'ed|cc-ed|copied|included|looped",
      ],
    },
    {
      kind: "loop", weight: 1.5, says: "brings a named person into the thread",
      patterns: ["looping|loop|looped|adding|added|including|included|bringing|brought|cc'ing|ccing|cc-ing|cc'd|ccd|cced|cc|copying|copied [in|on] @"],
    },
    {
      kind: "handoff", weight: 2.5, says: "hands the conversation over to them",
      patterns: [
        "let|leave you [two|both|guys|all] [to] take|connect|go|continue|chat|it|schedule|find|get|sort|work|figure|arrange|coordinate|carry|talk|speak|follow|set|pick|run|connect|discuss|compare",
        "hope|hoping you two|both|guys [can|will|get|enjoy|have|find]",
        "i'll leave it to|with you",
        "move|moving|put|putting|moved myself to|into|in bcc",
      ],
    },
    {
      // Also said in hand-overs of work ("Jane, can you take it from here?"), so weaker on its own.
      kind: "handoff", weight: 1.5, says: "steps out of the conversation",
      patterns: ["take|taking it from here|there", "step|stepping|bow|bowing|duck|ducking out|aside|back", "over to you two|both|guys"],
    },
    {
      kind: "dual", weight: 1, says: "speaks to the two of them",
      patterns: [
        "you two|both", "both of you", "each other", "one another", "the two of you",
        "you're|you'd|you'll|you've both", "you are|have|would|will both",
      ],
    },
    {
      kind: "reason", weight: 0.5, says: "gives a reason to meet",
      patterns: [
        "in common", "common ground", "compare|swap|trade|share|comparing|swapping notes", "kindred spirits",
        "similar|same|overlapping|shared|mutual|adjacent interest|interests|space|area|field|background|challenges|problems|goals|passion|mission|questions|work",
        "think|thought|sense|feeling|guess|bet|suspect [that] you [two|both|guys] would|might|could|will|should|may|can",
        "think|thought|sense|feeling|guess|bet|suspect [that] you'd|you'll|you're|you've",
        "thought|think of you",
        "believe|feel|sure|confident|convinced [that] you|you'd|you'll",
        "lot|lots|much|plenty|tons|loads to discuss|talk|share|learn|chat|compare|cover",
        "keen|eager|excited to meet|speak|talk|learn|connect|hear|find|chat",
        "looking at|into",
        "raise|raising|hire|hiring a|an|his|her|their|the|seed|series",
        "could|can|might|would help|benefit|learn", "synergy|synergies|overlap",
        "because|considering",
        "looking|hoping|trying|struggling|hiring|raising|figuring|rethinking|planning for|to|out|how|a|an|their|his|her|about",
        "could use|benefit", "needs|wants|need a|an|to|help|advice", "would love to|some", "exactly|precisely",
        "advice|perspective|input|feedback|expertise|insight|insights on|from|about|with", "both|each working|building|looking|interested|focused|passionate|thinking",
        "talk|chat|speak|connect|connecting|chatting|talking about|regarding",
        "thought|think it|this would|might|could be useful|helpful|valuable|worthwhile|fun|great",
      ],
    },
    {
      kind: "optIn", weight: -5, says: "asks one person whether they want an introduction",
      patterns: [
        "you|you'd|you're [be|still|possibly|perhaps|also|at] [all] open|interested|keen|willing|amenable|up|comfortable to|in|for|with ~4 intro|introduction|introduced|connect|connecting|connected|meeting|meet|chat|chatting|speaking|talking|call|conversation|e-intro|coffee|hearing",
        "mind|ok|okay|alright|cool|fine if i|we intro|introduce|introduced|connect|connected|put|share|pass",
        "want|like me to introduce|intro|connect|put",
        "before i introduce|intro|connect|make",
        "double opt-in|opt|optin", "opt-in",
      ],
    },
    {
      kind: "optIn", weight: -2.5, says: "asks whether the reader is interested",
      patterns: [
        "if you're|you'd|you are|you would [be] interested|open|keen|up",
        "can|could|may|shall|should i introduce|intro|connect you",
        "wanted|want to check|ask|see if|whether",
      ],
    },
    {
      kind: "bccMove", weight: -6, says: "moves the introducer to Bcc",
      patterns: ["bcc|bcc'd|bcc'ing|bccing|bcced|bcc-ing|bccd|bcc'ed", "blind copy"],
    },
    {
      kind: "thanksIntro", weight: -5, says: "thanks someone for an introduction",
      patterns: [
        "thanks|thank|thx|ty|tks|cheers|grateful ~3 for|re ~2 intro|introduction|introducing|connecting|connection|e-intro|linking|putting|looping",
        "appreciate ~3 intro|introduction|connecting|connection",
      ],
    },
    {
      kind: "replyGreeting", weight: -3, says: "follows up on an introduction already made",
      patterns: [
        "glad|great|nice|happy|good|lovely to see|hear [that] you [two|both|guys|all] [have|had|finally] connected|met|talked|spoke|found|got|chatted",
        "glad|great|happy|good you [two|both|guys] connected|met|talked|spoke|found|chatted",
        "did you two|both get|manage|have|connect|meet|talk|speak",
      ],
    },
    {
      kind: "replyGreeting", weight: -2.5, says: "greets someone just introduced",
      patterns: ["^great|nice|pleasure|good|lovely|delighted|wonderful|glad|happy to [virtually|finally|e] meet|e-meet|emeet|connect|connected [with] you"],
    },
    {
      kind: "askIntro", weight: -4.5, says: "asks for an introduction",
      patterns: [
        "introduce|intro|introducing|connect|connecting|link|put|putting me|us [in] [touch] to|with",
        "looking|hoping for an|a intro|introduction|connection",
        "ask|asking|request|requesting for an|a intro|introduction",
      ],
    },
    {
      kind: "askIntro", weight: -2, says: "asks for a contact",
      patterns: ["know anyone|anybody|someone|somebody who|at|in|that"],
    },
    {
      kind: "selfIntro", weight: -5, says: "introduces the writer themselves",
      patterns: ["introduce|introducing|present|presenting myself|ourselves", "my name is|was"],
    },
    {
      kind: "announce", weight: -3.5, says: "announces a product, policy or new hire",
      patterns: [
        "introduce|introducing|introduces|present|presenting|unveil|unveiling|welcome|welcoming [you] [to] our|the|a|an|my [~1] new|latest|updated|revised|upcoming|newest",
        "introduce|introducing|introduces our|the|this|a product|feature|features|policy|policies|process|tool|platform|app|service|services|solution|solutions|program|programme|initiative|version|release|offering|plan|website|course|team",
        "please|kindly welcome", "join|help me|us in welcoming", "let's welcome", "welcome aboard", "welcome to the team",
        "new hire|hires|joiner|teammate|employee|starter", "newest member|addition", "new team member",
        "joined|joining|joins our|the team", "joins|joined|joining us", "first day",
        "excited|pleased|thrilled|happy|proud to announce|share", "announce|announcing|announcement",
        "our new product|feature|policy|policies|tool|app|platform|website|office|process|handbook|guidelines|service|release",
      ],
    },
    {
      kind: "event", weight: -3, says: "looks like an event invitation",
      patterns: [
        "booth", "webinar|webcast|livestream|rsvp", "save the date", "register now|today|here", "registration",
        "you're|you are invited", "invite you to our|the", "join us at|for|on",
        "meet us|me at", "meet the|our team", "come meet|say", "stop|drop by", "visit us|our",
      ],
    },
    {
      kind: "schedule", weight: -3, says: "is about an intro call or course, not an introduction",
      patterns: ["intro|introductory|introduction call|calls|meeting|session|chat|course|class|webinar|deck|video|offer|price|pricing|rate"],
    },
    {
      kind: "event", weight: -1, says: "mentions an event",
      patterns: ["tickets", "early bird", "keynote", "agenda", "expo", "trade show", "speakers", "workshop"],
    },
    {
      kind: "newsletter", weight: -5, says: "looks like a newsletter",
      patterns: [
        "unsubscribe", "view in browser", "view this email", "manage your preferences|subscription", "email preferences",
        "no longer wish", "newsletter", "mailing list", "you are|you're receiving",
      ],
    },
    {
      kind: "schedule", weight: -2, says: "arranges a meeting",
      patterns: [
        "find|finding|found a|some time|times|slot|slots",
        "schedule|scheduling|reschedule|book|set up a|the call|meeting|time|sync|session",
        "does|would|will ~4 work for you|everyone|both|all",
        "are you [both|all] available|free",
        "availability", "calendar invite", "calendly|doodle", "meeting invite", "time slots",
        "three|four|five of us", "all of us", "all three",
        "let's|lets meet|sync|catch|get|hop",
      ],
    },
    {
      kind: "status", weight: -2, says: "reads like a status update",
      patterns: [
        "status|progress|weekly|monthly|quarterly|project|quick update|report|check-in",
        "update on|for", "updates on", "here's|here is [a|the|our] [quick] update|summary|recap",
        "recap|minutes", "action items", "next steps", "blockers|blocker", "milestone|deliverables|deadline|sprint",
      ],
    },
    {
      kind: "thanks", weight: -1.5, says: "reads like a thank-you",
      patterns: [
        "^thanks|thank [you] [so|very] [much] for [your|the|all] time|meeting|call|help|support|feedback|patience|update|hospitality|lunch|dinner|coffee|chat|today|yesterday|everything|hosting|coming",
        "thank you all|everyone|both",
      ],
    },
    {
      kind: "assistant", weight: -2.5, says: "brings in an assistant or colleague to organise",
      patterns: [
        "my|our|his|her assistant|ea|pa|scheduler",
        "executive assistant", "chief of staff",
        "to|will|can help [us|you] find|schedule|coordinate|book|arrange|set",
        "for visibility|awareness|reference",
        "in the loop",
      ],
    },
    {
      kind: "assistant", weight: -2.5, says: "brings in a colleague to handle a request",
      patterns: [
        "from our|my support|billing|finance|legal|it|accounts|accounting|helpdesk|operations|ops|service|procurement [~1] team|department|desk",
        "our|my support|billing|helpdesk|customer|account|accounts team|manager|rep|representative",
        "support|billing|helpdesk|invoice|ticket|refund|order|account question|issue|request|ticket",
      ],
    },
    {
      kind: "forward", weight: -1, says: "forwards earlier mail",
      patterns: ["see below", "see the thread|email below", "forwarding", "fyi", "for your information"],
    },
  ],
  quotes: {
    wroteStart: ["on"],
    wrote: ["wrote"],
    separators: ["original message", "forwarded message", "begin forwarded message", "forwarded by"],
    headerFrom: ["from"],
    headerOther: ["sent", "date", "to", "subject", "cc"],
  },
  request: {
    subject: (other) => `Intro to ${other}?`,
    greeting: (first) => (first ? `Hi ${first},` : "Hi,"),
    introduce: (other, _otherFirst, about, isClause) =>
      about ? `I'd like to introduce you to ${other}, ${isClause ? "who " : ""}${about}.` : `I'd like to introduce you to ${other}.`,
    noReason: (otherFirst) => `I think a conversation with ${otherFirst} could be worth your time.`,
    ask: (otherFirst) =>
      `Would you be open to an introduction? If so, I'll connect you both by email. ` +
      `If the timing is off or it's not a fit, just say so — no explanation needed, and ${otherFirst} won't hear about it from me.`,
    signOff: "Best,",
    adapt: (reason, other) =>
      swapAll(reason, [
        [/\byou(?:'re|’re| are) both\b/gi, `you and ${other} are both`],
        [/\byou (?:two|both) are\b/gi, `you and ${other} are`],
        [/\byou(?:'d|’d| would) both\b/gi, `you and ${other} would both`],
        [/\byou(?:'ll|’ll| will) both\b/gi, `you and ${other} will both`],
        [/\byou(?:'ve|’ve| have) both\b/gi, `you and ${other} have both`],
        [/\b(?:both of you|the two of you)\b/gi, `you and ${other}`],
        [/\byou (?:two|both|guys)\b/gi, `you and ${other}`],
      ]),
  },
};
