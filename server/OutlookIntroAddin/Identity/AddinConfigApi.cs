using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace OutlookIntroAddin.Identity;

/// <summary>
/// What the add-in reads before it asks for a token: in sandbox mode it asks for none; with Entra ID
/// it signs in to this app registration for this API's own scope. Not secret (the client id and
/// scope are in every token request the browser makes), so anonymous.
/// </summary>
public sealed record AddinConfig(
    string Mode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ClientId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Authority = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string[]? Scopes = null)
{
    public const string Sandbox = "sandbox", Entra = "entra";

    /// <summary>The scope the API exposes to its own client (the add-in) in the app registration.</summary>
    public const string ApiScope = "access_as_user";

    public static AddinConfig From(IdentityOptions options)
    {
        var clientId = options.ClientId.Trim();
        if (clientId.Length == 0) return new(Sandbox);
        var instance = string.IsNullOrWhiteSpace(options.Instance) ? "https://login.microsoftonline.com/" : options.Instance.Trim();
        var audience = string.IsNullOrWhiteSpace(options.Audience) ? $"api://{clientId}" : options.Audience.Trim();
        // "organizations": any work or school account, since the add-in is deployed to many tenants;
        // the server narrows that down with Identity:AllowedTenants.
        return new(Entra, clientId, $"{instance.TrimEnd('/')}/organizations", [$"{audience.TrimEnd('/')}/{ApiScope}"]);
    }
}

public static class AddinConfigApi
{
    public static void MapAddinConfig(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/addin/config.json", (IOptions<IdentityOptions> options, HttpResponse response) =>
        {
            // A deployment that switches mode must not leave panes on a cached answer.
            response.Headers.CacheControl = "no-cache";
            return TypedResults.Ok(AddinConfig.From(options.Value));
        }).AllowAnonymous().AllowAddinOrigin().ExcludeFromDescription();
}
