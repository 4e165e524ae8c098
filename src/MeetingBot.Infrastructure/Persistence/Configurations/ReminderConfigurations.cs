using System.Text.Json;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Infrastructure.Persistence.Configurations;

internal sealed class ReminderPlanConfiguration : IEntityTypeConfiguration<ReminderPlan>
{
    public void Configure(EntityTypeBuilder<ReminderPlan> builder)
    {
        builder.ToTable("reminder_plans");
        builder.HasKey(p => p.SeriesId);
        builder.Property(p => p.SeriesId).ValueGeneratedNever();
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(p => p.SeriesId).OnDelete(DeleteBehavior.Cascade);
        // Four rules and a few muted kinds, owned by the plan: JSON columns with the enums by name, so they survive renumbering.
        builder.Property(p => p.Rules)
            .HasConversion(v => RuleJson.Write(v), v => RuleJson.Read(v), RuleJson.Comparer<ReminderRule>())
            .HasMaxLength(2000);
        builder.Property(p => p.MutedInChannel)
            .HasConversion(v => RuleJson.WriteKinds(v), v => RuleJson.ReadKinds(v), RuleJson.Comparer<ReminderKind>())
            .HasMaxLength(500);
    }

    private static class RuleJson
    {
        private sealed record Stored(string Kind, bool On, int Amount, string Unit);

        public static string Write(List<ReminderRule> rules) =>
            JsonSerializer.Serialize(rules.Select(r => new Stored(r.Kind.ToString(), r.Enabled, r.Offset.Amount, r.Offset.Unit.ToString())).ToList(), (JsonSerializerOptions?)null);

        public static List<ReminderRule> Read(string json)
        {
            var rules = new List<ReminderRule>();
            foreach (var stored in JsonSerializer.Deserialize<List<Stored>>(json, (JsonSerializerOptions?)null) ?? [])
            {
                // A kind or unit this version does not know is left out: the plan falls back to that kind's default.
                if (Enum.TryParse<ReminderKind>(stored.Kind, out var kind) && Enum.TryParse<ReminderUnit>(stored.Unit, out var unit))
                    rules.Add(new ReminderRule(kind, stored.On, new ReminderOffset(stored.Amount, unit)));
            }
            return rules;
        }

        public static string WriteKinds(List<ReminderKind> kinds) =>
            JsonSerializer.Serialize(kinds.Select(k => k.ToString()).ToList(), (JsonSerializerOptions?)null);

        public static List<ReminderKind> ReadKinds(string json)
        {
            var kinds = new List<ReminderKind>();
            foreach (var name in JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? [])
                if (Enum.TryParse<ReminderKind>(name, out var kind)) kinds.Add(kind);
            return kinds;
        }

        public static ValueComparer<List<T>> Comparer<T>() where T : notnull => new(
            (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
            v => v.Aggregate(0, (h, item) => HashCode.Combine(h, item.GetHashCode())),
            v => v.ToList());
    }
}

internal sealed class ReminderPreferenceConfiguration : IEntityTypeConfiguration<ReminderPreference>
{
    public void Configure(EntityTypeBuilder<ReminderPreference> builder)
    {
        builder.ToTable("reminder_preferences");
        builder.HasKey(p => new { p.ScopeId, p.UserId });
        builder.Property(p => p.ScopeId).HasMaxLength(300);
        builder.Property(p => p.UserId).HasMaxLength(200);
        builder.Property(p => p.Personal).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PersonalConversationKey).HasMaxLength(400);
        builder.Ignore(p => p.WantsPersonalReminders);
        builder.HasIndex(p => new { p.ScopeId, p.Personal });
    }
}

internal sealed class ScheduledReminderConfiguration : IEntityTypeConfiguration<ScheduledReminderRecord>
{
    public void Configure(EntityTypeBuilder<ScheduledReminderRecord> builder)
    {
        builder.ToTable("scheduled_reminders");
        builder.HasKey(r => new { r.MeetingId, r.Kind });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.JobId).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(300);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.State);
    }
}

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDeliveryRecord>
{
    public void Configure(EntityTypeBuilder<ReminderDeliveryRecord> builder)
    {
        builder.ToTable("reminder_deliveries");
        // The claim: one row per meeting, kind and recipient, inserted before sending.
        builder.HasKey(d => new { d.MeetingId, d.Kind, d.Recipient });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Recipient).HasMaxLength(220);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FailureReason).HasMaxLength(300);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
