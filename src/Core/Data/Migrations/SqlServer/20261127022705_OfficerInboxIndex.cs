using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OfficerInboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedOfficerId_DueOn",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOfficerId_LeadAgencyCode_DueOn",
                table: "Cases",
                columns: new[] { "AssignedOfficerId", "LeadAgencyCode", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedOfficerId_LeadAgencyCode_DueOn",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOfficerId_DueOn",
                table: "Cases",
                columns: new[] { "AssignedOfficerId", "DueOn" });
        }
    }
}
