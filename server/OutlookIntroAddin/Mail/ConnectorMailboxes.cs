using System.Collections.Concurrent;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Mail;

/// <summary>
/// The address of a connector's mailbox. On their behalf (delegated mode) it is read from Graph, the
/// <c>mail</c> of <c>/me</c>, once per connector and instance: a token's sign-in name is not always the
/// mailbox's address, and the connector's own copies (Bcc of the final intro, notes to themselves) and
/// reply watching go to and by that address. In the sandbox and app-only modes the token's name is it.
/// </summary>
public sealed class ConnectorMailboxes(GraphClients graph)
{
    private readonly ConcurrentDictionary<(string TenantId, string ObjectId), string> _addresses = new();

    public async Task<string> AddressAsync(Connector connector, CancellationToken ct)
    {
        if (!graph.AddressesMe) return connector.Email;
        if (_addresses.TryGetValue((connector.TenantId, connector.ObjectId), out var known)) return known;
        var me = await graph.For(connector.TenantId, connector.ObjectId, connector.Email).Users[connector.Email]
            .GetAsync(c => c.QueryParameters.Select = ["mail", "userPrincipalName"], ct);
        // A user without an Exchange mailbox has no mail; their sign-in name is then the best there is.
        var address = me?.Mail is { Length: > 0 } mail ? mail : connector.Email;
        _addresses[(connector.TenantId, connector.ObjectId)] = address;
        return address;
    }
}
