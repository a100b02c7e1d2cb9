using System.Text;
using System.Text.Encodings.Web;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Consent;

/// <summary>The small pages a party sees. Plain HTML, no script, every value encoded.</summary>
public static class ConsentPage
{
    public static string Ask(IntroAggregate aggregate, PartyRow party, string? preselected)
    {
        var intro = aggregate.Intro;
        var other = aggregate.Other(party.Id);
        var body = new StringBuilder()
            .Append($"<h1>An introduction to {E(other.Name)}?</h1>")
            .Append($"<p>{E(intro.ConnectorName)} would like to introduce you to <strong>{E(other.Name)}</strong>")
            .Append(other.About.Length > 0 ? $", {E(other.About)}." : ".").Append("</p>");
        if (intro.Reason.Length > 0) body.Append($"<p>Why {E(MailComposer.FirstName(intro.ConnectorName))} thinks it is worth your time: {E(intro.Reason)}</p>");
        body.Append($"<p>Nothing is shared with {E(MailComposer.FirstName(other.Name))} unless you both say yes. \"Not now\" or \"no\" is a fine answer and stays between you and {E(MailComposer.FirstName(intro.ConnectorName))}.</p>");
        if (party.Answer != Answer.Pending) body.Append($"<p role=\"status\">Your answer so far: <strong>{E(Label(party.Answer))}</strong>. You can change it below.</p>");
        body.Append("<form method=\"post\"><fieldset><legend>Your answer</legend>");
        foreach (var answer in Answer.Givable)
        {
            if (answer == Answer.NotNow)
            {
                body.Append("<div class=\"notnow\"><label for=\"until\">If not now, ask me again after (optional):</label> ")
                    .Append("<input type=\"date\" id=\"until\" name=\"until\"></div>");
            }
            var selected = answer == preselected ? " class=\"primary\" autofocus" : "";
            body.Append($"<button type=\"submit\" name=\"answer\" value=\"{answer}\"{selected}>{E(Label(answer))}</button>");
        }
        body.Append("</fieldset></form>");
        return Layout("An introduction", body.ToString());
    }

    public static string Thanks(string answer) => Layout("Thank you", answer switch
    {
        Answer.Yes => "<h1>Thank you</h1><p>Your yes is recorded. If the other person agrees too, you will both get an email introducing you.</p>",
        Answer.AlreadyConnected => "<h1>Thank you</h1><p>Noted that you already know each other, so no introduction is needed.</p>",
        _ => "<h1>Thank you</h1><p>Your answer is recorded, and it stays between you and the person who asked. Nothing more is needed from you.</p>",
    });

    public static string Closed(string state) => Layout("This introduction is closed", state == IntroState.Introduced
        ? "<h1>You have been introduced</h1><p>Both of you said yes and the introduction email has gone out. Nothing more is needed here.</p>"
        : "<h1>This introduction is closed</h1><p>It is no longer waiting for answers, so nothing was changed. Nothing more is needed from you.</p>");

    public static string NotValid() => Layout("This link is not valid",
        "<h1>This link is not valid</h1><p>It may be mistyped, or the introduction it belonged to has ended. Nothing was changed.</p>");

    public static string BadAnswer() => Layout("That answer was not understood",
        "<h1>That answer was not understood</h1><p>Please go back and choose one of the buttons; a date for \"not now\" must be today or later. Nothing was changed.</p>");

    public static string Label(string answer) => answer switch
    {
        Answer.Yes => "Yes, introduce us",
        Answer.NotNow => "Not now",
        Answer.No => "No thanks",
        Answer.AlreadyConnected => "We already know each other",
        Answer.Expired => "No answer",
        _ => "Not answered yet",
    };

    private static string Layout(string title, string body) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
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

    private static string E(string value) => HtmlEncoder.Default.Encode(value);
}
