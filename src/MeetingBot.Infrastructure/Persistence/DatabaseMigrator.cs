using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Infrastructure.Persistence;

/// <summary>Brings the schema up to date at start; a failure stops the app before it accepts any request.</summary>
internal sealed class DatabaseMigrator(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.MigrateDatabaseAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
