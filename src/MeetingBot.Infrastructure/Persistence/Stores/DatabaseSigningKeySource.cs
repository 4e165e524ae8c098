using System.Security.Cryptography;
using MeetingBot.Conversations.Downloads;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// The download-link signing key: <c>Downloads:SigningKey</c> when set; otherwise a random key made once and kept in
/// the database, so links survive restarts and every instance accepts the others' links without configuration.
/// </summary>
internal sealed class DatabaseSigningKeySource(IOptions<DownloadOptions> options, IServiceScopeFactory scopes, TimeProvider time) : ISigningKeySource
{
    private const string KeyName = "download-link-signing-key";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<byte[]> GetKeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known) return known;
        if (options.Value.SigningKey is { Length: > 0 } configured && DownloadOptions.DecodeKey(configured) is { } decoded)
        {
            return _key = decoded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        var secrets = db.Set<BotSecretRecord>();
        if (await secrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == KeyName, cancellationToken) is { } stored)
        {
            return Convert.FromBase64String(stored.Value);
        }

        secrets.Add(new BotSecretRecord { Name = KeyName, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), CreatedAtUtc = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance made the key at the same moment: use theirs.
        }

        db.ChangeTracker.Clear();
        var winner = await secrets.AsNoTracking().FirstAsync(s => s.Name == KeyName, cancellationToken);
        return Convert.FromBase64String(winner.Value);
    }
}
