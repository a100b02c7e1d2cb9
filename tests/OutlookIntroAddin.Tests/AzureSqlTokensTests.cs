using Microsoft.Data.SqlClient;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Tests;

public class AzureSqlTokensTests
{
    [Theory]
    [InlineData("Server=tcp:intros.database.windows.net,1433;Database=intros;Authentication=Active Directory Managed Identity;Encrypt=True")]
    [InlineData("Server=tcp:intros.database.windows.net,1433;Database=intros;Authentication=Active Directory Managed Identity;User Id=5a0b6e0c-0000-0000-0000-000000000001")]
    [InlineData("Server=tcp:intros.database.windows.net,1433;Database=intros;Authentication=Active Directory Default")]
    public void ManagedIdentityConnectionsGetTheirTokenFromAzureIdentity(string configured)
    {
        var (connectionString, callback) = AzureSqlTokens.From(configured);

        Assert.NotNull(callback);
        var builder = new SqlConnectionStringBuilder(connectionString);
        Assert.Equal(SqlAuthenticationMethod.NotSpecified, builder.Authentication);
        Assert.Equal("", builder.UserID);
        Assert.Equal("intros", builder.InitialCatalog);
        // SqlClient accepts the pair: a token callback beside any Authentication keyword is refused.
        using var connection = new SqlConnection(connectionString) { AccessTokenCallback = callback };
    }

    [Fact]
    public void PasswordConnectionsAreLeftAsTheyAre()
    {
        const string configured = "Server=127.0.0.1,1433;User ID=sa;Password=secret;TrustServerCertificate=True";
        Assert.Equal((configured, null), AzureSqlTokens.From(configured));
    }
}
