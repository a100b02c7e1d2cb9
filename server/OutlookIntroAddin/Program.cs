using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookIntroAddin;
using OutlookIntroAddin.Addin;
using OutlookIntroAddin.Consent;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Health;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Outcomes;
using OutlookIntroAddin.Policy;
using OutlookIntroAddin.RateLimits;
using OutlookIntroAddin.Records;
using OutlookIntroAddin.Replies;
using OutlookIntroAddin.Sandbox;
using OutlookIntroAddin.Scheduling;
using OutlookIntroAddin.Subjects;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The built add-in is copied beside the binaries, so the same path works for run and publish.
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
builder.AddRequestLog();

// Sandbox mode brings its own clock, which jumps ahead on request; every other mode runs on real time.
builder.AddSandbox();
builder.Services.TryAddSingleton(TimeProvider.System);

builder.AddData();
builder.AddIdentity();
builder.AddGraphAccess();
builder.AddMail();
builder.AddPolicy();
builder.AddIntros();
builder.AddReplies();
builder.AddSubjects();
builder.AddRecords();
builder.AddOutcomes();
builder.AddScheduling();
builder.AddApiConventions();
builder.AddAddinCors();
builder.AddRateLimits();

var app = builder.Build();
await app.MigrateDatabaseAsync();

app.UseRequestLog();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
// Before authentication: a preflight carries no token and is answered here.
app.UseCors();
app.UseAuthentication();
app.UseRateLimits();
app.UseAuthorization();

app.MapAddin();
app.MapAddinConfig();
app.MapIntros();
app.MapPolicy();
app.MapConsent();
app.MapReplies();
app.MapSubjects();
app.MapRecords();
app.MapOutcomes();
app.MapHealth();
app.MapStatus();
app.MapSandbox();

app.Run();

public partial class Program;
