namespace OutlookIntroAddin.Data;

public static class DataServices
{
    public static void AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database")
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required for PostgreSQL and SQL Server.")
            .Validate(o => o.CommandTimeoutSeconds is > 0 and <= 600, "Database:CommandTimeoutSeconds is between 1 and 600.")
            .ValidateOnStart();
        var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "data");
        builder.Services.AddSingleton(sp => new Db(sp.Options<DatabaseOptions>(), dataFolder));
        builder.Services.AddSingleton<WorkSignal>();
    }

    /// <summary>Creates or upgrades the schema before the app takes requests.</summary>
    public static Task MigrateDatabaseAsync(this WebApplication app) => Migrator.MigrateAsync(app.Services.GetRequiredService<Db>());

    /// <summary>Handlers take plain option classes; binding and validation stay in IOptions.</summary>
    public static T Options<T>(this IServiceProvider services) where T : class =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<T>>().Value;
}
