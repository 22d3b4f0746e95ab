using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_TopicCode",
                table: "Cases");

            migrationBuilder.AddColumn<long>(
                name: "AcceptedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerDraft",
                table: "Cases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerText",
                table: "Cases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnsweredAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedOfficerId",
                table: "Cases",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedOfficerName",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConsentsToPublication",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FilerWithheld",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsComplex",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PublishedAnswer",
                table: "Cases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PublishedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewClosedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewReasons",
                table: "Cases",
                type: "INTEGER",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SealedIdentity",
                table: "Cases",
                type: "TEXT",
                unicode: false,
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SignatoryCount",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ActorName",
                table: "CaseEvents",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorAgencyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOfficerId_DueOn",
                table: "Cases",
                columns: new[] { "AssignedOfficerId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FilerEmail",
                table: "Cases",
                column: "FilerEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FilerPhone",
                table: "Cases",
                column: "FilerPhone");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FlaggedForReviewAt_ReviewClosedAt",
                table: "Cases",
                columns: new[] { "FlaggedForReviewAt", "ReviewClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_Status_DueOn",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TopicCode_LocalityCode_ReceivedAt",
                table: "Cases",
                columns: new[] { "TopicCode", "LocalityCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_ActorUserId_OccurredAt",
                table: "AuditLog",
                columns: new[] { "ActorUserId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_OccurredAt",
                table: "AuditLog",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Subject_OccurredAt",
                table: "AuditLog",
                columns: new[] { "Subject", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedOfficerId_DueOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_FilerEmail",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_FilerPhone",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_FlaggedForReviewAt_ReviewClosedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_LeadAgencyCode_Status_DueOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TopicCode_LocalityCode_ReceivedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnswerDraft",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnswerText",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AssignedOfficerId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AssignedOfficerName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ConsentsToPublication",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FilerWithheld",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IsComplex",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PublishedAnswer",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReviewClosedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReviewReasons",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SealedIdentity",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SignatoryCount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ActorName",
                table: "CaseEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TopicCode",
                table: "Cases",
                column: "TopicCode");
        }
    }
}
