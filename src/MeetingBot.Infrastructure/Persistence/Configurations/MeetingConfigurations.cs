using System.Text.Json;
using MeetingBot.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Infrastructure.Persistence.Configurations;

internal sealed class MeetingSeriesConfiguration : IEntityTypeConfiguration<MeetingSeries>
{
    public void Configure(EntityTypeBuilder<MeetingSeries> builder)
    {
        builder.ToTable("meeting_series");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ScopeId).HasMaxLength(300);
        builder.Property(s => s.HomeConversationKey).HasMaxLength(400);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.DefaultLocation).HasMaxLength(300);
        builder.Property(s => s.RecurrenceText).HasMaxLength(300);
        builder.Property(s => s.CalendarFeedToken).HasMaxLength(64);
        // Standing items are a short ordered list of titles owned by the series: one JSON column is enough.
        builder.Property(s => s.StandingItems)
            .HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()))
            .HasMaxLength(8000);
        builder.Ignore(s => s.Recurrence);
        builder.HasIndex(s => s.HomeConversationKey);
        builder.HasIndex(s => s.ScopeId);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    /// <summary>Shadow concurrency token: bumped on every agenda change so concurrent writers retry instead of overwriting.</summary>
    public const string VersionProperty = "Version";

    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ScopeId).HasMaxLength(300);
        builder.Property(m => m.ConversationKey).HasMaxLength(400);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.TimeZoneId).HasMaxLength(64);
        builder.Property(m => m.Location).HasMaxLength(300);
        builder.Property(m => m.JoinUrl).HasMaxLength(2048);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property<int>(VersionProperty).IsConcurrencyToken();
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Apologies).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ScopeId, m.Status });
        builder.HasIndex(m => m.ConversationKey);
        builder.Ignore(m => m.DisplayTitle);
        builder.Ignore(m => m.Duration);
        builder.Ignore(m => m.AgendaDeadlineUtc);
        builder.Ignore(m => m.LocalStart);
        builder.Ignore(m => m.LocalEnd);
        builder.Ignore(m => m.ActiveItems);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("agenda_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(AgendaTitle.MaxLength);
        builder.Property(i => i.PresenterName).HasMaxLength(120);
        builder.Property(i => i.PresenterUserId).HasMaxLength(200);
        builder.Property(i => i.ProposedByUserId).HasMaxLength(200);
        builder.Property(i => i.ProposedByName).HasMaxLength(120);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.IsActive);
        builder.HasIndex(i => new { i.MeetingId, i.Position });
    }
}

internal sealed class ApologyConfiguration : IEntityTypeConfiguration<Apology>
{
    public void Configure(EntityTypeBuilder<Apology> builder)
    {
        builder.ToTable("apologies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(200);
        builder.Property(a => a.Name).HasMaxLength(120);
        builder.Property(a => a.Reason).HasMaxLength(Apology.MaxReasonLength);
        builder.HasIndex(a => new { a.MeetingId, a.UserId }).IsUnique();
    }
}
