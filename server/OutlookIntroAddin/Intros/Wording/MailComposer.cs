using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// Writes our mails as plain, escaped HTML: short paragraphs and visible links, so a client that
/// shows only text still reads them well. Every value from a person is HTML-encoded here.
/// </summary>
public static partial class MailComposer
{
    /// <summary>Stands where the answer links go; '&lt;' cannot survive encoding, so user text cannot forge it.</summary>
    public const string AnswerBlockMarker = "<!--answer-links-->";

    public static OutboxMessage Request(IntroAggregate aggregate, PartyRow party)
    {
        var intro = aggregate.Intro;
        var other = aggregate.Other(party.Id);
        var w = ToParties(intro);
        var html = new StringBuilder();
        if (party.RequestBody is { } custom)
        {
            html.Append(PlainText(custom));
        }
        else
        {
            Greeting(html, w, party);
            Paragraph(html, other.About.Length > 0 ? w.RequestOpening : w.RequestOpeningNoAbout,
                ("other", other.Name), ("otherAbout", other.About));
            if (party.WhyFor(intro) is { Length: > 0 } why) Paragraph(html, w.RequestWhy, ("reason", why));
            Paragraph(html, w.RequestAsk, ("other", other.Name));
        }
        html.Append(AnswerBlockMarker);
        if (party.RequestBody is null) SignOff(html, w, intro.ConnectorName);
        var subject = party.RequestSubject ?? Fill(w.RequestSubject, ("other", other.Name));
        return new OutboxMessage([Recipient(party)], [], [], subject, Wrap(html), w.Language, party.Id, intro.LinkBase, intro.Register);
    }

    public static OutboxMessage FollowUp(IntroAggregate aggregate, PartyRow party)
    {
        var w = ToParties(aggregate.Intro);
        var html = new StringBuilder();
        Greeting(html, w, party);
        Paragraph(html, w.FollowUp);
        html.Append(AnswerBlockMarker);
        SignOff(html, w, aggregate.Intro.ConnectorName);
        // The subject comes from the thread (Graph createReply), so it is not ours to set.
        return new OutboxMessage([Recipient(party)], [], [], "", Wrap(html), w.Language, party.Id, aggregate.Intro.LinkBase, aggregate.Intro.Register);
    }

    /// <summary>"Checking back, as you suggested", after the date the party gave with their "not now"; in the request's thread.</summary>
    public static OutboxMessage CheckBack(IntroAggregate aggregate, PartyRow party)
    {
        var w = ToParties(aggregate.Intro);
        var html = new StringBuilder();
        Greeting(html, w, party);
        Paragraph(html, w.CheckBack, ("date", w.DayAndMonth(DateOnly.ParseExact(party.NotNowUntil!, "yyyy-MM-dd", CultureInfo.InvariantCulture))), ("other", aggregate.Other(party.Id).Name));
        html.Append(AnswerBlockMarker);
        SignOff(html, w, aggregate.Intro.ConnectorName);
        return new OutboxMessage([Recipient(party)], [], [], "", Wrap(html), w.Language, party.Id, aggregate.Intro.LinkBase, aggregate.Intro.Register);
    }

    /// <summary>To the connector alone: the intro closed because <paramref name="silent"/> did not answer.</summary>
    public static OutboxMessage Silence(IntroAggregate aggregate, IReadOnlyList<PartyRow> silent)
    {
        var intro = aggregate.Intro;
        var w = MailWording.For(intro.Language);
        var (a, b) = Pair(aggregate);
        var html = new StringBuilder();
        if (silent.Count == 1) Paragraph(html, w.SilenceOne, ("silent", silent[0].Name), ("a", a.Name), ("b", b.Name));
        else Paragraph(html, w.SilenceBoth, ("a", a.Name), ("b", b.Name));
        Paragraph(html, w.SilenceNothingMore);
        return ToConnector(intro, Fill(w.SilenceSubject, ("a", a.Name), ("b", b.Name)), html, w);
    }

    /// <summary>To the connector alone: the request to <paramref name="party"/> came back undelivered.</summary>
    public static OutboxMessage Bounce(IntroAggregate aggregate, PartyRow party)
    {
        var w = MailWording.For(aggregate.Intro.Language);
        var html = new StringBuilder();
        Paragraph(html, w.BounceBody, ("name", party.Name), ("email", party.Email), ("other", aggregate.Other(party.Id).Name),
            ("first", FirstName(party.Name)));
        return ToConnector(aggregate.Intro, Fill(w.BounceSubject, ("name", party.Name)), html, w);
    }

    public static OutboxMessage Final(IntroAggregate aggregate)
    {
        var intro = aggregate.Intro;
        var w = ToParties(intro);
        var parties = aggregate.Parties.OrderBy(p => p.Position).ToList();
        var (a, b) = (parties[0], parties[1]);
        var html = new StringBuilder();
        Paragraph(html, w.FinalGreeting, ("a", FirstName(a.Name)), ("b", FirstName(b.Name)), ("aName", a.Name), ("bName", b.Name));
        Paragraph(html, w.FinalThanks);
        foreach (var (x, y) in new[] { (a, b), (b, a) })
        {
            Paragraph(html, y.About.Length > 0 ? w.FinalMeet : w.FinalMeetNoAbout,
                ("x", FirstName(x.Name)), ("xName", x.Name), ("y", y.Name), ("yAbout", y.About));
        }
        if (intro.Reason.Length > 0) Paragraph(html, w.FinalWhy, ("reason", intro.Reason));
        var taker = IntroRules.NextStepTaker(parties).Name;
        Paragraph(html, w.FinalNextStep, ("taker", FirstName(taker)), ("takerName", taker));
        Paragraph(html, w.FinalStepOut);
        Paragraph(html, w.FinalLetMeKnow);
        SignOff(html, w, intro.ConnectorName);
        var both = parties.Select(Recipient).ToList();
        var connector = new MailRecipient(intro.ConnectorName, intro.ConnectorEmail);
        var subject = Fill(w.FinalSubject, ("a", a.Name), ("b", b.Name));
        return new OutboxMessage(both, [connector], both, subject, Wrap(html), w.Language);
    }

    /// <summary>The four answers as links to the consent page; the page's button records, the link never does.</summary>
    public static string AnswerBlock(string language, string? register, string link)
    {
        var w = MailWording.For(language, register);
        var links = new[] { (Answer.Yes, w.AnswerYes), (Answer.NotNow, w.AnswerNotNow), (Answer.No, w.AnswerNo), (Answer.AlreadyConnected, w.AnswerAlreadyConnected) }
            .Select(x => $"<a href=\"{Encode(link)}?answer={x.Item1}\">{Encode(x.Item2)}</a>");
        return $"<p>{Encode(w.AnswerPrompt)}<br>{string.Join(" &middot; ", links)}</p><p>{Encode(w.AnswerByReply)}</p>";
    }

    public static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ');
        return space > 0 ? trimmed[..space] : trimmed;
    }

    /// <summary>
    /// What goes to the parties speaks the register the connector drafted in. Notes to the connector
    /// themselves keep the language's usual register: it is how we speak to them everywhere else.
    /// </summary>
    private static MailWording ToParties(IntroRow intro) => MailWording.For(intro.Language, intro.Register);

    private static void Greeting(StringBuilder html, MailWording w, PartyRow party) =>
        Paragraph(html, w.Greeting, ("first", FirstName(party.Name)), ("name", party.Name));

    private static MailRecipient Recipient(PartyRow p) => new(p.Name, p.Email);

    private static (PartyRow A, PartyRow B) Pair(IntroAggregate aggregate)
    {
        var parties = aggregate.Parties.OrderBy(p => p.Position).ToList();
        return (parties[0], parties[1]);
    }

    private static OutboxMessage ToConnector(IntroRow intro, string subject, StringBuilder html, MailWording w) =>
        new([new MailRecipient(intro.ConnectorName, intro.ConnectorEmail)], [], [], subject, Wrap(html), w.Language);

    private static void SignOff(StringBuilder html, MailWording w, string connector) =>
        html.Append("<p>").Append(Encode(w.SignOff)).Append("<br>").Append(Encode(connector)).Append("</p>");

    private static void Paragraph(StringBuilder html, string template, params (string Key, string Value)[] values) =>
        html.Append("<p>").Append(Encode(Fill(template, values))).Append("</p>");

    /// <summary>
    /// One pass over our own template: a value is inserted once and never searched again, so a
    /// person's name or reason that contains "{other}" arrives as typed.
    /// </summary>
    private static string Fill(string template, params (string Key, string Value)[] values) =>
        Placeholder().Replace(template, m => Array.Find(values, v => v.Key == m.Groups[1].Value) is { Key: not null } v ? v.Value : m.Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>The connector's own text: paragraphs at blank lines, line breaks kept.</summary>
    private static string PlainText(string text) =>
        string.Concat(text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => "<p>" + string.Join("<br>", p.Trim('\n').Split('\n').Select(Encode)) + "</p>"));

    private static string Wrap(StringBuilder body) =>
        $"<html><body><div style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:1.45\">{body}</div></body></html>";

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
