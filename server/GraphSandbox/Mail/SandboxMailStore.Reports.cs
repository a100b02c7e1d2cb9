using System.Net;

namespace GraphSandbox;

/// <summary>
/// Mail the system writes rather than a person: an out-of-office reply and a non-delivery report.
/// Both are delivered like any other mail, so they raise notifications and appear in delta, and
/// code that reads replies must tell them from a party's answer by their message class and headers.
/// </summary>
public sealed partial class SandboxMailStore
{
    /// <summary>
    /// An automatic reply to <paramref name="messageId"/>'s sender, as Exchange writes an out-of-office
    /// one: "Automatic reply: …", message class IPM.Note.Rules.OofTemplate.Microsoft, Auto-Submitted:
    /// auto-replied, X-Auto-Response-Suppress: All, same conversation, In-Reply-To the original. For a
    /// received copy its mailbox replies; for a sent item each To and Cc recipient does. Exchange keeps
    /// no copy in the replier's Sent Items. Returns the copies delivered to the sender.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No message has that id.</exception>
    public IReadOnlyList<SandboxMessage> AutoReply(string messageId, string text) => Translate(() =>
    {
        lock (_lock)
        {
            var (original, sender, recipients) = Report(messageId, withBcc: false);
            var copies = recipients.SelectMany(replier => Deliver(Sent(NewMessage(Normalize(replier.Address), "sentitems") with
            {
                From = replier,
                To = [sender],
                Subject = "Automatic reply: " + original.Subject,
                Body = Html($"<div>{Paragraphs(text)}</div>"),
                BodyContentType = "html",
                ConversationId = original.ConversationId,
                MessageClass = MessageClasses.OutOfOffice,
                InternetMessageHeaders = [.. MessageHeaders.ThreadOf(original),
                    new(MessageHeaders.AutoSubmitted, "auto-replied"), new(MessageHeaders.AutoResponseSuppress, "All")],
            }))).ToList();
            Commit(new JournalEntry(copies));
            return (IReadOnlyList<SandboxMessage>)copies;
        }
    });

    /// <summary>
    /// A non-delivery report for <paramref name="messageId"/> in its sender's Inbox, as Exchange Online
    /// writes one: from postmaster@ the sender's domain, "Undeliverable: …", message class
    /// REPORT.IPM.Note.NDR, the bounced address and 550 5.1.10 in the body. The mail never reached the
    /// bounced recipients (the received copy's mailbox, or every recipient of a sent item), so their
    /// copies are removed. Returns the report.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No message has that id.</exception>
    public SandboxMessage Bounce(string messageId) => Translate(() =>
    {
        lock (_lock)
        {
            var (original, sender, recipients) = Report(messageId, withBcc: true);
            var domain = sender.Address[(sender.Address.IndexOf('@') + 1)..];
            var postmaster = new SandboxRecipient("Microsoft Outlook", $"postmaster@{domain}");
            var report = Deliver(Sent(NewMessage(Normalize(postmaster.Address), "sentitems") with
            {
                From = postmaster,
                To = [sender],
                Subject = "Undeliverable: " + original.Subject,
                Body = Html(NonDeliveryReport.Body(original, recipients)),
                BodyContentType = "html",
                ConversationId = original.ConversationId,
                MessageClass = MessageClasses.NonDeliveryReport,
                InternetMessageHeaders = [.. MessageHeaders.ThreadOf(original), new(MessageHeaders.AutoSubmitted, "auto-replied"),
                    new("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"sandbox-ndr\""),
                    new("X-MS-Exchange-Message-Is-Ndr", "")],
            })).Single();
            var bounced = recipients.Select(r => Normalize(r.Address)).ToHashSet();
            var undelivered = _byId.Values
                .Where(m => m.Received && m.InternetMessageId == original.InternetMessageId && bounced.Contains(m.Mailbox))
                .Select(m => m.Id)
                .ToList();
            Commit(new JournalEntry([report], Remove: undelivered));
            return report;
        }
    });

    /// <summary>The message a report is about, whom it goes back to, and which recipients it is about.</summary>
    private (SandboxMessage Original, SandboxRecipient Sender, List<SandboxRecipient> Recipients) Report(string messageId, bool withBcc)
    {
        var original = _byId.GetValueOrDefault(messageId) ?? throw GraphErrors.NotFound();
        if (original.IsDraft || original.From is not { } sender)
            throw GraphErrors.BadRequest("Only mail that was sent can be answered automatically or bounce.");
        var all = original.To.Concat(original.Cc).Concat(withBcc ? original.Bcc : []);
        var recipients = original.Received
            ? [all.FirstOrDefault(r => Normalize(r.Address) == original.Mailbox) ?? new SandboxRecipient(original.Mailbox, original.Mailbox)]
            : all.DistinctBy(r => Normalize(r.Address)).ToList();
        return (original, sender, recipients);
    }

    private static string Html(string inner) =>
        $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>{inner}</body></html>";

    private static string Paragraphs(string text) => WebUtility.HtmlEncode(text).Replace("\r\n", "\n").Replace("\n", "<br>");
}
