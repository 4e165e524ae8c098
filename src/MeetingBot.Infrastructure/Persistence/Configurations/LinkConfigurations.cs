using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Infrastructure.Persistence.Configurations;

internal sealed class ConversationLinkConfiguration : IEntityTypeConfiguration<ConversationLinkRecord>
{
    public void Configure(EntityTypeBuilder<ConversationLinkRecord> builder)
    {
        builder.ToTable("conversation_links");
        builder.HasKey(l => l.ConversationKey);
        builder.Property(l => l.ConversationKey).HasMaxLength(400);
        builder.Property(l => l.ChannelId).HasMaxLength(50);
        builder.Property(l => l.ScopeId).HasMaxLength(300);
        builder.Property(l => l.HomeConversationKey).HasMaxLength(400);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.LinkedBy).HasMaxLength(200);
        builder.HasIndex(l => l.ScopeId);
    }
}

internal sealed class LinkCodeConfiguration : IEntityTypeConfiguration<LinkCodeRecord>
{
    public void Configure(EntityTypeBuilder<LinkCodeRecord> builder)
    {
        builder.ToTable("link_codes");
        builder.HasKey(c => c.CodeHash);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.ScopeId).HasMaxLength(300);
        builder.Property(c => c.HomeConversationKey).HasMaxLength(400);
        builder.Property(c => c.HomeName).HasMaxLength(200);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.HasIndex(c => c.ExpiresAtUtc);
    }
}
