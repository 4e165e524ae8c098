using MeetingBot.Domain.People;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Infrastructure.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => new { m.ScopeId, m.UserId });
        builder.Property(m => m.ScopeId).HasMaxLength(300);
        builder.Property(m => m.UserId).HasMaxLength(200);
        builder.Property(m => m.AadObjectId).HasMaxLength(64);
        builder.Property(m => m.DisplayName).HasMaxLength(Member.MaxNameLength);
        builder.Property(m => m.Organisation).HasMaxLength(Member.MaxOrganisationLength);
        builder.Property(m => m.Title).HasMaxLength(Member.MaxTitleLength);
        builder.Property(m => m.TimeZoneId).HasMaxLength(64);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(m => m.CanManageMeetings);
    }
}

internal sealed class DialogStateConfiguration : IEntityTypeConfiguration<DialogStateRecord>
{
    public void Configure(EntityTypeBuilder<DialogStateRecord> builder)
    {
        builder.ToTable("dialog_states");
        builder.HasKey(d => new { d.ConversationKey, d.UserId });
        builder.Property(d => d.ConversationKey).HasMaxLength(400);
        builder.Property(d => d.UserId).HasMaxLength(200);
    }
}

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(400);
        builder.Property(c => c.ChannelId).HasMaxLength(50);
        builder.Property(c => c.ConversationId).HasMaxLength(350);
        builder.Property(c => c.ScopeId).HasMaxLength(300);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.InactiveReason).HasMaxLength(200);
        builder.HasIndex(c => c.ScopeId);
    }
}

internal sealed class ProcessedDeliveryConfiguration : IEntityTypeConfiguration<ProcessedDeliveryRecord>
{
    public void Configure(EntityTypeBuilder<ProcessedDeliveryRecord> builder)
    {
        builder.ToTable("processed_deliveries");
        builder.HasKey(p => new { p.ChannelId, p.DeliveryKey });
        builder.Property(p => p.ChannelId).HasMaxLength(50);
        builder.Property(p => p.DeliveryKey).HasMaxLength(500);
        builder.HasIndex(p => p.ReceivedAt);
    }
}
