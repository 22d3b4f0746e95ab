using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BusinessesAndSubmissionKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnterpriseContactPosition",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnterpriseParkCode",
                table: "Cases",
                type: "varchar(32)",
                unicode: false,
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnterpriseTaxCode",
                table: "Cases",
                type: "varchar(14)",
                unicode: false,
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionKey",
                table: "Cases",
                type: "varchar(32)",
                unicode: false,
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IndustrialParks",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LocalityCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: true),
                    ToVerify = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustrialParks", x => x.Code);
                    table.ForeignKey(
                        name: "FK_IndustrialParks_Localities_LocalityCode",
                        column: x => x.LocalityCode,
                        principalTable: "Localities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EnterpriseTaxCode",
                table: "Cases",
                column: "EnterpriseTaxCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SubmissionKey",
                table: "Cases",
                column: "SubmissionKey",
                unique: true,
                filter: "[SubmissionKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IndustrialParks_LocalityCode",
                table: "IndustrialParks",
                column: "LocalityCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndustrialParks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_EnterpriseTaxCode",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SubmissionKey",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EnterpriseContactPosition",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EnterpriseParkCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EnterpriseTaxCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "Cases");
        }
    }
}
