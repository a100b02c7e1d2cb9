using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Tests.Replies;

/// <summary>Builds a reply the way Graph hands one over and reads it, so tests state only what matters.</summary>
internal static class Reading
{
    public static readonly DateOnly Today = new(2025, 10, 15);

    public static ReplyReading Of(
        string body, string subject = "Re: Would you like to meet Juan?", bool html = false, string language = "en",
        string? messageClass = "IPM.Note", string from = "sue@northwind.example", DateOnly? today = null,
        params (string Name, string Value)[] headers) =>
        ReplyUnderstanding.Read(
            new IncomingReply(subject, body, html, [.. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))], messageClass, from),
            today ?? Today, language);

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
