namespace OutlookIntroAddin.Replies.Phrases;

internal static class French
{
    public static readonly LanguageCues Cues = new()
    {
        Code = "fr",
        Yes =
        [
            "avec plaisir", "avec grand plaisir", "volontiers", "bien sur", "d'accord", "ok pour moi", "ca me va",
            "ca me ferait plaisir", "cela me ferait plaisir", "me ferait plaisir", "serais ravi", "serais ravie", "ravi de",
            "ravie de", "enchante", "enchantee", "avec joie", "je suis partant", "je suis partante", "partant", "partante",
            "je suis interesse", "je suis interessee", "interesse", "interessee", "ca m'interesse", "cela m'interesse",
            "m'interesse", "pas de souci", "pas de probleme", "aucun probleme", "sans probleme", "tres bonne idee",
            "bonne idee", "allons y", "n'hesite pas a", "n'hesitez pas a", "tu peux nous mettre en relation",
            "vous pouvez nous mettre en relation", "mettre en relation", "mets nous en contact", "mettez nous en contact",
            "pourquoi pas", "je veux bien", "je serais heureux", "je serais heureuse", "serait un plaisir", "ce serait un plaisir",
            "absolument", "evidemment", "certainement", "carrement", "parfait", "top", "ca marche", "allez y", "vas y",
            "c'est d'accord", "je suis d'accord",
        ],
        OpeningYes = ["oui", "ouais", "d'accord", "ok", "okay", "volontiers", "absolument", "certainement"],
        OpeningNo = ["non"],
        No =
        [
            "non merci", "pas interesse", "pas interessee", "pas vraiment interesse", "ne m'interesse pas",
            "je prefere ne pas", "je prefererais ne pas", "prefere m'abstenir", "je dois decliner", "je vais decliner",
            "je decline", "decliner", "je vais devoir refuser", "je dois refuser", "je refuse", "refuser", "je passe mon tour",
            "je passe", "passer mon tour", "sans moi", "tres peu pour moi", "bien sur que non", "surement pas", "sans facon", "ce n'est pas pour moi", "pas pour moi", "ne vais pas", "ne souhaite pas", "ne veux pas", "pas la bonne personne",
            "pas le bon interlocuteur", "pas pertinent", "aucun interesse", "aucun interet", "pas d'interet",
            "je ne vois pas l'interet", "ne donnerai pas suite", "ne pas donner suite", "pas donner suite", "impossible", "plutot pas",
            "probablement pas", "je ne pense pas",
        ],
        Unable = ["malheureusement pas", "malheureusement non", "je ne peux pas", "je ne pourrai pas", "ne pourrai pas", "ne peux pas", "pas disponible", "pas possible",
            "ne suis pas disponible", "ca tombe mal", "pas le temps"],
        NotNow =
        [
            "pas maintenant", "pas pour le moment", "pas pour l'instant", "pas en ce moment", "pas tout de suite",
            "pas encore", "plus tard", "ulterieurement", "une autre fois", "a un autre moment", "un autre moment",
            "une prochaine fois", "la prochaine fois", "a l'avenir", "dans le futur", "recontacter", "recontactez moi",
            "recontacte moi", "revenir vers moi", "reviens vers moi", "revenez vers moi", "relance moi", "relancez moi",
            "reparler", "remettre a plus tard", "reporter", "repousser", "une autre date", "apres mon", "apres ma", "apres mes", "apres notre", "apres nos",
            "pas le bon moment", "mauvais moment", "pas le moment", "dans quelques semaines", "dans quelques mois",
            "quelques semaines", "quelques mois", "en attendant", "ca tombe mal", "relance moi", "relancez moi",
        ],
        Moment =
        [
            "en ce moment", "actuellement", "pour le moment", "pour l'instant", "cette semaine", "ce mois ci",
            "deborde", "debordee", "charge", "chargee", "surcharge", "tres occupe", "tres occupee", "occupe", "occupee",
            "sous l'eau", "en deplacement", "timing",
        ],
        Contrast = ["mais", "cependant", "toutefois", "pourtant", "seulement", "neanmoins"],
        Already =
        [
            "on se connait", "nous nous connaissons", "on se connait deja", "nous nous connaissons deja", "je la connais",
            "je le connais", "je la connais deja", "je le connais deja", "deja rencontre", "deja rencontree",
            "nous sommes deja en contact", "on est deja en contact", "deja en contact", "deja en relation",
            "deja ete presentes", "travaille ensemble", "travaille avec elle", "travaille avec lui", "ancienne collegue",
            "ancien collegue", "vieille amie", "vieil ami", "sommes amis", "sommes amies",
        ],
        AlreadyWords = ["deja", "auparavant"],
        Know = ["connai", "connu", "rencontr", "contact", "relation", "croise", "parle"],
        Hedge =
        [
            "peut etre", "eventuellement", "ca depend", "cela depend", "tout depend", "pas sur", "pas sure", "pas certain",
            "pas certaine", "je ne sais pas", "je sais pas", "j'hesite", "je vais reflechir", "laisse moi reflechir",
            "laissez moi reflechir", "a voir", "on verra", "pourquoi pas mais", "en savoir plus", "plus d'informations", "plus de details",
            "plus de contexte", "avant de decider", "je reviens vers toi", "je reviens vers vous", "je te redis",
            "je vous redis", "je te tiens au courant", "je vous tiens au courant",
        ],
        Neutral =
        [
            "pas de souci", "pas de soucis", "n'hesitez pas a", "ne pas hesiter", "pas de probleme", "aucun probleme", "sans probleme", "pourquoi pas",
            "n'hesite pas", "n'hesitez pas", "pas mal", "ne manquerai pas", "il n'y a pas de quoi", "de rien",
        ],
        Negators = ["pas", "ne", "n'", "jamais", "aucun", "aucune", "guere", "ni"],
        Doubts = ["qui", "pourquoi", "quel sujet", "de quoi", "qu'attend", "que veut", "qu'est ce", "quoi exactement", "plus sur", "quelle entreprise"],
        Dates = new DateWords
        {
            Months =
            [
                ["janvier", "|", "janv"], ["fevrier", "|", "fevr", "fev"], ["mars"], ["avril", "|", "avr"], ["mai"],
                ["juin"], ["juillet", "|", "juil"], ["aout"], ["septembre", "|", "sept"], ["octobre", "|", "oct"],
                ["novembre", "|", "nov"], ["decembre", "|", "dec"],
            ],
            After = ["apres", "apres le", "passe", "passe le"],
            From = ["a partir du", "a partir de", "des le", "des", "du", "a compter du", "pas avant", "pas avant le"],
            Until = ["jusqu'au", "jusqu'a", "jusqu'a la", "au", "inclus"],
            Return = ["retour", "de retour", "reviens", "reviendrai", "rentre", "rentrerai"],
            InMonth = ["en", "debut", "courant", "au mois de", "en debut"],
            EndOf = ["fin", "fin de", "a la fin de"],
            RelativeLead = ["dans", "d'ici", "d'ici a", "sous", "dans environ"],
            DayUnits = ["jour", "jours"],
            WeekUnits = ["semaine", "semaines"],
            MonthUnits = ["mois"],
            Numbers = new Dictionary<string, int>
            {
                ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
                ["huit"] = 8, ["dix"] = 10,
            },
            Seasons =
            [
                new("la semaine prochaine", Season.NextWeek, false), new("le mois prochain", Season.NextMonth, false),
                new("fin du mois", Season.NextMonth, false), new("le trimestre prochain", Season.NextQuarter, false),
                new("au prochain trimestre", Season.NextQuarter, false), new("l'annee prochaine", Season.NextYear, false),
                new("l'an prochain", Season.NextYear, false), new("debut d'annee", Season.NewYear, true),
                new("debut de l'annee prochaine", Season.NewYear, true), new("apres les fetes", Season.NewYear, true),
                new("apres noel", Season.NewYear, true), new("apres le nouvel an", Season.NewYear, true),
                new("apres les vacances de noel", Season.NewYear, true), new("a la rentree de janvier", Season.NewYear, true),
                new("apres paques", Season.Easter, true), new("apres l'ete", Season.Autumn, true),
                new("apres les vacances d'ete", Season.Autumn, true), new("a la rentree", Season.Autumn, true),
                new("apres la rentree", Season.Autumn, true), new("a l'automne", Season.Autumn, false),
                new("cet automne", Season.Autumn, false), new("au printemps", Season.Spring, false),
                new("cet ete", Season.Summer, false), new("en ete", Season.Summer, false), new("cet hiver", Season.Winter, false),
                new("dans quinze jours", Season.Fortnight, false), new("d'ici quinze jours", Season.Fortnight, false),
            ],
        },
        Mail = new MailFurniture
        {
            AutoSubjects = ["reponse automatique", "absent", "absente", "absence", "message d'absence", "absent du bureau", "en conge", "en conges", "hors du bureau"],
            BounceSubjects = ["non remis", "non distribuable", "echec de la remise", "echec de remise", "message non delivre", "notification d'etat de remise"],
            BounceBodies = ["echec de la remise", "n'a pas pu etre remis", "informations de diagnostic pour les administrateurs", "remise a ces destinataires"],
            OutOfOffice = ["absent du bureau", "absente du bureau", "je suis absent", "je suis absente", "actuellement absent", "actuellement absente", "en conge", "en conges", "en vacances", "des mon retour", "a mon retour", "acces limite", "pas acces a mes", "reponse automatique", "message d'absence", "hors du bureau"],
            Wrote = ["a ecrit"],
            HeaderFrom = ["de"],
            HeaderOther = ["envoye", "a", "objet", "date", "cc"],
            Original = ["message d'origine", "message original", "message transfere"],
            Footers = ["envoye de mon", "envoye depuis mon", "envoye a partir de", "obtenir outlook pour"],
            Disclaimers = ["destinataire exclusif", "strictement confidentiel", "ce message et toutes les pieces jointes", "est confidentiel", "pensez a l'environnement", "si vous n'etes pas le destinataire"],
            Closings = ["cordialement", "bien cordialement", "bien a vous", "bien a toi", "merci", "merci beaucoup", "bonne journee", "bonne soiree", "a bientot", "amicalement", "amities", "salutations", "sincerement", "belle journee", "bises"],
        },
    };
}
