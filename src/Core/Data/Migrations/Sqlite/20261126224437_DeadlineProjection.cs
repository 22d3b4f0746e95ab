using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlineProjection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ClockPaused",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FlaggedForReviewAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OverdueEscalatedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClockPaused_DueOn",
                table: "Cases",
                columns: new[] { "ClockPaused", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ClockPaused_DueOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClockPaused",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FlaggedForReviewAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OverdueEscalatedAt",
                table: "Cases");
        }
    }
}
