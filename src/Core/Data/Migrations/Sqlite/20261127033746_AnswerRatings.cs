using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnswerRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RatingInvitedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnswerRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: true),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnswerRatings_Agencies_AgencyCode",
                        column: x => x.AgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnswerRatings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AnsweredAt",
                table: "Cases",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerRatings_AgencyCode_RatedAt",
                table: "AnswerRatings",
                columns: new[] { "AgencyCode", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerRatings_CaseId_AnsweredAt",
                table: "AnswerRatings",
                columns: new[] { "CaseId", "AnsweredAt" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerRatings");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AnsweredAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RatingInvitedAt",
                table: "Cases");
        }
    }
}
