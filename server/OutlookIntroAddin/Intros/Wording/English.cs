namespace OutlookIntroAddin.Intros;

public static partial class Wordings
{
    public static readonly MailWording English = new()
    {
        Language = "en",
        RequestSubject = "Would you like an introduction to {other}?",
        Greeting = "Hi {first},",
        RequestOpening = "I'd like to introduce you to {other}, {otherAbout}.",
        RequestOpeningNoAbout = "I'd like to introduce you to {other}.",
        RequestWhy = "Why I think it's worth your time: {reason}",
        RequestAsk = "Would you like me to introduce you? If the timing is off or it isn't a fit, just say so; no explanation needed. Nothing goes to {other} unless you both say yes.",
        AnswerPrompt = "Answer with one click:",
        AnswerYes = "Yes, introduce us",
        AnswerNotNow = "Not now",
        AnswerNo = "No thanks",
        AnswerAlreadyConnected = "We already know each other",
        AnswerByReply = "Or simply reply to this email.",
        SignOff = "Thanks,",
        FollowUp = "Just bringing this up once more in case it got buried. No pressure at all: \"not now\" is a perfectly good answer, and I won't ask again.",
        FinalSubject = "Introduction: {a} <> {b}",
        FinalGreeting = "Hi {a} and {b},",
        FinalThanks = "Thank you both for saying yes to this introduction.",
        FinalMeet = "{x}, meet {y}: {yAbout}.",
        FinalMeetNoAbout = "{x}, meet {y}.",
        FinalWhy = "Why I think you two should talk: {reason}",
        FinalNextStep = "{taker}, would you take it from here and suggest a time?",
        FinalStepOut = "I'm stepping out of the thread now (I'm in Bcc), so reply-all reaches just the two of you.",
        CheckBack = "You asked me to check back after {date}, so here I am, just this once: would you like an introduction to {other} now? If the timing still isn't right, just say so.",
        SilenceSubject = "No answer: your introduction of {a} and {b} has closed",
        SilenceOne = "{silent} did not answer your request, so your introduction of {a} and {b} has closed.",
        SilenceBoth = "Neither {a} nor {b} answered your requests, so the introduction has closed.",
        SilenceNothingMore = "Neither of them gets anything more about it. This note goes only to you.",
        BounceSubject = "Undeliverable: your request to {name}",
        BounceBody = "Your request to {name} ({email}) about {other} could not be delivered, so {first} has not seen it. Please check the address; if you reach {first} another way, you can record their answer in the add-in.",
    };
}
