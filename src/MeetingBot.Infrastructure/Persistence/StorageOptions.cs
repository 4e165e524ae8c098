using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace MeetingBot.Infrastructure.Persistence;

public enum StorageProvider
{
    /// <summary>Embedded default: a SQLite file for data, in-memory Hangfire rebuilt from the data at start.</summary>
    Sqlite,
    /// <summary>Production: PostgreSQL for data and Hangfire, shared by several instances.</summary>
    Postgres,
}

/// <summary>Where data and the job schedule live; bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite file; relative paths are under the app's content root.</summary>
    public string SqlitePath { get; set; } = "data/meetingbot.db";

    /// <summary>Npgsql connection string, used when <see cref="Provider"/> is Postgres.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>PostgreSQL schema for Hangfire's tables.</summary>
    public string HangfireSchema { get; set; } = "hangfire";

    /// <summary>
    /// Reads and checks the settings at composition time: the provider decides which services exist,
    /// so a bad combination must stop the app before anything is built on it.
    /// </summary>
    public static StorageOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<StorageOptions>() ?? new StorageOptions();
        var problems = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage).ToList();
        return problems.Count == 0 ? options : throw new InvalidOperationException(string.Join(" ", problems));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
            yield return new ValidationResult(
                "Storage:Provider is Postgres but Storage:PostgresConnectionString is empty. Set it, or use Provider=Sqlite.",
                [nameof(PostgresConnectionString)]);
        if (Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
            yield return new ValidationResult("Storage:SqlitePath must name a file.", [nameof(SqlitePath)]);
    }
}
