using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
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
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "DeadlinePolicies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StartsFrom = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    ComplexDays = table.Column<int>(type: "int", nullable: true),
                    RemoteDays = table.Column<int>(type: "int", nullable: true),
                    RemoteComplexDays = table.Column<int>(type: "int", nullable: true),
                    MaxExtensions = table.Column<int>(type: "int", nullable: false),
                    MaxDaysPerExtension = table.Column<int>(type: "int", nullable: false),
                    PausesWhileWaitingForFiler = table.Column<bool>(type: "bit", nullable: false),
                    PausesWhileSuspended = table.Column<bool>(type: "bit", nullable: false),
                    LegalSource = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ToVerify = table.Column<bool>(type: "bit", nullable: false)
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
