using System.Net;
using System.Text;

namespace GraphSandbox;

/// <summary>The text of an Exchange Online non-delivery report for an address that does not exist (550 5.1.10).</summary>
internal static class NonDeliveryReport
{
    public static string Body(SandboxMessage original, IEnumerable<SandboxRecipient> bounced)
    {
        string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        foreach (var recipient in bounced)
        {
            var at = recipient.Address.IndexOf('@');
            html.Append($"<p><b>Your message to {E(recipient.Address)} couldn't be delivered.</b></p>")
                .Append($"<p>{E(recipient.Address[..at])} wasn't found at {E(recipient.Address[(at + 1)..])}.</p>");
        }
        html.Append("<p>Diagnostic information for administrators:</p>")
            .Append($"<p>Generating server: {MessageHeaders.Host}</p>");
        foreach (var recipient in bounced)
        {
            html.Append($"<p>{E(recipient.Address)}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; ")
                .Append("Recipient not found by SMTP address lookup'</p>");
        }
        var headers = original.InternetMessageHeaders.Count > 0
            ? string.Join("\n", original.InternetMessageHeaders.Select(h => $"{h.Name}: {h.Value}"))
            : $"Message-ID: {original.InternetMessageId}\nSubject: {original.Subject}";
        return html.Append($"<p>Original message headers:</p><pre>{E(headers)}</pre>").ToString();
    }
}
