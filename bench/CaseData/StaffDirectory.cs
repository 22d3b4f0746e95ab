using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Staff;
using Microsoft.Data.Sqlite;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>
/// The staff accounts in the database, by agency and role: who acts on a generated case. In a
/// Development database these are the seeded canbo.&lt;code&gt; (Officer) and lanhdao.&lt;code&gt; (AgencyLead).
/// </summary>
public sealed class StaffDirectory
{
    private readonly Dictionary<string, StaffActor> _officers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StaffActor> _leads = new(StringComparer.Ordinal);

    private StaffDirectory()
    {
    }

    public StaffActor? Inspector { get; private set; }

    public int Officers => _officers.Count;

    public int Leads => _leads.Count;

    /// <summary>The first officer of each agency (by user name), its first lead, and the first inspector.</summary>
    public static StaffDirectory Read(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var staff = new StaffDirectory();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u."Id", u."FullName", u."AgencyCode", r."Name"
            FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id"
            JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            ORDER BY u."UserName"
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var actor = new StaffActor(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            switch (reader.GetString(3))
            {
                case StaffRoles.Officer:
                    staff._officers.TryAdd(actor.AgencyCode, actor);
                    break;
                case StaffRoles.AgencyLead:
                    staff._leads.TryAdd(actor.AgencyCode, actor);
                    break;
                case StaffRoles.Inspector:
                    staff.Inspector ??= actor;
                    break;
                default:
                    break;
            }
        }

        return staff;
    }

    /// <summary>The agency's officer; an agency without one has its work done by its lead.</summary>
    public StaffActor? Officer(string agencyCode) => _officers.GetValueOrDefault(agencyCode) ?? _leads.GetValueOrDefault(agencyCode);

    /// <summary>The agency's lead; an agency without one has its officer approve (a small agency).</summary>
    public StaffActor? Lead(string agencyCode) => _leads.GetValueOrDefault(agencyCode) ?? _officers.GetValueOrDefault(agencyCode);
}
