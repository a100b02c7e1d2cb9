namespace OutlookIntroAddin.Replies.Phrases;

internal static class English
{
    public static readonly LanguageCues Cues = new()
    {
        Code = "en",
        Yes =
        [
            "happy to", "glad to", "would love to", "i'd love to", "id love to", "love to meet", "love to connect",
            "would be happy", "i'd be happy", "id be happy", "would be glad", "would be delighted", "i'd be delighted",
            "delighted to", "pleased to", "sounds good", "sounds great", "sounds like a great", "sounds perfect",
            "go ahead", "please go ahead", "please connect", "please introduce", "please do", "feel free to connect",
            "feel free to introduce", "feel free to share", "feel free to pass", "count me in", "i'm in", "absolutely",
            "of course", "definitely", "certainly", "sure", "with pleasure", "i'm interested", "im interested",
            "i am interested", "would be interested", "i'd be interested", "very interested", "keen to", "i'm keen",
            "looking forward to meeting", "look forward to meeting", "looking forward to connecting", "happy to connect",
            "happy to chat", "happy to meet", "open to it", "open to meeting", "open to a chat", "open to connecting",
            "love to", "let's do it", "lets do it", "let's connect", "why not", "yes please", "make the intro",
            "make the introduction", "you can share my email", "you can give her my", "you can give him my",
            "i'd welcome", "would welcome", "would be great", "that'd be great", "would be lovely", "would be nice", "go for it",
            "loop him in", "loop her in", "up for it", "send it over", "sure thing", "sounds like a plan", "works for me",
            "fine by me", "fine with me", "ok with me", "okay with me", "that works", "all good", "please do", "can't wait", "cant wait", "great idea", "a great fit", "thanks for thinking of me",
        ],
        OpeningYes = ["yes", "yep", "yeah", "yup", "sure", "absolutely", "definitely", "ok", "okay"],
        OpeningNo = ["no", "nope"],
        No =
        [
            "no thanks", "no thank you", "no, thank you", "not interested", "not really interested", "i'll pass", "ill pass",
            "i will pass", "i'll have to pass", "will have to pass", "need to pass", "going to pass", "have to pass",
            "pass on this", "pass on that", "pass this time", "pass on the", "i'd rather not", "id rather not", "would rather not",
            "prefer not", "i'll decline", "have to decline", "must decline", "need to decline", "will decline",
            "politely decline", "respectfully decline", "going to decline", "decline the", "decline this", "not for me",
            "not a fit", "not a good fit", "not the right fit", "not the right person", "not a match", "not a priority",
            "don't think", "dont think", "do not think", "absolutely not", "definitely not", "certainly not", "of course not", "wish him the best", "wish her the best",
            "wish them the best", "wish him every success", "wish her every success", "wish him well", "wish her well",
            "best of luck with", "moving away from",
            "don't want", "dont want", "do not want", "please don't", "please do not", "don't see the value",
            "no need", "not necessary", "i'll sit this one out", "sit this one out", "not going to", "say no",
            "not pursue", "not pursuing", "not something i", "isn't something", "is not something", "no bandwidth",
            "turn down", "turning down", "have to cancel", "need to cancel", "must cancel", "not taking", "not accepting", "no new", "not doing any", "going to say no", "probably not", "not really", "i don't think so", "dont think so", "take a pass", "not keen", "not comfortable", "not what i'm looking for",
        ],
        Unable = ["unfortunately not", "sadly not", "won't", "wont", "will not", "won't be able", "wont be able", "will not be able", "unable to", "not able to", "can't", "cant", "cannot",
            "can not", "couldn't", "wish i could", "not going to be able", "no time", "not possible", "doesn't work",
            "does not work", "won't work", "not available"],
        NotNow =
        [
            "not now", "not right now", "not just now", "not at the moment", "not at this moment", "not yet", "later",
            "later on", "another time", "some other time", "another day", "in the future", "down the road", "down the line",
            "reach out again", "reaching out again", "reach back out", "get in touch again", "hit me up", "circling back",
            "not before", "no earlier than", "busy season", "later this year", "later in the year", "ask me again", "ask again", "check back", "check in again", "circle back",
            "follow up in", "follow up after", "revisit", "try me again", "ping me again", "touch base again", "touch base in",
            "get back to me", "come back to me", "once things", "when things calm", "when things settle", "after my",
            "after our", "bad time", "not a good time", "not the right time", "not the best time", "rain check",
            "raincheck", "maybe later", "perhaps later", "postpone", "reschedule", "another date", "a later date", "put this on hold", "on hold", "hold off", "wait until",
            "wait till", "push this", "push it", "could wait", "can wait", "wait a", "a bit later", "closer to", "in a few weeks", "in a few months", "few weeks", "few months",
        ],
        Moment =
        [
            "right now", "at the moment", "currently", "for now", "for the time being", "this week", "this month",
            "these days", "at present", "at this point", "at this stage", "timing", "swamped", "slammed", "busy", "plate is full", "full plate", "bandwidth",
            "snowed under", "stretched", "underwater", "crazy", "hectic", "travelling", "traveling",
        ],
        Contrast = ["but", "however", "though", "although", "only", "except"],
        Already =
        [
            "we know each other", "we've met", "weve met", "we have met", "we met", "already met", "already know",
            "already connected", "already in touch", "already in contact", "already been introduced", "know each other",
            "know her well", "know him well", "know her already", "know him already", "we're already", "were already",
            "worked together", "work together already", "we go way back", "old friend", "old colleague", "former colleague",
            "already talking", "already spoke", "already spoken", "already chatting", "we're connected", "we are connected",
            "been introduced", "in touch already", "we're friends", "we are friends", "been in touch", "been in contact",
            "and i met", "and i have met", "and i've met", "and i know each other", "and i worked", "i know him", "i know her",
            "i already know", "know him from", "know her from", "i remember him", "i remember her",
        ],
        AlreadyWords = ["already", "previously", "before"],
        Know = ["know", "knew", "met", "connected", "introduced", "in touch", "in contact", "spoke", "friends", "worked"],
        Hedge =
        [
            "maybe", "perhaps", "not sure", "unsure", "depends", "it depends", "might", "possibly", "let me think",
            "need to think", "i'll think", "think about it", "not certain", "hard to say", "undecided", "on the fence",
            "let me check", "i'll check", "i need to check", "could be", "not convinced", "know more", "more about",
            "more details", "more information", "more context", "tell me more", "learn more", "before i decide", "before deciding",
            "get back to you", "let you know", "will reply", "reply properly", "circle back to you", "think it over", "sleep on it",
        ],
        Neutral =
        [
            "no problem", "no problems", "no worries", "not a problem", "why not", "can't wait", "cant wait",
            "not at all", "no doubt", "couldn't be happier", "no trouble", "no objection", "no objections", "do not hesitate", "not hesitate",
            "don't hesitate", "dont hesitate", "won't hesitate", "no pressure", "not a bad idea", "no rush",
        ],
        Negators = ["not", "no", "never", "don't", "dont", "didn't", "isn't", "wasn't", "aren't", "nor", "neither", "hardly", "n't"],
        Doubts = ["who", "why", "what about", "what does", "what is", "what's this", "whats this", "what would", "what exactly", "regarding", "tell me more", "more about", "which company", "what for"],
        Dates = new DateWords
        {
            Months =
            [
                ["january", "|", "jan"], ["february", "|", "feb"], ["march", "|", "mar"], ["april", "|", "apr"], ["may"],
                ["june", "|", "jun"], ["july", "|", "jul"], ["august", "|", "aug"], ["september", "|", "sep", "sept"],
                ["october", "|", "oct"], ["november", "|", "nov"], ["december", "|", "dec"],
            ],
            After = ["after", "past", "beyond", "once"],
            From = ["from", "starting", "as of", "beginning", "effective", "on or after", "any time after", "not before", "no earlier than"],
            Until = ["until", "till", "til", "through", "thru", "to", "up to", "inclusive"],
            Return = ["back", "return", "returning", "returns", "available again", "resume"],
            InMonth = ["in", "during", "early", "around"],
            EndOf = ["end of", "late", "the end of"],
            RelativeLead = ["in", "within", "in about", "in roughly", "after", "in another", "wait", "for"],
            DayUnits = ["day", "days"],
            WeekUnits = ["week", "weeks"],
            MonthUnits = ["month", "months"],
            Numbers = new Dictionary<string, int>
            {
                ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
                ["a couple of"] = 2, ["a couple"] = 2, ["couple of"] = 2, ["eight"] = 8, ["ten"] = 10,
            },
            Seasons =
            [
                new("next week", Season.NextWeek, false), new("next month", Season.NextMonth, false),
                new("end of the month", Season.NextMonth, false), new("end of this month", Season.NextMonth, false),
                new("next quarter", Season.NextQuarter, false), new("next year", Season.NextYear, false),
                new("in the new year", Season.NewYear, true), new("early next year", Season.NewYear, true),
                new("after the new year", Season.NewYear, true), new("after new year", Season.NewYear, true),
                new("after the holidays", Season.NewYear, true), new("after christmas", Season.NewYear, true),
                new("after the christmas", Season.NewYear, true), new("after the festive", Season.NewYear, true),
                new("after the year end", Season.NewYear, true), new("after year end", Season.NewYear, true),
                new("after easter", Season.Easter, true), new("after the easter", Season.Easter, true),
                new("after the summer", Season.Autumn, true), new("after summer", Season.Autumn, true),
                new("in the autumn", Season.Autumn, false), new("in the fall", Season.Autumn, false),
                new("this fall", Season.Autumn, false), new("this autumn", Season.Autumn, false),
                new("in the spring", Season.Spring, false), new("this spring", Season.Spring, false),
                new("in the summer", Season.Summer, false), new("this summer", Season.Summer, false),
                new("in the winter", Season.Winter, false), new("in a fortnight", Season.Fortnight, false),
            ],
        },
        Mail = new MailFurniture
        {
            AutoSubjects = ["automatic reply", "auto reply", "autoreply", "auto-reply", "auto response", "autoresponse", "out of office", "out of the office", "ooo", "away from the office", "on vacation", "on holiday", "away until", "vacation reply"],
            BounceSubjects = ["undeliverable", "undelivered mail", "delivery status notification", "mail delivery failed", "delivery failure", "returned mail", "failure notice", "delivery has failed", "message not delivered", "non-delivery", "could not be delivered"],
            BounceBodies = ["delivery has failed to these recipients", "delivery to the following recipient failed", "had permanent fatal errors", "created automatically by mail delivery software", "could not be delivered to one or more", "diagnostic information for administrators", "remote server returned", "your message wasn't delivered", "message wasn't delivered", "address couldn't be found", "undeliverable message"],
            OutOfOffice = ["out of the office", "out of office", "away from the office", "away from my desk", "limited access to email", "limited access to my email", "no access to email", "automatic reply", "auto-reply", "i am currently away", "i'm currently away", "i am away", "i am on leave", "i'm on leave", "on annual leave", "on parental leave", "on vacation until", "on holiday until", "will respond upon my return", "upon my return", "on my return", "when i return", "when i'm back", "until i return", "traveling for work",
                "travelling for work", "out of the country", "limited connectivity", "away on business", "on a business trip", "on sick leave",
                "on maternity leave", "on paternity leave", "this is an automatic", "automated response", "auto response", "i am currently out",
                "i'm currently out", "currently on leave", "currently on holiday", "currently on vacation"],
            Wrote = ["wrote", "writes"],
            HeaderFrom = ["from"],
            HeaderOther = ["sent", "to", "subject", "date", "cc"],
            Original = ["original message", "forwarded message", "begin forwarded message"],
            Footers = ["sent from my", "sent from outlook", "get outlook for", "sent via", "sent with", "sent from mail for"],
            Disclaimers = ["intended recipient", "confidentiality notice", "this email and any attachments", "this message and any attachments", "is confidential and", "consider the environment before printing", "privileged and confidential"],
            Closings = ["best", "best regards", "kind regards", "regards", "warm regards", "warmly", "cheers", "thanks", "thank you", "many thanks", "thanks again", "all the best", "best wishes", "sincerely", "yours", "talk soon", "speak soon", "take care"],
        },
    };
}
