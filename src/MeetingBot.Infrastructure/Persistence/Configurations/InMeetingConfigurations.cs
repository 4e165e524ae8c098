using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Infrastructure.Persistence.Configurations;

/// <summary>The record of a meeting while it runs: one row per meeting, its attendance, tour, links and notes as children.</summary>
internal sealed class MeetingRecordConfiguration : IEntityTypeConfiguration<MeetingRecord>
{
    /// <summary>Shadow concurrency token: bumped on every change, so concurrent writers (other instances) retry.</summary>
    public const string VersionProperty = "Version";

    public void Configure(EntityTypeBuilder<MeetingRecord> builder)
    {
        builder.ToTable("meeting_records");
        builder.HasKey(r => r.MeetingId);
        builder.Property(r => r.MeetingId).ValueGeneratedNever();
        builder.Property(r => r.ScopeId).HasMaxLength(300);
        builder.Property(r => r.ConversationKey).HasMaxLength(400);
        builder.Property(r => r.MeetingTitle).HasMaxLength(250);
        builder.Property(r => r.TimeZoneId).HasMaxLength(64);
        builder.Property(r => r.ChannelMeetingId).HasMaxLength(500);
        builder.Property(r => r.CurrentItemTitle).HasMaxLength(AgendaTitle.MaxLength);
        builder.Property(r => r.TourStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.TourOrder).HasConversion<string>().HasMaxLength(20);
        builder.Property<int>(VersionProperty).IsConcurrencyToken();
        builder.HasOne<Meeting>().WithOne().HasForeignKey<MeetingRecord>(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Speakers).WithOne().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Links).WithOne().HasForeignKey(l => l.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Notes).WithOne().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.ChatImports).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ConversationKey);
        builder.Ignore(r => r.Phase);
        builder.Ignore(r => r.IsRunning);
        builder.Ignore(r => r.IsCapturing);
        builder.Ignore(r => r.Present);
        builder.Ignore(r => r.CurrentSpeaker);
        builder.Ignore(r => r.TourIsActive);
        builder.Ignore(r => r.TourSpeakers);
        builder.Ignore(r => r.CalledNumber);
    }
}

internal sealed class AttendeeConfiguration : IEntityTypeConfiguration<Attendee>
{
    public void Configure(EntityTypeBuilder<Attendee> builder)
    {
        builder.ToTable("meeting_attendees");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(200);
        builder.Property(a => a.AadObjectId).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(Attendee.MaxNameLength);
        builder.Property(a => a.Organisation).HasMaxLength(120);
        builder.Property(a => a.Title).HasMaxLength(80);
        builder.Property(a => a.MeetingRole).HasMaxLength(40);
        builder.Property(a => a.ApologyReason).HasMaxLength(Apology.MaxReasonLength);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.MeetingId, a.UserId }).IsUnique();
        builder.Ignore(a => a.IsPresent);
    }
}

internal sealed class TourSpeakerConfiguration : IEntityTypeConfiguration<TourSpeaker>
{
    public void Configure(EntityTypeBuilder<TourSpeaker> builder)
    {
        builder.ToTable("tour_speakers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(200);
        builder.Property(s => s.Name).HasMaxLength(Attendee.MaxNameLength);
        builder.Property(s => s.Update).HasMaxLength(TourSpeaker.MaxUpdateLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.MeetingId, s.UserId }).IsUnique();
        builder.Ignore(s => s.IsFinished);
    }
}

internal sealed class SharedLinkConfiguration : IEntityTypeConfiguration<SharedLink>
{
    public void Configure(EntityTypeBuilder<SharedLink> builder)
    {
        builder.ToTable("shared_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        // Unique per meeting by the record's rule (one row per normalised address); no index on 2,048 characters.
        builder.Property(l => l.Url).HasMaxLength(Domain.Links.LinkNormalizer.MaxLength);
        builder.Property(l => l.Title).HasMaxLength(SharedLink.MaxTitleLength);
        builder.HasMany(l => l.Shares).WithOne().HasForeignKey(s => s.LinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.MeetingId, l.Number });
    }
}

internal sealed class LinkShareConfiguration : IEntityTypeConfiguration<LinkShare>
{
    public void Configure(EntityTypeBuilder<LinkShare> builder)
    {
        builder.ToTable("link_shares");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(200);
        builder.Property(s => s.Name).HasMaxLength(Attendee.MaxNameLength);
        builder.Property(s => s.Context).HasMaxLength(LinkShare.MaxContextLength);
        builder.HasIndex(s => new { s.LinkId, s.UserId }).IsUnique();
    }
}

internal sealed class MeetingNoteConfiguration : IEntityTypeConfiguration<MeetingNote>
{
    public void Configure(EntityTypeBuilder<MeetingNote> builder)
    {
        builder.ToTable("meeting_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Text).HasMaxLength(MeetingNote.MaxTextLength);
        builder.Property(n => n.ItemTitle).HasMaxLength(AgendaTitle.MaxLength);
        builder.Property(n => n.AuthorUserId).HasMaxLength(200);
        builder.Property(n => n.AuthorName).HasMaxLength(Attendee.MaxNameLength);
        builder.Property(n => n.OwnerUserId).HasMaxLength(200);
        builder.Property(n => n.OwnerName).HasMaxLength(Attendee.MaxNameLength);
        builder.HasIndex(n => new { n.MeetingId, n.Number });
    }
}

internal sealed class ChatImportConfiguration : IEntityTypeConfiguration<ChatImport>
{
    public void Configure(EntityTypeBuilder<ChatImport> builder)
    {
        builder.ToTable("chat_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.Format).HasMaxLength(20);
        builder.Property(i => i.FileName).HasMaxLength(ChatImport.MaxFileNameLength);
        builder.Property(i => i.ImportedByName).HasMaxLength(Attendee.MaxNameLength);
        builder.HasIndex(i => new { i.MeetingId, i.ContentHash }).IsUnique();
    }
}
