using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// The Data Protection key ring in the database, so every instance protects and reads the token
/// cache with the same keys. Each element is stored as the XML Data Protection hands over, which
/// is encrypted when a key-protection certificate is configured (DataProtection:CertificatePath).
/// </summary>
public sealed class DataProtectionKeyTable(Db db, TimeProvider clock) : IXmlRepository
{
    // IXmlRepository is synchronous. It runs when the key ring is loaded or a key is made (at
    // start, then about once a day per instance), never per request, so blocking here is cheap.
    public IReadOnlyCollection<XElement> GetAllElements() => GetAllAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => StoreAsync(element, friendlyName).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> GetAllAsync()
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, name");
        return rows.Select(xml => XElement.Parse(xml)).ToList();
    }

    private async Task StoreAsync(XElement element, string friendlyName)
    {
        await using var connection = await db.OpenAsync();
        // Friendly names are unique (key-{guid}, revocation-{time}); a name seen twice keeps its first element.
        await connection.ExecuteAsync(db.Dialect(
            portable: "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @now) ON CONFLICT (name) DO NOTHING",
            sqlServer: """
                MERGE data_protection_keys WITH (HOLDLOCK) AS t
                USING (SELECT @name AS name) AS s ON t.name = s.name
                WHEN NOT MATCHED THEN INSERT (name, xml, created_at) VALUES (@name, @xml, @now);
                """),
            new { name = friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), now = clock.GetUtcNow().ToUnixTimeMilliseconds() });
    }
}
