using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversation_links",
                columns: table => new
                {
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HomeConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LinkedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_links", x => x.ConversationKey);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 350, nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    InactiveReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "dialog_states",
                columns: table => new
                {
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StateJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialog_states", x => new { x.ConversationKey, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "link_codes",
                columns: table => new
                {
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HomeConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HomeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_codes", x => x.CodeHash);
                });

            migrationBuilder.CreateTable(
                name: "meeting_series",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HomeConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DefaultDuration = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    DefaultLocation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecurrenceText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    StandingItems = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    AgendaDeadlineDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingsAhead = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_series", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => new { x.ScopeId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "processed_deliveries",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DeliveryKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_deliveries", x => new { x.ChannelId, x.DeliveryKey });
                });

            migrationBuilder.CreateTable(
                name: "reminder_preferences",
                columns: table => new
                {
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Personal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonalConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_preferences", x => new { x.ScopeId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    EndUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    JoinUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgendaClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgendaDeadlineDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriesOccurrenceUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    ActualStartUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    ActualEndUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_meeting_series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "meeting_series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "reminder_plans",
                columns: table => new
                {
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MutedInChannel = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_plans", x => x.SeriesId);
                    table.ForeignKey(
                        name: "FK_reminder_plans_meeting_series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "meeting_series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PresenterName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    PresenterUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    IsStanding = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CarriedOverFromMeetingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agenda_items_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "apologies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_apologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_apologies_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_records",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MeetingTitle = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChannelMeetingId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsAdHoc = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScheduledStartUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledEndUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    OffTheRecord = table.Column<bool>(type: "INTEGER", nullable: false),
                    OffTheRecordSinceUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    CurrentItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CurrentItemNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    CurrentItemTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TourStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TourOrder = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TourStartedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    TourEndedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    TourStep = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_records", x => x.MeetingId);
                    table.ForeignKey(
                        name: "FK_meeting_records_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reminder_deliveries",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    DueUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_deliveries", x => new { x.MeetingId, x.Kind, x.Recipient });
                    table.ForeignKey(
                        name: "FK_reminder_deliveries_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scheduled_reminders",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JobId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UpdatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduled_reminders", x => new { x.MeetingId, x.Kind });
                    table.ForeignKey(
                        name: "FK_scheduled_reminders_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    MeetingRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sources = table.Column<int>(type: "INTEGER", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstJoinedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    LeftAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApologyReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_attendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_attendees_meeting_records_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meeting_records",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ItemNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ItemTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_notes_meeting_records_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meeting_records",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shared_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TitleCheckedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstSharedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shared_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shared_links_meeting_records_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meeting_records",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tour_speakers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JoinedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Update = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CalledAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedStep = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tour_speakers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tour_speakers_meeting_records_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meeting_records",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "link_shares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SharedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_shares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_link_shares_shared_links_LinkId",
                        column: x => x.LinkId,
                        principalTable: "shared_links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_MeetingId_Position",
                table: "agenda_items",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_apologies_MeetingId_UserId",
                table: "apologies",
                columns: new[] { "MeetingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conversation_links_ScopeId",
                table: "conversation_links",
                column: "ScopeId");

            migrationBuilder.CreateIndex(
                name: "IX_conversations_ScopeId",
                table: "conversations",
                column: "ScopeId");

            migrationBuilder.CreateIndex(
                name: "IX_link_codes_ExpiresAtUtc",
                table: "link_codes",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_link_shares_LinkId_UserId",
                table: "link_shares",
                columns: new[] { "LinkId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendees_MeetingId_UserId",
                table: "meeting_attendees",
                columns: new[] { "MeetingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meeting_notes_MeetingId_Number",
                table: "meeting_notes",
                columns: new[] { "MeetingId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_meeting_records_ConversationKey",
                table: "meeting_records",
                column: "ConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_series_HomeConversationKey",
                table: "meeting_series",
                column: "HomeConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_series_ScopeId",
                table: "meeting_series",
                column: "ScopeId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_ConversationKey",
                table: "meetings",
                column: "ConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_ScopeId_Status",
                table: "meetings",
                columns: new[] { "ScopeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_SeriesId",
                table: "meetings",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_processed_deliveries_ReceivedAt",
                table: "processed_deliveries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_preferences_ScopeId_Personal",
                table: "reminder_preferences",
                columns: new[] { "ScopeId", "Personal" });

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_reminders_State",
                table: "scheduled_reminders",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_shared_links_MeetingId_Number",
                table: "shared_links",
                columns: new[] { "MeetingId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_tour_speakers_MeetingId_UserId",
                table: "tour_speakers",
                columns: new[] { "MeetingId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "apologies");

            migrationBuilder.DropTable(
                name: "conversation_links");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "dialog_states");

            migrationBuilder.DropTable(
                name: "link_codes");

            migrationBuilder.DropTable(
                name: "link_shares");

            migrationBuilder.DropTable(
                name: "meeting_attendees");

            migrationBuilder.DropTable(
                name: "meeting_notes");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "processed_deliveries");

            migrationBuilder.DropTable(
                name: "reminder_deliveries");

            migrationBuilder.DropTable(
                name: "reminder_plans");

            migrationBuilder.DropTable(
                name: "reminder_preferences");

            migrationBuilder.DropTable(
                name: "scheduled_reminders");

            migrationBuilder.DropTable(
                name: "tour_speakers");

            migrationBuilder.DropTable(
                name: "shared_links");

            migrationBuilder.DropTable(
                name: "meeting_records");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "meeting_series");
        }
    }
}
