using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ServiceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeskName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Criterion1 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion2 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion3 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion4 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion5 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion6 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion7 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion8 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Criterion9 = table.Column<byte>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    SatisfiedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRatings_Agencies_AgencyCode",
                        column: x => x.AgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_AgencyCode_RatedAt",
                table: "ServiceRatings",
                columns: new[] { "AgencyCode", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_VisitKey",
                table: "ServiceRatings",
                column: "VisitKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceRatings");
        }
    }
}
