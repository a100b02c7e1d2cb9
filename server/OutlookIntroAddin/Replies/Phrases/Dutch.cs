namespace OutlookIntroAddin.Replies.Phrases;

internal static class Dutch
{
    public static readonly LanguageCues Cues = new()
    {
        Code = "nl",
        Yes =
        [
            "graag", "heel graag", "met plezier", "met alle plezier", "leuk", "lijkt me leuk", "lijkt me goed",
            "lijkt me interessant", "lijkt me een goed idee", "klinkt goed", "klinkt leuk", "klinkt interessant", "prima",
            "prima idee", "goed idee", "akkoord", "natuurlijk", "uiteraard", "zeker", "zeker weten", "absoluut",
            "doe maar", "ga je gang", "ga uw gang", "ik sta ervoor open", "sta ervoor open", "sta open", "interesse",
            "geinteresseerd", "ben benieuwd", "kennismaken", "kennis maken", "stel ons voor", "breng ons in contact",
            "breng ons maar in contact", "verbind ons", "geef mijn", "geen probleem", "waarom niet", "top", "helemaal goed",
            "fijn", "ik doe mee", "ik ben erbij", "dat is goed", "is goed", "zou ik leuk vinden", "zou ik fijn vinden",
        ],
        OpeningYes = ["ja", "jazeker", "zeker", "prima", "graag", "oke", "ok", "okay", "natuurlijk", "akkoord"],
        OpeningNo = ["nee", "neen"],
        No =
        [
            "nee dank je", "nee dank u", "nee bedankt", "geen interesse", "niet geinteresseerd", "heb geen behoefte",
            "geen behoefte", "liever niet", "ik pas", "pas ik", "pas voor", "ik sla over", "sla ik over", "sla deze over", "zeker niet", "absoluut niet", "moet ik afslaan",
            "afslaan", "afzeggen", "moet ik afzeggen", "bedanken voor de eer", "bedank ik", "niets voor mij", "niks voor mij",
            "wil niet", "wil ik niet", "zie ik niet zitten", "zie het niet zitten", "niet de juiste",
            "niet relevant", "heeft geen zin", "niet zinvol",
            "ik zie geen", "dat wordt niks", "dat wordt het niet", "waarschijnlijk niet", "ik denk het niet",
        ],
        Ability = ["kan", "lukt", "gaat", "past", "komt", "red", "kunnen"],
        Unable = ["helaas niet", "kan niet", "kan helaas niet", "kan ik niet", "lukt niet", "lukt me niet", "lukt helaas niet", "lukt het niet",
            "lukt het nu niet", "gaat niet", "gaat helaas niet", "komt me niet uit", "komt niet uit", "geen tijd"],
        NotNow =
        [
            "nu niet", "nu even niet", "op dit moment niet", "momenteel niet", "even niet", "nog niet", "later",
            "op een later moment", "een andere keer", "andere keer", "een ander moment", "in de toekomst", "t.z.t",
            "te zijner tijd", "tzt", "kom er later op terug", "later op terug", "benader me", "benader mij", "vraag het me",
            "vraag het mij", "vraag me later", "vraag me dan", "vraag me over", "neem later", "opnieuw contact", "nog eens vragen", "uitstellen", "verzetten", "later inplannen", "andere datum",
            "na mijn", "na onze", "na ons", "geen goed moment", "niet het juiste moment", "slecht moment", "ongelegen",
            "over een paar weken", "over een paar maanden", "paar weken", "paar maanden", "over enkele weken",
        ],
        Moment =
        [
            "nu", "momenteel", "op dit moment", "op het moment", "deze week", "deze maand", "tegenwoordig", "druk",
            "heel druk", "erg druk", "bomvol", "volle agenda", "agenda zit vol", "op reis", "timing",
        ],
        Contrast = ["maar", "echter", "alleen"],
        Already =
        [
            "kennen elkaar", "kennen elkaar al", "ik ken haar", "ik ken hem", "ken haar al", "ken hem al", "ken haar goed",
            "ken hem goed", "al ontmoet", "elkaar ontmoet", "eerder ontmoet", "al contact", "hebben al contact",
            "staan al in contact", "al in contact", "samengewerkt", "samen gewerkt", "werken samen", "oud collega",
            "oud-collega", "oude collega", "oude vriendin", "oude vriend", "zijn bevriend", "al voorgesteld",
        ],
        AlreadyWords = ["al", "reeds", "eerder", "vroeger"],
        Know = ["ken", "kennen", "ontmoet", "contact", "gesproken", "samengewerkt", "bevriend", "voorgesteld"],
        Hedge =
        [
            "misschien", "wellicht", "mogelijk", "eventueel", "hangt ervan af", "hangt af van", "weet niet", "weet het niet",
            "weet ik niet", "niet zeker", "twijfel", "ik twijfel", "denk erover na", "moet erover nadenken", "even nadenken",
            "we zien wel", "zien we wel", "meer weten", "meer informatie", "meer details", "meer context",
            "voordat ik beslis", "laat het je weten", "laat ik je weten", "laat het u weten", "kom ik op terug", "ik kom erop terug",
        ],
        Neutral =
        [
            "geen probleem", "geen punt", "waarom niet", "geen bezwaar", "geen enkel bezwaar", "niet erg", "geen zorgen",
            "aarzel niet", "geen haast", "niet slecht",
        ],
        Negators = ["niet", "geen", "nooit", "niks", "niets", "noch", "nauwelijks"],
        Doubts = ["wie", "waarom", "waarover", "waar gaat", "wat wil", "wat zoekt", "wat is", "wat doet", "welk bedrijf", "meer over"],
        Dates = new DateWords
        {
            Months =
            [
                ["januari", "|", "jan"], ["februari", "|", "feb"], ["maart", "|", "mrt"], ["april", "|", "apr"], ["mei"],
                ["juni", "|", "jun"], ["juli", "|", "jul"], ["augustus", "|", "aug"], ["september", "|", "sep", "sept"],
                ["oktober", "|", "okt"], ["november", "|", "nov"], ["december", "|", "dec"],
            ],
            After = ["na", "pas na", "na afloop van"],
            From = ["vanaf", "per", "met ingang van", "van", "niet voor", "pas na", "pas vanaf"],
            Until = ["tot en met", "t m", "tm", "tot", "tot aan", "t/m"],
            Return = ["terug", "weer"],
            InMonth = ["in", "begin"],
            EndOf = ["eind", "einde", "eind van", "eind van de maand", "eind"],
            RelativeLead = ["over", "binnen", "na", "over ongeveer", "over zo'n"],
            DayUnits = ["dag", "dagen"],
            WeekUnits = ["week", "weken"],
            MonthUnits = ["maand", "maanden"],
            Numbers = new Dictionary<string, int>
            {
                ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["acht"] = 8, ["tien"] = 10,
            },
            Seasons =
            [
                new("volgende week", Season.NextWeek, false), new("komende week", Season.NextWeek, false),
                new("volgende maand", Season.NextMonth, false), new("komende maand", Season.NextMonth, false),
                new("eind van de maand", Season.NextMonth, false), new("volgend kwartaal", Season.NextQuarter, false),
                new("komend kwartaal", Season.NextQuarter, false), new("volgend jaar", Season.NextYear, false),
                new("begin volgend jaar", Season.NewYear, true), new("in het nieuwe jaar", Season.NewYear, true),
                new("na de feestdagen", Season.NewYear, true), new("na kerst", Season.NewYear, true),
                new("na de kerstvakantie", Season.NewYear, true), new("na nieuwjaar", Season.NewYear, true),
                new("na oud en nieuw", Season.NewYear, true), new("na de jaarwisseling", Season.NewYear, true),
                new("na pasen", Season.Easter, true), new("na de zomer", Season.Autumn, true),
                new("na de zomervakantie", Season.Autumn, true), new("na het zomerreces", Season.Autumn, true),
                new("in het najaar", Season.Autumn, false), new("in de herfst", Season.Autumn, false),
                new("in het voorjaar", Season.Spring, false), new("in de lente", Season.Spring, false),
                new("in de zomer", Season.Summer, false), new("in de winter", Season.Winter, false),
            ],
        },
        Mail = new MailFurniture
        {
            AutoSubjects = ["automatisch antwoord", "afwezig", "afwezigheid", "afwezigheidsmelding", "afwezigheidsbericht", "out of office", "niet op kantoor", "met vakantie"],
            BounceSubjects = ["onbestelbaar", "niet afgeleverd", "bezorging mislukt", "onbestelbaar bericht", "kan niet worden bezorgd"],
            BounceBodies = ["kon niet worden bezorgd", "kan niet worden bezorgd", "bezorging is mislukt", "diagnostische gegevens voor beheerders"],
            OutOfOffice = ["ben afwezig", "niet op kantoor", "afwezig tot", "met vakantie", "op vakantie", "niet bereikbaar", "beperkt bereikbaar", "geen toegang tot mijn e mail", "na mijn terugkomst", "bij terugkomst", "automatisch antwoord", "met verlof", "zwangerschapsverlof", "ouderschapsverlof"],
            Wrote = ["schreef", "geschreven"],
            HeaderFrom = ["van"],
            HeaderOther = ["verzonden", "aan", "onderwerp", "datum", "cc"],
            Original = ["oorspronkelijk bericht", "origineel bericht", "doorgestuurd bericht"],
            Footers = ["verzonden vanaf mijn", "verstuurd vanaf mijn", "verzonden met", "verstuurd vanaf", "outlook voor"],
            Disclaimers = ["vertrouwelijke informatie", "beoogde ontvanger", "bestemd voor de geadresseerde", "is vertrouwelijk", "denk aan het milieu"],
            Closings = ["met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten", "groeten", "groet", "hartelijke groet", "hartelijke groeten", "mvg", "gr", "dank", "bedankt", "alvast bedankt", "tot snel", "hartelijk dank"],
        },
    };
}
