using System.Data.Common;
using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Intros;

/// <summary>What a token answers for; <paramref name="Language"/> and <paramref name="Register"/> are its intro's, so even an expired link's page speaks them.</summary>
public sealed record ConsentLink(string IntroId, string PartyId, bool Expired, string Language, string? Register);

/// <summary>
/// A consent link carries a random 256-bit token; only its SHA-256 hash is stored, so the database
/// alone cannot answer for anyone. Tokens die with their intro (cascade) and stop working a while
/// after it closes.
/// </summary>
public sealed class ConsentTokens(Db db, TimeProvider clock)
{
    /// <summary>After an intro closes its links keep saying "this introduction is closed" this long, then are not valid.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromDays(30);

    /// <summary>A new link for a party, inside the transaction that queues the mail carrying it.</summary>
    public static async Task<string> MintAsync(DbConnection connection, DbTransaction transaction, string introId, string partyId, long now)
    {
        var token = SecretTokens.New();
        await connection.ExecuteAsync(
            "INSERT INTO consent_tokens (token_hash, intro_id, party_id, created_at) VALUES (@hash, @introId, @partyId, @now)",
            new { hash = Hash(token), introId, partyId, now }, transaction);
        return token;
    }

    /// <summary>A link minted on its own, outside the mail's transaction: only the guard switch of the soak's mutation check uses it.</summary>
    public Task<string> MintAloneAsync(string introId, string partyId) => db.InTransactionAsync((connection, transaction) =>
        MintAsync(connection, transaction, introId, partyId, clock.GetUtcNow().ToUnixTimeMilliseconds()));

    /// <summary>The intro and party a token answers for; null for a token we never issued (or malformed).</summary>
    public async Task<ConsentLink?> FindAsync(string token)
    {
        if (token.Length is < 20 or > 100) return null;
        await using var connection = await db.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<(string IntroId, string PartyId, long? ExpiresAt, string Language, string? Register)>(
            """
            SELECT t.intro_id, t.party_id, t.expires_at, i.language, i.register
            FROM consent_tokens t JOIN intros i ON i.id = t.intro_id
            WHERE t.token_hash = @hash
            """, new { hash = Hash(token) });
        if (row.IntroId is null) return null;
        return new ConsentLink(row.IntroId, row.PartyId, row.ExpiresAt is { } at && at <= clock.GetUtcNow().ToUnixTimeMilliseconds(), row.Language, row.Register);
    }

    public static Task ExpireForIntroAsync(DbConnection connection, DbTransaction transaction, string introId, long now) =>
        connection.ExecuteAsync(
            "UPDATE consent_tokens SET expires_at = @at WHERE intro_id = @introId AND expires_at IS NULL",
            new { introId, at = now + (long)GracePeriod.TotalMilliseconds }, transaction);

    private static string Hash(string token) => SecretTokens.Hash(token);
}
