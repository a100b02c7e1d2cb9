using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Consent;

/// <summary>
/// The small pages a party sees, in the language and register of the mail that linked to them
/// (<see cref="PageWording"/>). Plain HTML, no script, every value encoded.
/// </summary>
public static partial class ConsentPage
{
    public static string Ask(MailWording w, IntroAggregate aggregate, PartyRow party, string? preselected)
    {
        var t = w.Page;
        var intro = aggregate.Intro;
        var other = aggregate.Other(party.Id);
        var names = Names(aggregate, party);
        var body = new StringBuilder();
        Element(body, "h1", t.AskHeading, names);
        Element(body, "p", other.About.Length > 0 ? t.AskOpening : t.AskOpeningNoAbout,
            [("other", $"<strong>{E(other.Name)}</strong>"), ("about", E(other.About)), .. names]);
        if (party.WhyFor(intro) is { Length: > 0 } why) Element(body, "p", t.AskWhy, [("reason", E(why)), .. names]);
        Element(body, "p", t.AskPrivacy, names);
        if (party.Answer != Answer.Pending)
        {
            var label = ("answer", $"<strong>{E(Label(w, party.Answer))}</strong>");
            body.Append("<p role=\"status\">").Append(party is { Answer: Answer.NotNow, NotNowUntil: { } until }
                ? Fill(t.AnswerSoFarUntil, label, ("date", E(w.DayAndMonth(DateOnly.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture)))))
                : Fill(t.AnswerSoFar, label)).Append("</p>");
        }
        body.Append("<form method=\"post\"><fieldset><legend>").Append(E(t.AnswerLegend)).Append("</legend>");
        foreach (var answer in Answer.Givable)
        {
            if (answer == Answer.NotNow)
            {
                body.Append("<div class=\"notnow\"><label for=\"until\">").Append(E(t.AskAgainLabel)).Append("</label> ")
                    .Append("<input type=\"date\" id=\"until\" name=\"until\"></div>");
            }
            var selected = answer == preselected ? " class=\"primary\" autofocus" : "";
            body.Append($"<button type=\"submit\" name=\"answer\" value=\"{answer}\"{selected}>{E(Label(w, answer))}</button>");
        }
        body.Append("</fieldset></form>");
        return Layout(w, t.AskTitle, body.ToString());
    }

    /// <summary>
    /// After an answer was recorded: what happens next, and while the intro is still open a way back
    /// to the answer page (<paramref name="token"/> is the page's own, relative to this URL).
    /// </summary>
    public static string Thanks(MailWording w, IntroAggregate aggregate, PartyRow party, string answer, DateOnly? until, string token)
    {
        var t = w.Page;
        var open = IntroRules.AcceptsAnswers(aggregate.Intro.State);
        var text = answer switch
        {
            Answer.Yes => open ? t.ThanksYes : t.ThanksYesBoth,
            Answer.NotNow when until is not null => t.ThanksNotNowUntil,
            Answer.NotNow => t.ThanksNotNow,
            Answer.AlreadyConnected => t.ThanksAlreadyConnected,
            _ => t.ThanksNo,
        };
        var body = new StringBuilder();
        Element(body, "h1", t.Thanks);
        Element(body, "p", text, [("date", E(until is { } day ? w.DayAndMonth(day) : "")), .. Names(aggregate, party)]);
        if (open) body.Append("<p>").Append(E(t.ChangeMind)).Append($" <a href=\"{E(token)}\">").Append(E(t.ChangeLink)).Append("</a></p>");
        return Layout(w, t.Thanks, body.ToString());
    }

    public static string Closed(MailWording w, string state) => state == IntroState.Introduced
        ? Notice(w, w.Page.Introduced, w.Page.IntroducedBody)
        : Notice(w, w.Page.Closed, w.Page.ClosedBody);

    public static string NotValid(MailWording w) => Notice(w, w.Page.NotValid, w.Page.NotValidBody);

    public static string BadAnswer(MailWording w) => Notice(w, w.Page.BadAnswer, w.Page.BadAnswerBody);

    private static string Label(MailWording w, string answer) => answer switch
    {
        Answer.Yes => w.AnswerYes,
        Answer.NotNow => w.AnswerNotNow,
        Answer.No => w.AnswerNo,
        Answer.AlreadyConnected => w.AnswerAlreadyConnected,
        Answer.Expired => w.Page.AnswerExpired,
        _ => w.Page.AnswerNone,
    };

    private static (string Key, string Html)[] Names(IntroAggregate aggregate, PartyRow party)
    {
        var connector = aggregate.Intro.ConnectorName;
        var other = aggregate.Other(party.Id).Name;
        return
        [
            ("connector", E(connector)), ("connectorFirst", E(MailComposer.FirstName(connector))),
            ("other", E(other)), ("otherFirst", E(MailComposer.FirstName(other))),
        ];
    }

    private static string Notice(MailWording w, string heading, string text) => Layout(w, heading, $"<h1>{E(heading)}</h1><p>{E(text)}</p>");

    private static void Element(StringBuilder html, string tag, string template, params (string Key, string Html)[] values) =>
        html.Append('<').Append(tag).Append('>').Append(Fill(template, values)).Append("</").Append(tag).Append('>');

    /// <summary>
    /// Our template, encoded, with each placeholder replaced once by its already encoded value, so a
    /// name or reason that contains "{other}" arrives as typed.
    /// </summary>
    private static string Fill(string template, params (string Key, string Html)[] values) =>
        Placeholder().Replace(E(template), m => Array.Find(values, v => v.Key == m.Groups[1].Value) is { Key: not null } v ? v.Html : m.Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    private static string Layout(MailWording w, string title, string body) => $$"""
        <!doctype html>
        <html lang="{{w.Language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex"><title>{{E(title)}}</title>
        <style>
        :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; }
        body { max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
        fieldset { border: 1px solid #8a8886; border-radius: 6px; padding: 1rem; }
        button { display: block; width: 100%; margin: .5rem 0; padding: .6rem; font: inherit; border-radius: 4px; border: 1px solid #8a8886; background: Canvas; color: CanvasText; cursor: pointer; }
        button.primary, button[value="yes"] { background: #0f6cbd; color: #fff; border-color: #0f6cbd; }
        button:focus-visible { outline: 3px solid #0f6cbd; outline-offset: 2px; }
        .notnow { margin-top: 1rem; }
        </style></head>
        <body><main>{{body}}</main></body></html>
        """;

    // Letters of every language stay readable in the page's source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string value) => Encoder.Encode(value);
}
