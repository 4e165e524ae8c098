using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Minutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Infrastructure.Persistence.Configurations;

/// <summary>The versions of a meeting's minutes: one row each, the document kept as JSON text.</summary>
internal sealed class MinutesVersionConfiguration : IEntityTypeConfiguration<MinutesVersion>
{
    /// <summary>Shadow concurrency token, as on the meeting record.</summary>
    public const string VersionProperty = "RowVersion";

    public void Configure(EntityTypeBuilder<MinutesVersion> builder)
    {
        builder.ToTable("minutes_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ScopeId).HasMaxLength(300);
        builder.Property(v => v.ConversationKey).HasMaxLength(400);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.CreatedByUserId).HasMaxLength(200);
        builder.Property(v => v.CreatedByName).HasMaxLength(120);
        builder.Property(v => v.ApprovedByName).HasMaxLength(120);
        builder.Property(v => v.ArchiveUrl).HasMaxLength(2048);
        builder.Property<int>(VersionProperty).IsConcurrencyToken();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.MeetingId, v.Number }).IsUnique();
        builder.Ignore(v => v.IsApproved);
    }
}

internal sealed class BotSecretConfiguration : IEntityTypeConfiguration<Entities.BotSecretRecord>
{
    public void Configure(EntityTypeBuilder<Entities.BotSecretRecord> builder)
    {
        builder.ToTable("bot_secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(200);
    }
}
