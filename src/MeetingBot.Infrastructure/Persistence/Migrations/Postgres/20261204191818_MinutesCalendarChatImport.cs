using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MinutesCalendarChatImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CalendarSequence",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CalendarFeedToken",
                table: "meeting_series",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "bot_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "chat_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ImportedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MessageCount = table.Column<int>(type: "integer", nullable: false),
                    LinksAdded = table.Column<int>(type: "integer", nullable: false),
                    AttendeesAdded = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_chat_imports_meeting_records_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meeting_records",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "minutes_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScopeId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ConversationKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentJson = table.Column<string>(type: "text", nullable: false),
                    EditsJson = table.Column<string>(type: "text", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ApprovedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArchiveUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    MailedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_minutes_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_minutes_versions_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chat_imports_MeetingId_ContentHash",
                table: "chat_imports",
                columns: new[] { "MeetingId", "ContentHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_minutes_versions_MeetingId_Number",
                table: "minutes_versions",
                columns: new[] { "MeetingId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bot_secrets");

            migrationBuilder.DropTable(
                name: "chat_imports");

            migrationBuilder.DropTable(
                name: "minutes_versions");

            migrationBuilder.DropColumn(
                name: "CalendarSequence",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "CalendarFeedToken",
                table: "meeting_series");
        }
    }
}
