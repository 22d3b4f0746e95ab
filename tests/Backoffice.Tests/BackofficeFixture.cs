using System.Net;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Backoffice.Tests;

/// <summary>
/// The Backoffice and the Portal on one SQLite file, as they run in production: a case filed on the
/// Portal is what the officers see.
/// </summary>
public sealed class BackofficeFixture : IDisposable
{
    public const string TwoFactorSignInPath = "/dang-nhap/ma-xac-thuc";

    private readonly Dictionary<string, string> authenticatorKeys = new(StringComparer.OrdinalIgnoreCase);

    public BackofficeFixture()
    {
        Database = new TestDatabase();
        Clock = new FakeTimeProvider(TestClock.BeforeTet2026);
        Backoffice = new BackofficeFactory(Database, Clock);
        Portal = new PortalFactory(Database, Clock);
    }

    public TestDatabase Database { get; }

    /// <summary>The one clock both apps read, as they would share the wall clock.</summary>
    public FakeTimeProvider Clock { get; }

    public BackofficeFactory Backoffice { get; }

    public PortalFactory Portal { get; }

    /// <summary>Files a case through the Portal's form and returns the code shown to the filer.</summary>
    public async Task<string> FileOnPortalAsync(Dictionary<string, string> form)
    {
        var client = Portal.CreateBrowserClient();
        var response = await client.SubmitFormAsync("/phan-anh/gui", form);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return confirmation.Text("#tracking-code");
    }

    /// <summary>
    /// A browser-like client signed in as the given staff member. An inspector or administrator sets up the
    /// authenticator app on first sign-in and types its code after the password from then on, as a person
    /// would; the fixture keeps each one's key for that.
    /// </summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = BackofficeFactory.StaffPassword)
    {
        var client = Backoffice.CreateBrowserClient();
        var response = await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", userName), new("Input.Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} should be signed in and redirected; got {(int)response.StatusCode}.");

        var next = response.Headers.Location!.OriginalString;
        if (next.StartsWith(TwoFactorRequirement.SetupPath, StringComparison.Ordinal))
        {
            var setup = await client.GetDocumentAsync(next);
            var key = setup.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal);
            authenticatorKeys[userName] = key;
            response = await client.SubmitFormAsync(next, [new("Input.Code", Totp.CurrentCode(key))]);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} should finish setting up two-factor sign-in; got {(int)response.StatusCode}.");
        }
        else if (next.StartsWith(TwoFactorSignInPath, StringComparison.Ordinal))
        {
            Assert.True(authenticatorKeys.TryGetValue(userName, out var key), $"{userName} set up two-factor sign-in outside the fixture, whose key it does not know.");
            response = await client.SubmitFormAsync(next, [new("Input.Code", Totp.CurrentCode(key))]);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} should be let in with the authenticator code; got {(int)response.StatusCode}.");
        }

        return client;
    }

    public void Dispose()
    {
        Portal.Dispose();
        Backoffice.Dispose();
        Database.Dispose();
    }
}
