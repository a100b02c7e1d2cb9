namespace OutlookIntroAddin.Mail;

public static class MailServices
{
    /// <summary>Graph clients per mailbox (paced as Exchange requires) and each mailbox's working week.</summary>
    public static void AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphClients>();
        builder.Services.AddSingleton<ConnectorMailboxes>();
        builder.Services.AddSingleton<MailboxCalendars>();
    }
}
