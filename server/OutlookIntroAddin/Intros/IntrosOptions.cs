namespace OutlookIntroAddin.Intros;

public sealed class IntrosOptions
{
    /// <summary>The origin used in consent links. Required outside sandbox mode; in sandbox mode empty means the origin of the request.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The public origin of this server, as links in mail and the add-in's well-known file must name it.</summary>
    public string Origin(HttpRequest request) => PublicBaseUrl.Length > 0
        ? PublicBaseUrl.TrimEnd('/')
        : $"{request.Scheme}://{request.Host}{request.PathBase}";
}
