using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Authorization;

/// <summary>
/// Every Backoffice page and handler, as every role and as an officer of another agency (issue 4): allowed,
/// or 403 when the user may see the thing but not do it, or 404 when its existence is not theirs to know.
/// One case, filed on the Portal for Phường Hồng Bàng and not yet acted on, is the subject of the case pages.
/// </summary>
public sealed class AuthorizationTableTests(AuthorizationTableTests.Fixture fixture) : IClassFixture<AuthorizationTableTests.Fixture>
{
    private const int Ok = 200;
    private const int Redirect = 302;
    private const int Forbidden = 403;
    private const int NotFound = 404;

    /// <summary>Columns: the lead agency's officer, its lead, an officer of another agency, Thanh tra's inspector, Sở Nội vụ's assessor, the administrator.</summary>
    private static readonly string[] Users = ["canbo.ubnd-11311", "lanhdao.ubnd-11311", "canbo.snnmt", "thanhtra", "danhgia", "admin"];

    public static TheoryData<string, int, int, int, int, int, int> Pages => new()
    {
        // path ({code} is the case)              officer  lead      other     inspector assessor  admin
        { "/",                                    Ok,      Ok,       Ok,       Redirect, Redirect, Redirect },
        { "/ho-so/{code}",                        Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/thu-ly",                 Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/phan-cong",              Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/de-nghi-bo-sung",        Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/nhan-bo-sung",           Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/chuyen-xu-ly",           Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/de-nghi-phoi-hop",       Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/phuc-tap",               Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/du-thao",                Ok,      Ok,       NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/khong-thu-ly",           Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/gia-han",                Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/tam-dinh-chi",           Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/tiep-tuc",               Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/duyet",                  Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/tra-lai",                Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/cong-khai",              Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/ket-thuc",               Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/mo-lai",                 Forbidden, Ok,     NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/y-kien-phoi-hop",        Forbidden, Forbidden, NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/dua-vao-ra-soat",        Ok,      Ok,       NotFound, Ok,       NotFound, NotFound },
        { "/ho-so/{code}/ket-qua-ra-soat",        Forbidden, Forbidden, NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/{code}/ket-thuc-ra-soat",       Forbidden, Forbidden, NotFound, NotFound, NotFound, NotFound },
        { "/ho-so/nhap-moi",                      Ok,      Ok,       Ok,       Forbidden, Forbidden, Forbidden },
        { "/thanh-tra",                           Forbidden, Forbidden, Forbidden, Ok,     Forbidden, Forbidden },
        { "/thanh-tra/nguoi-dung-dau",            Forbidden, Forbidden, Forbidden, Ok,     Forbidden, Forbidden },
        { "/nhat-ky",                             Forbidden, Forbidden, Forbidden, Ok,     Forbidden, Ok },
        { "/tong-hop",                            Forbidden, Forbidden, Forbidden, Forbidden, Ok,   Forbidden },
        { "/tong-hop/ho-so?co-quan=SNNMT&chi-so=tiep-nhan&nam=2026", Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden },
        { "/tong-hop/ho-so?co-quan=UBND-11311&chi-so=tiep-nhan&nam=2026", Ok, Ok, Forbidden, Forbidden, Ok, Forbidden },
        { "/tong-hop/ho-so?co-quan=UBND-11311&chi-so=thanh-tra&nam=2026", Ok, Ok, Forbidden, Ok, Ok, Forbidden },
        { "/tong-hop/co-quan",                    Ok,      Ok,       Ok,       Forbidden, Forbidden, Forbidden },
        { "/thanh-tra/chuyen-thanh-tra",          Forbidden, Forbidden, Forbidden, Ok,     Forbidden, Forbidden },
        { "/tong-hop/cham-diem",                  Forbidden, Forbidden, Forbidden, Forbidden, Ok,   Forbidden },
        { "/tong-hop/cham-diem/so-sanh",          Forbidden, Forbidden, Forbidden, Forbidden, Ok,   Forbidden },
        { "/quan-tri/lich",                       Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/thoi-han",                   Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/thu-chua-gui",               Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/thoi-han/PA-TIEP-NHAN",      Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/nguoi-dung",                 Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/nguoi-dung/them",            Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/nguoi-dung/canbo.snnmt",     Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/nguoi-dung/canbo.snnmt/dang-nhap", Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/co-quan",                    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/co-quan/SXD",                Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/linh-vuc",                   Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/linh-vuc/them",              Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/linh-vuc/dat-dai",           Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/quy-tac",                    Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/quy-tac/them",               Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/quan-tri/quy-tac/DIA-PHUONG",         Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/hangfire",                            Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok },
        { "/tai-khoan/xac-thuc-hai-buoc",         Ok,      Ok,       Ok,       Ok,       Ok,       Ok },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_AsEachRole_IsAllowedOrRefusedAsTheTableSays(
        string path, int officer, int lead, int otherAgency, int inspector, int assessor, int administrator)
    {
        // Arrange
        var url = path.Replace("{code}", await fixture.CaseCodeAsync(), StringComparison.Ordinal);
        int[] expected = [officer, lead, otherAgency, inspector, assessor, administrator];

        // Act
        var actual = new List<int>();
        foreach (var user in Users)
        {
            var response = await (await fixture.ClientAsync(user)).GetAsync(url);
            actual.Add((int)response.StatusCode);
        }

        // Assert
        var mismatches = Users.Select((user, i) => (user, expected[i], actual[i])).Where(r => r.Item2 != r.Item3).ToList();
        Assert.True(mismatches.Count == 0, $"GET {path}: " + string.Join("; ", mismatches.Select(m => $"{m.user} expected {m.Item2}, got {m.Item3}")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Anonymous_IsSentToSignIn(string path, int officer, int lead, int otherAgency, int inspector, int assessor, int administrator)
    {
        // Arrange
        _ = (officer, lead, otherAgency, inspector, assessor, administrator);
        var url = path.Replace("{code}", await fixture.CaseCodeAsync(), StringComparison.Ordinal);

        // Act
        var response = await fixture.Apps.Backoffice.CreateBrowserClient().GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("canbo.snnmt")]
    [InlineData("danhgia")]
    [InlineData("thanhtra")]
    [InlineData("admin")]
    public async Task Post_AForgedStepOnACaseTheyCannotSee_Is404AndChangesNothing(string user)
    {
        // Arrange: a valid token of their own (every page carries the sign-out form), the case of another agency.
        var code = await fixture.CaseCodeAsync();
        var client = await fixture.ClientAsync(user);
        var officer = await fixture.ClientAsync("canbo.ubnd-11311");
        var home = user == "danhgia" ? "/tong-hop" : user == "canbo.snnmt" ? "/ho-so/nhap-moi" : "/nhat-ky";
        var token = (await client.GetDocumentAsync(home)).AntiforgeryToken();

        // Act
        var response = await client.PostAsync($"/ho-so/{code}/thu-ly", new FormUrlEncodedContent(
            [new(HtmlForms.TokenField, token), new("Input.Version", "0")]));
        var status = (await officer.GetDocumentAsync($"/ho-so/{code}")).Text("#case-status");

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user} must not accept another agency's case; got {(int)response.StatusCode}.");
        Assert.Equal("Mới tiếp nhận", status);
    }

    /// <summary>The apps, one case, and one signed-in client per user for the whole table.</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly Dictionary<string, HttpClient> _clients = [];
        private readonly SemaphoreSlim _lock = new(1, 1);
        private string? _code;

        public BackofficeFixture Apps { get; } = new();

        public async Task<string> CaseCodeAsync()
        {
            await _lock.WaitAsync();
            try
            {
                return _code ??= await Apps.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = "Bảng phân quyền: hồ sơ mẫu"));
            }
            finally
            {
                _lock.Release();
            }
        }

        public async Task<HttpClient> ClientAsync(string user)
        {
            await _lock.WaitAsync();
            try
            {
                if (!_clients.TryGetValue(user, out var client))
                {
                    client = await Apps.SignInAsync(user);
                    _clients[user] = client;
                }

                return client;
            }
            finally
            {
                _lock.Release();
            }
        }

        public void Dispose()
        {
            _lock.Dispose();
            Apps.Dispose();
        }
    }
}
