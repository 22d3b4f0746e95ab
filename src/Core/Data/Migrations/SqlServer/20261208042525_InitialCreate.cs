using System;
using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Feedback.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ActorAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IpAddress = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "Localities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(5)", unicode: false, maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Localities", x => x.Code);
                });

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

            migrationBuilder.CreateTable(
                name: "RoutingRules",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Task = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    TopicCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    TopicScope = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    FilerType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    InIndustrialZone = table.Column<bool>(type: "bit", nullable: true),
                    LeadSelector = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LeadAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    CoordinatingAgencyCodes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OverseerAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingRules", x => x.Code);
                });

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
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LocalityCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Agencies_Localities_LocalityCode",
                        column: x => x.LocalityCode,
                        principalTable: "Localities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndustrialParks",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LocalityCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: true),
                    ToVerify = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustrialParks", x => x.Code);
                    table.ForeignKey(
                        name: "FK_IndustrialParks_Localities_LocalityCode",
                        column: x => x.LocalityCode,
                        principalTable: "Localities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Agencies_AgencyCode",
                        column: x => x.AgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VisitKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ServiceName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DeskName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Criterion1 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion2 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion3 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion4 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion5 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion6 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion7 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion8 = table.Column<byte>(type: "tinyint", nullable: false),
                    Criterion9 = table.Column<byte>(type: "tinyint", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    SatisfiedCount = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Channel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Topics",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Hint = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OwnerAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Topics", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Topics_Agencies_OwnerAgencyCode",
                        column: x => x.OwnerAgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrackingCode = table.Column<string>(type: "varchar(8)", unicode: false, maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TopicCode = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    LocalityCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: true),
                    InIndustrialZone = table.Column<bool>(type: "bit", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    FilerType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FilerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FilerOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FilerPhone = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: true),
                    FilerEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    FilerWithheld = table.Column<bool>(type: "bit", nullable: false),
                    EnterpriseTaxCode = table.Column<string>(type: "varchar(14)", unicode: false, maxLength: 14, nullable: true),
                    EnterpriseParkCode = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: true),
                    EnterpriseContactPosition = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SubmissionKey = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: true),
                    FilerLanguage = table.Column<string>(type: "varchar(2)", unicode: false, maxLength: 2, nullable: false, defaultValue: "vi"),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LeadAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReceivingAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OverseerAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    RoutingRuleCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RoutingTask = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClockPaused = table.Column<bool>(type: "bit", nullable: false),
                    RemindedForDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverdueEscalatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RatingInvitedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FlaggedForReviewAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AssignedOfficerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AssignedOfficerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IsComplex = table.Column<bool>(type: "bit", nullable: false),
                    ConsentsToPublication = table.Column<bool>(type: "bit", nullable: false),
                    SignatoryCount = table.Column<int>(type: "int", nullable: false),
                    SealedIdentity = table.Column<string>(type: "varchar(4000)", unicode: false, maxLength: 4000, nullable: true),
                    AnswerDraft = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    AnswerText = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PublishedAnswer = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    PublishedTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReviewReasons = table.Column<int>(type: "int", maxLength: 32, nullable: false),
                    ReviewClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ComplaintDecisionNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ComplaintDecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplaintAct = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ComplaintIssuedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ComplaintLearnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplaintRequest = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ComplaintFilerAddress = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ComplaintDelayReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ComplaintRepresentation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ComplaintRepresentedName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AccusedName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AccusedPosition = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AccusedAgency = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    AccusedAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DenunciationEvidence = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: true),
                    IsAnonymousReport = table.Column<bool>(type: "bit", nullable: false),
                    PlaceAddress = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_LeadAgencyCode",
                        column: x => x.LeadAgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_OverseerAgencyCode",
                        column: x => x.OverseerAgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Localities_LocalityCode",
                        column: x => x.LocalityCode,
                        principalTable: "Localities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Topics_TopicCode",
                        column: x => x.TopicCode,
                        principalTable: "Topics",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnswerRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Satisfied = table.Column<bool>(type: "bit", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    RatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "CaseAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "char(32)", unicode: false, fixedLength: true, maxLength: 32, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAttachments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseCoordinators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseCoordinators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseCoordinators_Agencies_AgencyCode",
                        column: x => x.AgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseCoordinators_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LeadAgencyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Days = table.Column<int>(type: "int", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboundEmails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Template = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HtmlBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundEmails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboundEmails_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "IX_Agencies_LocalityCode",
                table: "Agencies",
                column: "LocalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerRatings_AgencyCode_RatedAt",
                table: "AnswerRatings",
                columns: new[] { "AgencyCode", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerRatings_CaseId_AnsweredAt",
                table: "AnswerRatings",
                columns: new[] { "CaseId", "AnsweredAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_AgencyCode",
                table: "AspNetUsers",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_ActorUserId_OccurredAt",
                table: "AuditLog",
                columns: new[] { "ActorUserId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_OccurredAt",
                table: "AuditLog",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Subject_OccurredAt",
                table: "AuditLog",
                columns: new[] { "Subject", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_CaseId",
                table: "CaseAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_StoredName",
                table: "CaseAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseCoordinators_AgencyCode_CaseId",
                table: "CaseCoordinators",
                columns: new[] { "AgencyCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCoordinators_CaseId",
                table: "CaseCoordinators",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_OccurredAt",
                table: "CaseEvents",
                columns: new[] { "CaseId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_Type_OccurredAt_LeadAgencyCode_Days_DueOn",
                table: "CaseEvents",
                columns: new[] { "Type", "OccurredAt", "LeadAgencyCode", "Days", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AnsweredAt",
                table: "Cases",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOfficerId_LeadAgencyCode_DueOn",
                table: "Cases",
                columns: new[] { "AssignedOfficerId", "LeadAgencyCode", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClockPaused_DueOn",
                table: "Cases",
                columns: new[] { "ClockPaused", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EnterpriseTaxCode",
                table: "Cases",
                column: "EnterpriseTaxCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FlaggedForReviewAt_ReviewClosedAt",
                table: "Cases",
                columns: new[] { "FlaggedForReviewAt", "ReviewClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_DueOn_ReceivedAt_ClockPaused",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "DueOn", "ReceivedAt", "ClockPaused" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_ReceivedAt",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadAgencyCode_Status_DueOn",
                table: "Cases",
                columns: new[] { "LeadAgencyCode", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LocalityCode",
                table: "Cases",
                column: "LocalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OverseerAgencyCode",
                table: "Cases",
                column: "OverseerAgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAt_ReceivingAgencyCode_Kind_Channel_TopicCode",
                table: "Cases",
                columns: new[] { "ReceivedAt", "ReceivingAgencyCode", "Kind", "Channel", "TopicCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SubmissionKey",
                table: "Cases",
                column: "SubmissionKey",
                unique: true,
                filter: "[SubmissionKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TopicCode_LocalityCode_ReceivedAt",
                table: "Cases",
                columns: new[] { "TopicCode", "LocalityCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TrackingCode",
                table: "Cases",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlinePolicies_Kind_Stage",
                table: "DeadlinePolicies",
                columns: new[] { "Kind", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustrialParks_LocalityCode",
                table: "IndustrialParks",
                column: "LocalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_MetricsSnapshots_PeriodFirst_PeriodLast_AgencyCode",
                table: "MetricsSnapshots",
                columns: new[] { "PeriodFirst", "PeriodLast", "AgencyCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmails_CaseId",
                table: "OutboundEmails",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmails_MessageId",
                table: "OutboundEmails",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundEmails_SentAt_NextAttemptAt",
                table: "OutboundEmails",
                columns: new[] { "SentAt", "NextAttemptAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_ScoringManualScores_RubricId_PeriodFirst_PeriodLast_AgencyCode_CriterionCode",
                table: "ScoringManualScores",
                columns: new[] { "RubricId", "PeriodFirst", "PeriodLast", "AgencyCode", "CriterionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRuns_CreatedAt",
                table: "ScoringRuns",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_AgencyCode_RatedAt",
                table: "ServiceRatings",
                columns: new[] { "AgencyCode", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_VisitKey",
                table: "ServiceRatings",
                column: "VisitKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Topics_OwnerAgencyCode",
                table: "Topics",
                column: "OwnerAgencyCode");

            // Not generated: indexes across the case and its owned Filer, which EF cannot model (ADR 21).
            ContactIndexes.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerRatings");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CaseAttachments");

            migrationBuilder.DropTable(
                name: "CaseCoordinators");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeadlinePolicies");

            migrationBuilder.DropTable(
                name: "IndustrialParks");

            migrationBuilder.DropTable(
                name: "MetricsSnapshots");

            migrationBuilder.DropTable(
                name: "OutboundEmails");

            migrationBuilder.DropTable(
                name: "PublishedAnswerTerms");

            migrationBuilder.DropTable(
                name: "RoutingRules");

            migrationBuilder.DropTable(
                name: "ScoringManualScores");

            migrationBuilder.DropTable(
                name: "ScoringRuns");

            migrationBuilder.DropTable(
                name: "ServiceRatings");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "PublishedAnswers");

            migrationBuilder.DropTable(
                name: "ScoringRubrics");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Topics");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "Localities");
        }
    }
}
