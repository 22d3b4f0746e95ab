using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MetricsSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MetricsSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PeriodFirst = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "date", nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricsSnapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MetricsSnapshots_PeriodFirst_PeriodLast_AgencyCode",
                table: "MetricsSnapshots",
                columns: new[] { "PeriodFirst", "PeriodLast", "AgencyCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MetricsSnapshots");
        }
    }
}
