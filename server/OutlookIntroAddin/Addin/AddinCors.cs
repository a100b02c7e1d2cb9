using Microsoft.AspNetCore.Cors.Infrastructure;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Addin;

/// <summary>
/// CORS for the add-in's own origin on the routes its event handlers call
/// (ApiConventions.AllowAddinOrigin). Classic Outlook on Windows events.js in a JavaScript-only runtime whose requests to this origin arrive as
/// cross-origin, preflighted ones (OfficeDev/office-js #3907, #4369); without an answer the banner
/// and the send check cannot read the policy. Only that origin is answered: the public origin, or
/// in sandbox mode (no public origin) the request's own, as for the well-known file.
/// </summary>
public static class AddinCors
{
    public static void AddAddinCors(this WebApplicationBuilder builder)
    {
        // The origin depends on the request in sandbox mode, so the policy is built per request;
        // registered first, so AddCors keeps it instead of its provider of fixed policies.
        builder.Services.AddSingleton<ICorsPolicyProvider, AddinOriginPolicyProvider>();
        builder.Services.AddCors();
    }

    private sealed class AddinOriginPolicyProvider(IntrosOptions options) : ICorsPolicyProvider
    {
        public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
        {
            if (policyName != ApiConventions.AddinOriginPolicy) return Task.FromResult<CorsPolicy?>(null);
            var origin = new Uri(options.Origin(context.Request)).GetLeftPart(UriPartial.Authority);
            return Task.FromResult<CorsPolicy?>(new CorsPolicyBuilder()
                .WithOrigins(origin)
                .WithMethods("GET")
                // The bearer token; Accept is listed too, since a client may count it as not safelisted.
                .WithHeaders("Authorization", "Accept")
                // Fewer preflights on the send path, where every second counts.
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
                .Build());
        }
    }
}
