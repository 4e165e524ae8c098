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
