namespace OutlookIntroAddin.Replies;

/// <summary>One mail that arrived in a request's thread, as Graph hands it over.</summary>
/// <param name="Headers">The internet message headers; names compare case-insensitively.</param>
/// <param name="MessageClass">Exchange's item class (IPM.Note, REPORT.IPM.Note.NDR, …) when known.</param>
public sealed record IncomingReply(
    string Subject,
    string Body,
    bool BodyIsHtml,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? MessageClass,
    string FromAddress);
