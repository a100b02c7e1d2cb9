using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>Renews a held connector's session on each of their API requests, before the handler runs.</summary>
public sealed class ResumeHeldMailFilter(GraphSignIn signIn) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (signIn.OnBehalfOfConnector && http.User.Identity?.IsAuthenticated == true)
        {
            await signIn.ResumeIfHeldAsync(http, Connector.From(http.User));
        }
        return await next(context);
    }
}
