namespace OutlookIntroAddin.Intros;

public sealed class IntrosOptions
{
    /// <summary>The origin used in consent links; empty means the origin of the request that created the intro.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The public origin of this server, as links in mail and the add-in's well-known file must name it.</summary>
    public string Origin(HttpRequest request) => PublicBaseUrl.Length > 0
        ? PublicBaseUrl.TrimEnd('/')
        : $"{request.Scheme}://{request.Host}{request.PathBase}";
}
