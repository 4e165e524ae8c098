using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MeetingBot.Infrastructure.Persistence;

// Used only by `dotnet ef migrations add`; the app configures its contexts in PersistenceServiceCollectionExtensions.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMeetingBotDbContext>
{
    public SqliteMeetingBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMeetingBotDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMeetingBotDbContext>
{
    public PostgresMeetingBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMeetingBotDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
