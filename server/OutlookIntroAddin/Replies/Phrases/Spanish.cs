namespace OutlookIntroAddin.Replies.Phrases;

internal static class Spanish
{
    public static readonly LanguageCues Cues = new()
    {
        Code = "es",
        Yes =
        [
            "con mucho gusto", "con gusto", "encantado", "encantada", "me encantaria", "me encanta la idea",
            "me gustaria conocer", "me gustaria mucho conocer", "me gustaria hablar con", "por supuesto", "claro", "claro que si", "desde luego", "de acuerdo",
            "me parece bien", "me parece genial", "me parece perfecto", "me parece estupendo", "sera un placer",
            "seria un placer", "un placer", "adelante", "cuenta conmigo", "contad conmigo", "me interesa", "estoy interesado",
            "estoy interesada", "interesado", "interesada", "sin problema", "ningun problema", "no hay problema",
            "perfecto", "genial", "vale", "dale", "puedes presentarnos", "puede presentarnos", "presentanos",
            "ponnos en contacto", "ponme en contacto", "nos pongas en contacto", "comparte mi correo", "por que no",
            "estare encantado", "estare encantada", "me apunto", "cuenta conmigo", "con mucho placer", "excelente idea", "buena idea",
        ],
        OpeningYes = ["si", "claro", "vale", "ok", "okay", "perfecto", "adelante", "dale"],
        OpeningNo = ["no"],
        No =
        [
            "no gracias", "no, gracias", "no me interesa", "no estoy interesado", "no estoy interesada", "sin interes",
            "prefiero no", "preferiria no", "tengo que rechazar", "voy a tener que rechazar", "debo rechazar",
            "rechazar", "declinar", "debo declinar", "tengo que declinar", "yo paso", "paso esta vez", "paso de", "no es para mi",
            "me es imposible", "imposible", "no quiero", "no deseo", "no soy la persona", "no es el perfil", "no tiene sentido",
            "no lo veo", "no creo que", "mejor no", "no cuentes conmigo", "claro que no", "para nada", "probablemente no", "creo que no", "no, muchas gracias",
        ],
        Unable = ["lamentablemente no", "desafortunadamente no", "no puedo", "no podre", "no voy a poder", "no podria", "no me es posible", "no sera posible",
            "no me va a ser posible", "no va a ser posible", "no tengo tiempo", "no me viene bien"],
        NotNow =
        [
            "ahora no", "ahora mismo no", "por ahora no", "de momento no", "en este momento no", "todavia no", "aun no",
            "mas adelante", "mas tarde", "en otro momento", "otro momento", "en otra ocasion", "otra ocasion", "otro dia",
            "en el futuro", "a futuro", "vuelve a escribirme", "vuelva a escribirme", "escribeme de nuevo",
            "escribame de nuevo", "contactame de nuevo", "contacteme de nuevo", "vuelve a contactarme", "retomar",
            "retomemos", "retomarlo", "aplazar", "posponer", "reprogramar", "otra fecha", "despues de mi", "despues de mis", "despues de nuestro",
            "despues de nuestra", "tras mi", "tras mis", "no es buen momento", "no es el momento", "mal momento",
            "no es un buen momento", "en unas semanas", "en unos meses", "unas semanas", "unos meses", "mas para adelante",
        ],
        Moment =
        [
            "ahora", "ahora mismo", "en este momento", "de momento", "por ahora", "actualmente", "esta semana", "este mes",
            "estos dias", "ocupado", "ocupada", "liado", "liada", "saturado", "saturada", "a tope", "de viaje", "agenda llena",
        ],
        Contrast = ["pero", "sin embargo", "aunque", "solo que", "no obstante"],
        Already =
        [
            "ya nos conocemos", "nos conocemos", "ya la conozco", "ya lo conozco", "la conozco", "lo conozco",
            "ya nos conocimos", "nos conocimos", "ya estamos en contacto", "estamos en contacto", "ya hemos hablado",
            "ya hablamos", "hemos trabajado juntos", "trabajamos juntos", "trabajamos juntas", "somos amigos", "somos amigas",
            "ex colega", "antigua colega", "antiguo colega", "vieja amiga", "viejo amigo", "ya nos presentaron",
        ],
        AlreadyWords = ["ya", "antes", "anteriormente"],
        Know = ["conoc", "conozc", "contacto", "hablado", "hablamos", "presentaron", "coincidimos"],
        Hedge =
        [
            "quizas", "quiza", "tal vez", "a lo mejor", "puede ser", "depende", "no estoy seguro", "no estoy segura",
            "no se", "no lo se", "no lo tengo claro", "no me queda claro", "no queda claro", "no esta claro", "no tengo claro", "lo pensare", "dejame pensarlo", "dejeme pensarlo", "tengo que pensarlo",
            "lo tengo que pensar", "ya veremos", "veremos", "saber mas", "mas informacion", "mas detalles", "mas contexto", "antes de decidir", "te digo algo", "le digo algo", "te confirmo", "le confirmo", "lo miro",
            "te aviso", "le aviso",
        ],
        Neutral =
        [
            "no hay problema", "ningun problema", "sin problema", "por que no", "no te preocupes", "no se preocupe",
            "no dudes", "no dude", "no hace falta", "no tengo inconveniente", "ningun inconveniente", "no faltaba mas",
            "de nada", "no hay prisa",
        ],
        Negators = ["no", "nunca", "jamas", "ni", "tampoco", "ningun", "ninguna", "nada"],
        Doubts = ["quien", "por que", "de que", "que quiere", "que busca", "que es", "sobre que", "que empresa", "mas sobre", "para que"],
        Dates = new DateWords
        {
            Months =
            [
                ["enero", "|", "ene"], ["febrero", "|", "feb"], ["marzo"], ["abril", "|", "abr"], ["mayo"], ["junio", "|", "jun"],
                ["julio", "|", "jul"], ["agosto"], ["septiembre", "setiembre", "|", "sept"], ["octubre", "|", "oct"],
                ["noviembre", "|", "nov"], ["diciembre", "|", "dic"],
            ],
            After = ["despues de", "despues del", "pasado", "pasado el", "tras", "tras el"],
            From = ["a partir del", "a partir de", "desde el", "desde", "del", "no antes de", "no antes del"],
            Until = ["hasta el", "hasta", "al", "inclusive", "incluido"],
            Return = ["vuelta", "regreso", "regresare", "regresamos", "vuelvo", "volvere", "reincorporo", "reincorporare"],
            InMonth = ["en", "a principios de", "principios de", "durante"],
            EndOf = ["finales de", "a finales de", "fin de", "final de"],
            RelativeLead = ["en", "dentro de", "en unos", "en unas", "en un", "en una"],
            DayUnits = ["dia", "dias"],
            WeekUnits = ["semana", "semanas"],
            MonthUnits = ["mes", "meses"],
            Numbers = new Dictionary<string, int>
            {
                ["un"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6,
                ["un par de"] = 2, ["ocho"] = 8, ["diez"] = 10,
            },
            Seasons =
            [
                new("la semana que viene", Season.NextWeek, false), new("la proxima semana", Season.NextWeek, false),
                new("el mes que viene", Season.NextMonth, false), new("el proximo mes", Season.NextMonth, false),
                new("a fin de mes", Season.NextMonth, false), new("el proximo trimestre", Season.NextQuarter, false),
                new("el trimestre que viene", Season.NextQuarter, false), new("el ano que viene", Season.NextYear, false),
                new("el proximo ano", Season.NextYear, false), new("a principios del ano que viene", Season.NewYear, true),
                new("despues de las fiestas", Season.NewYear, true), new("despues de navidad", Season.NewYear, true),
                new("despues de las navidades", Season.NewYear, true), new("despues de ano nuevo", Season.NewYear, true),
                new("despues de reyes", Season.Epiphany, true), new("despues de semana santa", Season.Easter, true),
                new("despues de pascua", Season.Easter, true), new("despues del verano", Season.Autumn, true),
                new("despues de las vacaciones de verano", Season.Autumn, true), new("en otono", Season.Autumn, false),
                new("en primavera", Season.Spring, false), new("en verano", Season.Summer, false),
                new("en invierno", Season.Winter, false), new("en quince dias", Season.Fortnight, false),
            ],
        },
        Mail = new MailFurniture
        {
            AutoSubjects = ["respuesta automatica", "fuera de la oficina", "fuera de oficina", "ausente", "ausencia", "de vacaciones", "mensaje de ausencia"],
            BounceSubjects = ["no se puede entregar", "no entregado", "no se pudo entregar", "error de entrega", "mensaje no entregado", "notificacion de estado de entrega"],
            BounceBodies = ["no se pudo entregar", "no se pudo encontrar la direccion", "informacion de diagnostico para los administradores", "error en la entrega"],
            OutOfOffice = ["fuera de la oficina", "fuera de oficina", "estoy de vacaciones", "estare de vacaciones", "estoy ausente", "estare ausente", "no estare disponible", "sin acceso al correo", "acceso limitado", "a mi regreso", "a mi vuelta", "respuesta automatica", "de baja"],
            Wrote = ["escribio", "ha escrito"],
            HeaderFrom = ["de"],
            HeaderOther = ["enviado", "para", "asunto", "fecha", "cc"],
            Original = ["mensaje original", "mensaje reenviado"],
            Footers = ["enviado desde mi", "enviado desde", "obtener outlook para"],
            Disclaimers = ["informacion confidencial", "destinatario indicado", "si usted no es el destinatario", "este mensaje y sus anexos", "es confidencial", "antes de imprimir"],
            Closings = ["saludos", "un saludo", "saludos cordiales", "atentamente", "cordialmente", "gracias", "muchas gracias", "un abrazo", "abrazos", "un cordial saludo", "hasta pronto", "besos"],
        },
    };
}
