using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxDueIndexCoversPause : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn_ReceivedAt",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn_ReceivedAt_ClockPaused",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "DueOn", "ReceivedAt", "ClockPaused" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn_ReceivedAt_ClockPaused",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn_ReceivedAt",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "DueOn", "ReceivedAt" });
        }
    }
}
