using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DanVan.Feedback.TestCommon;

/// <summary>
/// The real Portal on a real SQLite file. The type argument is a Portal type, not <c>Program</c>:
/// both apps have a public <c>Program</c>, and a test project that sees both could not tell them apart.
/// </summary>
public sealed class PortalFactory(TestDatabase database) : WebApplicationFactory<Portal.Pages.IndexModel>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Feedback", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.Directory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

/// <summary>The real Backoffice on a real SQLite file, with the development staff accounts seeded.</summary>
public sealed class BackofficeFactory(TestDatabase database) : WebApplicationFactory<Backoffice.Pages.IndexModel>
{
    public const string StaffPassword = "Mat-khau-thu-nghiem-2026";

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Feedback", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.Directory);
        builder.UseSetting("Seed:StaffPassword", StaffPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
