using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MetricsAttribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReceivingAgencyCode",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "CaseEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadAgencyCode",
                table: "CaseEvents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            // Cases and events stored before this migration: the receiving agency is the first routing's, and each
            // event's lead agency the one the last routing or transfer before it named. Answers stored before it keep
            // no working days or due date; the metrics count them as answered with their timing unknown.
            migrationBuilder.Sql("""
                UPDATE Cases SET ReceivingAgencyCode = COALESCE(
                    (SELECT r.AgencyCode FROM CaseEvents r WHERE r.CaseId = Cases.Id AND r.Type = 'Routed' ORDER BY r.Id LIMIT 1),
                    LeadAgencyCode);
                UPDATE CaseEvents SET LeadAgencyCode = COALESCE(
                    (SELECT r.AgencyCode FROM CaseEvents r
                     WHERE r.CaseId = CaseEvents.CaseId AND r.Type IN ('Routed', 'Transferred') AND r.Id < CaseEvents.Id
                     ORDER BY r.Id DESC LIMIT 1),
                    (SELECT c.ReceivingAgencyCode FROM Cases c WHERE c.Id = CaseEvents.CaseId));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAt_ReceivingAgencyCode_Kind_Channel_TopicCode",
                table: "Cases",
                columns: new[] { "ReceivedAt", "ReceivingAgencyCode", "Kind", "Channel", "TopicCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_Type_OccurredAt_LeadAgencyCode_Days_DueOn",
                table: "CaseEvents",
                columns: new[] { "Type", "OccurredAt", "LeadAgencyCode", "Days", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ReceivedAt_ReceivingAgencyCode_Kind_Channel_TopicCode",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_Type_OccurredAt_LeadAgencyCode_Days_DueOn",
                table: "CaseEvents");

            migrationBuilder.DropColumn(
                name: "ReceivingAgencyCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "CaseEvents");

            migrationBuilder.DropColumn(
                name: "LeadAgencyCode",
                table: "CaseEvents");
        }
    }
}
