using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccusedAgencyCode",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccusedName",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccusedPosition",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintAct",
                table: "Cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ComplaintDecisionDate",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintDecisionNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintDelayReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintFilerAddress",
                table: "Cases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintIssuedBy",
                table: "Cases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ComplaintLearnedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintRepresentation",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintRepresentedName",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintRequest",
                table: "Cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DenunciationEvidence",
                table: "Cases",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAnonymousReport",
                table: "Cases",
                type: "INTEGER",
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
