using OutlookIntroAddin;
using OutlookIntroAddin.Addin;
using OutlookIntroAddin.Consent;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Health;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Policy;
using OutlookIntroAddin.Sandbox;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The built add-in is copied beside the binaries, so the same path works for run and publish.
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});

builder.AddData();
builder.AddIdentity();
builder.AddGraphAccess();
builder.AddSandbox();
builder.AddIntros();
builder.AddPolicy();
builder.AddMail();
builder.AddApiConventions();

var app = builder.Build();
await app.MigrateDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

app.MapAddin();
app.MapIntros();
app.MapPolicy();
app.MapConsent();
app.MapHealth();
app.MapAddinConfig();
app.MapSandbox();

app.Run();

public partial class Program;
