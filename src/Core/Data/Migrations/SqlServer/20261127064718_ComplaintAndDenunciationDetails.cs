using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ComplaintAndDenunciationDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccusedAgency",
                table: "Cases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccusedAgencyCode",
                table: "Cases",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccusedName",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccusedPosition",
                table: "Cases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintAct",
                table: "Cases",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ComplaintDecisionDate",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintDecisionNumber",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintDelayReason",
                table: "Cases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintFilerAddress",
                table: "Cases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintIssuedBy",
                table: "Cases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ComplaintLearnedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintRepresentation",
                table: "Cases",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintRepresentedName",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintRequest",
                table: "Cases",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DenunciationEvidence",
                table: "Cases",
                type: "nvarchar(max)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAnonymousReport",
                table: "Cases",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccusedAgency",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AccusedAgencyCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AccusedName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AccusedPosition",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintAct",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintDecisionDate",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintDecisionNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintDelayReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintFilerAddress",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintIssuedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintLearnedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintRepresentation",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintRepresentedName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ComplaintRequest",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DenunciationEvidence",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IsAnonymousReport",
                table: "Cases");
        }
    }
}
