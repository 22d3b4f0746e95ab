using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
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
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "CaseEvents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadAgencyCode",
                table: "CaseEvents",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            // Cases and events stored before this migration: the receiving agency is the first routing's, and each
            // event's lead agency the one the last routing or transfer before it named. Answers stored before it keep
            // no working days or due date; the metrics count them as answered with their timing unknown.
            migrationBuilder.Sql("""
                UPDATE c SET ReceivingAgencyCode = COALESCE(
                    (SELECT TOP 1 r.AgencyCode FROM CaseEvents r WHERE r.CaseId = c.Id AND r.Type = 'Routed' ORDER BY r.Id),
                    c.LeadAgencyCode)
                FROM Cases c;
                UPDATE e SET LeadAgencyCode = COALESCE(
                    (SELECT TOP 1 r.AgencyCode FROM CaseEvents r
                     WHERE r.CaseId = e.CaseId AND r.Type IN ('Routed', 'Transferred') AND r.Id < e.Id
                     ORDER BY r.Id DESC),
                    (SELECT c.ReceivingAgencyCode FROM Cases c WHERE c.Id = e.CaseId))
                FROM CaseEvents e;
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
