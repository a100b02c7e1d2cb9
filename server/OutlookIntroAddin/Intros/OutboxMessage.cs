using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// A mail exactly as it will go out, stored as JSON in its outbox row. The consent link is the one
/// part added at send time (<see cref="MailComposer.AnswerBlockMarker"/>), from the row's token,
/// which is erased once the mail is sent: afterwards only the token's hash is stored. Its links speak
/// <see cref="Register"/> (null in rows queued before registers, and for the language's usual one).
/// </summary>
public sealed record OutboxMessage(
    IReadOnlyList<MailRecipient> To,
    IReadOnlyList<MailRecipient> Bcc,
    IReadOnlyList<MailRecipient> ReplyTo,
    string Subject,
    string Html,
    string Language,
    string? ConsentPartyId = null,
    string? LinkBase = null,
    string? Register = null)
{
    /// <summary>The mail as Graph gets it, with the consent links in place.</summary>
    public OutgoingMail ToSend(string html) => new(To, Bcc, ReplyTo, Subject, html);
}

public static class OutboxKind
{
    public const string Request = "request";
    public const string FollowUp = "followUp";

    /// <summary>"Checking back, as you suggested": to a party who said not now until a date, in their request's thread.</summary>
    public const string CheckBack = "checkBack";

    public const string Final = "final";

    /// <summary>The final intro created as a draft in the connector's mailbox for review, not sent.</summary>
    public const string FinalDraft = "finalDraft";

    /// <summary>A short note to the connector alone: who did not answer, or whose request bounced.</summary>
    public const string Notice = "notice";

    /// <summary>Mail that answers in the request's thread (Graph createReply on the sent request).</summary>
    public static bool InThread(string kind) => kind is FollowUp or CheckBack;
}
