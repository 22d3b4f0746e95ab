using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Deadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Days",
                table: "CaseEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "DeadlinePolicies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartsFrom = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplexDays = table.Column<int>(type: "INTEGER", nullable: true),
                    RemoteDays = table.Column<int>(type: "INTEGER", nullable: true),
                    RemoteComplexDays = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxExtensions = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDaysPerExtension = table.Column<int>(type: "INTEGER", nullable: false),
                    PausesWhileWaitingForFiler = table.Column<bool>(type: "INTEGER", nullable: false),
                    PausesWhileSuspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ToVerify = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlinePolicies", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlinePolicies_Kind_Stage",
                table: "DeadlinePolicies",
                columns: new[] { "Kind", "Stage" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "DeadlinePolicies");

            migrationBuilder.DropColumn(
                name: "Days",
                table: "CaseEvents");
        }
    }
}
