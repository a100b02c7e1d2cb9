using System.Globalization;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Consent;

public static class ConsentApi
{
    public static void MapConsent(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/consent").AllowAnonymous().ExcludeFromDescription();

        // GET and HEAD only show the page: mail scanners fetch every link in a message.
        group.MapMethods("/{token}", ["GET", "HEAD"], async (string token, string? answer, HttpContext http, ConsentTokens tokens, Db db) =>
        {
            NoStore(http);
            var link = await tokens.FindAsync(token);
            if (link is null) return Html(ConsentPage.NotValid(PageLanguage.Negotiate(http.Request)), 404);
            var w = MailWording.For(link.Language, link.Register);
            if (link.Expired) return Html(ConsentPage.NotValid(w), 404);
            var aggregate = await LoadAsync(db, link.IntroId);
            if (!IntroRules.AcceptsAnswers(aggregate.Intro.State)) return Html(ConsentPage.Closed(w, aggregate.Intro.State));
            return Html(ConsentPage.Ask(w, aggregate, aggregate.Party(link.PartyId), answer));
        });

        group.MapPost("/{token}", async (string token, HttpContext http, ConsentTokens tokens, IntroTransitions transitions, TimeProvider clock, Db db) =>
        {
            NoStore(http);
            var link = await tokens.FindAsync(token);
            if (link is null) return Html(ConsentPage.NotValid(PageLanguage.Negotiate(http.Request)), 404);
            var w = MailWording.For(link.Language, link.Register);
            if (link.Expired) return Html(ConsentPage.NotValid(w), 404);
            IFormCollection? form;
            try
            {
                form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
            }
            catch (InvalidDataException)
            {
                return Html(ConsentPage.BadAnswer(w), 400);
            }
            var answer = form?["answer"].ToString();
            var untilText = form?["until"].ToString() ?? "";
            DateOnly? until = null;
            if (untilText.Length > 0)
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                if (!DateOnly.TryParseExact(untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    || date < today.AddDays(-1) || date > today.AddYears(3))
                {
                    return Html(ConsentPage.BadAnswer(w), 400);
                }
                until = date;
            }
            if (answer is null || !Answer.Givable.Contains(answer)) return Html(ConsentPage.BadAnswer(w), 400);
            var outcome = await transitions.AnswerAsync(link.IntroId, link.PartyId, answer, until);
            var aggregate = await LoadAsync(db, link.IntroId);
            return outcome == AnswerOutcome.Closed
                ? Html(ConsentPage.Closed(w, aggregate.Intro.State))
                : Html(ConsentPage.Thanks(w, aggregate, aggregate.Party(link.PartyId), answer, answer == Answer.NotNow ? until : null, token));
        }).DisableAntiforgery();
    }

    private static async Task<IntroAggregate> LoadAsync(Db db, string introId)
    {
        await using var connection = await db.OpenAsync();
        return await IntroStore.LoadAsync(connection, null, introId);
    }

    private static IResult Html(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    private static void NoStore(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        // The token is in the URL: never hand it to another site.
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    }
}
