namespace OutlookIntroAddin.Mail;

public sealed record MailRecipient(string Name, string Address);

/// <summary>One message as it goes to Graph: recipients, subject and HTML body, nothing of ours.</summary>
public sealed record OutgoingMail(
    IReadOnlyList<MailRecipient> To,
    IReadOnlyList<MailRecipient> Bcc,
    IReadOnlyList<MailRecipient> ReplyTo,
    string Subject,
    string Html);
