using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ScoringRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScoringRubrics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TotalPoints = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    IsExample = table.Column<bool>(type: "bit", nullable: false),
                    Definition = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringRubrics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PeriodFirst = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "date", nullable: false),
                    RubricId = table.Column<int>(type: "int", nullable: false),
                    RubricName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RubricSnapshot = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Inputs = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Results = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Fingerprint = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    FiguresTakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringManualScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RubricId = table.Column<int>(type: "int", nullable: false),
                    PeriodFirst = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodLast = table.Column<DateOnly>(type: "date", nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CriterionCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Points = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EnteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EnteredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringManualScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoringManualScores_ScoringRubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "ScoringRubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScoringManualScores_RubricId_PeriodFirst_PeriodLast_AgencyCode_CriterionCode",
                table: "ScoringManualScores",
                columns: new[] { "RubricId", "PeriodFirst", "PeriodLast", "AgencyCode", "CriterionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRuns_CreatedAt",
                table: "ScoringRuns",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScoringManualScores");

            migrationBuilder.DropTable(
                name: "ScoringRuns");

            migrationBuilder.DropTable(
                name: "ScoringRubrics");
        }
    }
}
