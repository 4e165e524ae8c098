using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(350)", maxLength: 350, nullable: false),
                    ScopeId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferenceJson = table.Column<string>(type: "text", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    InactiveReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "dialog_states",
                columns: table => new
                {
                    ConversationKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StateJson = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialog_states", x => new { x.ConversationKey, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "meeting_series",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ScopeId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HomeConversationKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DefaultDuration = table.Column<TimeSpan>(type: "interval", nullable: false),
                    DefaultLocation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RecurrenceText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LastNumber = table.Column<int>(type: "integer", nullable: false),
                    StandingItems = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    AgendaDeadlineDays = table.Column<int>(type: "integer", nullable: false),
                    MeetingsAhead = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_series", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    ScopeId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => new { x.ScopeId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "processed_deliveries",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DeliveryKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_deliveries", x => new { x.ChannelId, x.DeliveryKey });
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesId = table.Column<Guid>(type: "uuid", nullable: true),
                    ScopeId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ConversationKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    JoinUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgendaClosed = table.Column<bool>(type: "boolean", nullable: false),
                    AgendaDeadlineDays = table.Column<int>(type: "integer", nullable: false),
                    SeriesOccurrenceUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActualStartUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActualEndUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PresenterName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    PresenterUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Minutes = table.Column<int>(type: "integer", nullable: true),
                    ProposedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProposedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsStanding = table.Column<bool>(type: "boolean", nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CarriedOverFromMeetingId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_conversations_ScopeId",
                table: "conversations",
                column: "ScopeId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "apologies");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "dialog_states");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "processed_deliveries");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "meeting_series");
        }
    }
}
