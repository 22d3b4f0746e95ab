using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublishedAnswerSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TopicCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LocalityCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Excerpt = table.Column<string>(type: "nvarchar(241)", maxLength: 241, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedAnswers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublishedAnswerTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AnswerId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedAnswerTerms", x => new { x.Term, x.AnswerId });
                    table.ForeignKey(
                        name: "FK_PublishedAnswerTerms_PublishedAnswers_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "PublishedAnswers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_AgencyCode_Id",
                table: "PublishedAnswers",
                columns: new[] { "AgencyCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_CaseId",
                table: "PublishedAnswers",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_LocalityCode_Id",
                table: "PublishedAnswers",
                columns: new[] { "LocalityCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_TopicCode_Id",
                table: "PublishedAnswers",
                columns: new[] { "TopicCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswerTerms_AnswerId",
                table: "PublishedAnswerTerms",
                column: "AnswerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedAnswerTerms");

            migrationBuilder.DropTable(
                name: "PublishedAnswers");
        }
    }
}
