namespace OutlookIntroAddin.Replies.Phrases;

internal static class German
{
    public static readonly LanguageCues Cues = new()
    {
        Code = "de",
        Yes =
        [
            "gerne", "gern", "sehr gerne", "sehr gern", "mit vergnugen", "mit freude", "freue mich", "wurde mich freuen",
            "wurde mich sehr freuen", "ware toll", "ware schon", "ware super", "klingt gut", "klingt super", "klingt spannend",
            "klingt interessant", "hort sich gut an", "auf jeden fall", "selbstverstandlich", "naturlich", "klar",
            "na klar", "sicher", "einverstanden", "bin dabei", "bin interessiert", "ich bin offen", "bin offen dafur",
            "interessiert mich", "sehr interessiert", "kannst uns", "konnen sie uns", "stell uns", "stellen sie uns",
            "vorstellen", "verbinde uns", "verbinden sie uns", "leite meine", "gib ihr meine", "gib ihm meine",
            "warum nicht", "machen wir", "lass uns", "geht klar", "alles klar", "machen wir so", "kein problem", "passt", "passt gut", "passt mir", "gute idee",
        ],
        OpeningYes = ["ja", "jawohl", "klar", "gerne", "gern", "sicher", "okay", "ok"],
        OpeningNo = ["nein", "ne", "nee"],
        No =
        [
            "nein danke", "kein interesse", "keinen bedarf", "kein bedarf", "nicht interessiert", "nicht interessant", "lieber nicht",
            "mochte nicht", "mochte ich nicht", "will nicht", "muss absagen", "muss leider absagen", "sage ab",
            "absagen", "ablehnen", "lehne ab", "muss passen", "muss leider passen", "leider passen", "muss ich passen", "passe", "verzichte", "verzichten", "nichts fur mich",
            "werde nicht", "nicht der richtige", "nicht die richtige", "bitte nicht", "wunsche ihm alles gute",
            "wunsche ihr alles gute", "sehe keinen", "sehe ich keinen", "macht keinen sinn", "nicht sinnvoll",
            "eher nicht", "besser nicht", "lasse ich lieber", "lieber lassen", "auf keinen fall", "naturlich nicht", "sicher nicht", "mochte das nicht", "mochte ich nicht", "will das nicht", "mochte lieber nicht", "wahrscheinlich nicht", "ich glaube nicht", "kommt nicht in frage", "nicht zusagen",
        ],
        Ability = ["kann", "schaffe", "schaff", "geht", "passt", "klappt", "konnen", "reicht"],
        Unable = ["leider nicht", "kann nicht", "kann leider nicht", "konnen nicht", "schaffe es nicht", "schaffe ich nicht", "schaffe das nicht",
            "nicht moglich", "keine zeit", "keine kapazitat", "keine kapazitaten", "passt nicht", "passt leider nicht",
            "passt es nicht", "passt es leider nicht", "passt mir nicht", "geht nicht", "geht leider nicht"],
        NotNow =
        [
            "nicht jetzt", "jetzt nicht", "gerade nicht", "momentan nicht", "derzeit nicht", "aktuell nicht",
            "im moment nicht", "zurzeit nicht", "zur zeit nicht", "spater", "zu einem spateren zeitpunkt",
            "ein andermal", "ein anderes mal", "andermal", "in zukunft", "kunftig", "melde dich gerne wieder",
            "melde dich nochmal", "melden sie sich gerne wieder", "melden sie sich nochmal", "meldet euch nochmal",
            "frag mich gerne", "fragen sie mich gerne", "frag mich nochmal", "fragen sie mich nochmal", "nochmal fragen",
            "nochmal melden", "erneut fragen", "erneut melden", "wieder melden", "wieder auf mich zu", "auf mich zukommen", "verschieben", "zuruckstellen", "anderen termin", "spateren termin",
            "nach meinem", "nach meiner", "nach unserem", "nach unserer", "ungunstig", "ungunstiger zeitpunkt", "schlechter zeitpunkt",
            "nicht der richtige zeitpunkt", "nicht der beste zeitpunkt", "in ein paar wochen", "in einigen wochen",
            "in ein paar monaten", "in einigen monaten", "noch nicht", "vertrosten",
        ],
        Moment =
        [
            "gerade", "momentan", "derzeit", "aktuell", "im moment", "zurzeit", "zur zeit", "diese woche", "diesen monat",
            "voll", "ausgelastet", "viel zu tun", "stress", "eingespannt", "unterwegs", "auf reisen", "timing", "zeitlich",
        ],
        Contrast = ["aber", "allerdings", "jedoch", "nur", "doch"],
        Already =
        [
            "kennen uns", "kenne sie", "kenne ihn", "kenne sie schon", "kenne ihn schon", "kennen uns schon", "kennen uns bereits",
            "kennengelernt", "kennen gelernt", "stehen in kontakt", "stehen bereits in kontakt", "sind in kontakt",
            "sind bereits in kontakt", "haben schon kontakt", "haben bereits kontakt", "bereits vernetzt", "schon vernetzt",
            "zusammengearbeitet", "zusammen gearbeitet", "alte bekannte", "alter bekannter", "alter freund", "alte freundin",
            "ehemalige kollegin", "ehemaliger kollege", "sind befreundet",
        ],
        AlreadyWords = ["schon", "bereits", "langst", "vorher"],
        Know = ["kenn", "getroffen", "kontakt", "vernetzt", "gesprochen", "begegnet", "befreundet"],
        Hedge =
        [
            "vielleicht", "eventuell", "evtl", "moglicherweise", "kommt darauf an", "kommt drauf an", "hangt davon ab",
            "nicht sicher", "bin mir nicht sicher", "weiss nicht", "weiss noch nicht", "unsicher", "mal sehen", "mal schauen",
            "muss uberlegen", "muss ich uberlegen", "denke daruber nach", "uberlege", "unter umstanden", "ggf", "gegebenenfalls", "mehr erfahren", "mehr wissen", "mehr uber", "mehr informationen",
            "mehr details", "naher erlautern", "bevor ich entscheide", "ich melde mich", "melde mich noch", "schauen wir mal",
            "gebe dir bescheid", "gebe ihnen bescheid", "sage dir bescheid",
        ],
        Neutral =
        [
            "kein problem", "keine ursache", "warum nicht", "zogern sie nicht", "nicht zu zogern", "nichts dagegen", "spricht nichts dagegen", "keine frage",
            "ohne frage", "nicht schlecht", "keine sorge", "keine eile",
        ],
        Negators = ["nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "kaum", "weder"],
        Doubts = ["wer", "warum", "wieso", "weshalb", "worum", "was will", "was mochte", "was macht", "was genau", "welche firma", "mehr uber", "wozu"],
        Dates = new DateWords
        {
            Months =
            [
                ["januar", "janner", "|", "jan"], ["februar", "|", "feb"], ["marz", "maerz", "|", "mar"], ["april", "|", "apr"],
                ["mai"], ["juni", "|", "jun"], ["juli", "|", "jul"], ["august", "|", "aug"], ["september", "|", "sep", "sept"],
                ["oktober", "|", "okt"], ["november", "|", "nov"], ["dezember", "|", "dez"],
            ],
            After = ["nach", "nach dem", "nach der"],
            From = ["ab", "ab dem", "ab den", "vom", "von", "beginnend", "erst ab", "fruhestens", "nicht vor", "nicht vor dem", "erst nach"],
            Until = ["bis", "bis zum", "bis einschliesslich", "einschliesslich", "bis inklusive", "inklusive"],
            Return = ["wieder", "zuruck", "zurueck"],
            InMonth = ["im", "in", "anfang"],
            EndOf = ["ende", "ende des", "ausgangs"],
            RelativeLead = ["in", "in etwa", "in ca", "nach", "innerhalb von"],
            DayUnits = ["tag", "tagen", "tage"],
            WeekUnits = ["woche", "wochen"],
            MonthUnits = ["monat", "monaten", "monate"],
            Numbers = new Dictionary<string, int>
            {
                ["einem"] = 1, ["einer"] = 1, ["ein"] = 1, ["eine"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4,
                ["funf"] = 5, ["sechs"] = 6, ["acht"] = 8, ["zehn"] = 10,
            },
            Seasons =
            [
                new("nachste woche", Season.NextWeek, false), new("nachsten woche", Season.NextWeek, false),
                new("kommende woche", Season.NextWeek, false), new("nachsten monat", Season.NextMonth, false),
                new("nachster monat", Season.NextMonth, false), new("kommenden monat", Season.NextMonth, false),
                new("ende des monats", Season.NextMonth, false), new("nachsten quartal", Season.NextQuarter, false),
                new("nachstes quartal", Season.NextQuarter, false), new("nachstes jahr", Season.NextYear, false),
                new("nachsten jahr", Season.NextYear, false), new("im neuen jahr", Season.NewYear, true),
                new("anfang nachsten jahres", Season.NewYear, true), new("nach neujahr", Season.NewYear, true),
                new("nach den feiertagen", Season.NewYear, true), new("nach weihnachten", Season.NewYear, true),
                new("nach dem jahreswechsel", Season.NewYear, true), new("nach den festtagen", Season.NewYear, true),
                new("nach ostern", Season.Easter, true), new("nach dem sommer", Season.Autumn, true),
                new("nach der sommerpause", Season.Autumn, true), new("nach den sommerferien", Season.Autumn, true),
                new("im herbst", Season.Autumn, false), new("im fruhjahr", Season.Spring, false),
                new("im fruhling", Season.Spring, false), new("im sommer", Season.Summer, false),
                new("im winter", Season.Winter, false),
            ],
        },
        Mail = new MailFurniture
        {
            AutoSubjects = ["automatische antwort", "abwesenheitsnotiz", "abwesenheit", "abwesend", "autom antwort", "automatische abwesenheitsnachricht", "urlaubsbedingt", "nicht im buro"],
            BounceSubjects = ["unzustellbar", "nicht zustellbar", "zustellung fehlgeschlagen", "unzustellbare nachricht", "ruckmeldung zur zustellung"],
            BounceBodies = ["konnte nicht zugestellt werden", "zustellung ist fehlgeschlagen", "zustellung an diese empfanger", "diagnoseinformationen fur administratoren", "unzustellbar"],
            OutOfOffice = ["nicht im buro", "nicht erreichbar", "abwesend", "abwesenheit", "im urlaub", "in urlaub", "keinen zugriff auf", "eingeschrankt erreichbar", "nach meiner ruckkehr", "automatische antwort", "wieder im buro", "elternzeit", "mutterschutz", "e mails werden nicht weitergeleitet", "ihre e mail wird nicht weitergeleitet"],
            Wrote = ["schrieb", "hat geschrieben"],
            HeaderFrom = ["von"],
            HeaderOther = ["gesendet", "an", "betreff", "datum", "cc"],
            Original = ["ursprungliche nachricht", "ursprungliche e mail", "weitergeleitete nachricht"],
            Footers = ["von meinem iphone gesendet", "gesendet von meinem", "von meinem", "gesendet mit", "von outlook fur"],
            Disclaimers = ["vertrauliche informationen", "richtige adressat", "richtige empfanger", "vertraulich und", "denken sie an die umwelt", "unbefugte weitergabe", "unerlaubte kopieren"],
            Closings = ["viele grusse", "beste grusse", "liebe grusse", "mit freundlichen grussen", "freundliche grusse", "herzliche grusse", "schone grusse", "gruss", "grusse", "lg", "vg", "mfg", "danke", "vielen dank", "danke und gruss", "bis bald", "beste"],
        },
    };
}
