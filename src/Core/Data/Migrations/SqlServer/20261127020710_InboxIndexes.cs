using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseCoordinators_AgencyCode",
                table: "CaseCoordinators");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn_ReceivedAt",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "DueOn", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCoordinators_AgencyCode_CaseId",
                table: "CaseCoordinators",
                columns: new[] { "AgencyCode", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn_ReceivedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseCoordinators_AgencyCode_CaseId",
                table: "CaseCoordinators");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCoordinators_AgencyCode",
                table: "CaseCoordinators",
                column: "AgencyCode");
        }
    }
}
