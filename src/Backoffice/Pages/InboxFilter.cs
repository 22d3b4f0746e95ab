using System.Globalization;
using System.Text;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Backoffice.Pages;

/// <summary>
/// The inbox's filters as the query string carries them, in Vietnamese names and values, so a filtered
/// list is a plain link an officer can bookmark or send. A value the inbox does not know is refused
/// with a message, never guessed at or ignored.
/// </summary>
public sealed record InboxFilter
{
    public const string PageKey = "trang";
    public const string StatusKey = "trang-thai";
    public const string KindKey = "loai";
    public const string TopicKey = "linh-vuc";
    public const string LocalityKey = "xa";
    public const string ChannelKey = "kenh";
    public const string MineKey = "cua-toi";
    public const string DueSoonKey = "sap-han";
    public const string OverdueKey = "qua-han";
    public const string CoordinatingKey = "phoi-hop";

    /// <summary>The value a ticked box sends.</summary>
    public const string Ticked = "1";

    public static readonly IReadOnlyDictionary<CaseStatus, string> StatusValues = new Dictionary<CaseStatus, string>
    {
        [CaseStatus.Received] = "moi-tiep-nhan",
        [CaseStatus.Accepted] = "dang-giai-quyet",
        [CaseStatus.WaitingForFiler] = "cho-bo-sung",
        [CaseStatus.Suspended] = "tam-dinh-chi",
        [CaseStatus.AwaitingApproval] = "cho-duyet",
        [CaseStatus.Answered] = "da-tra-loi",
        [CaseStatus.Refused] = "khong-thu-ly",
        [CaseStatus.Closed] = "da-ket-thuc",
    };

    public static readonly IReadOnlyDictionary<CaseKind, string> KindValues = new Dictionary<CaseKind, string>
    {
        [CaseKind.Feedback] = "phan-anh",
        [CaseKind.Recommendation] = "kien-nghi",
        [CaseKind.Complaint] = "khieu-nai",
        [CaseKind.Denunciation] = "to-cao",
    };

    public static readonly IReadOnlyDictionary<CaseChannel, string> ChannelValues = new Dictionary<CaseChannel, string>
    {
        [CaseChannel.Web] = "cong-thong-tin",
        [CaseChannel.Hotline] = "duong-day-nong",
        [CaseChannel.Phone] = "dien-thoai",
        [CaseChannel.Sms] = "tin-nhan",
        [CaseChannel.Email] = "thu-dien-tu",
        [CaseChannel.InPerson] = "truc-tiep",
        [CaseChannel.Post] = "buu-chinh",
    };

    public static InboxFilter None { get; } = new();

    // The quick filters: one link each, with its count.
    public static InboxFilter OverdueOnly { get; } = new() { Overdue = true };

    public static InboxFilter DueSoonOnly { get; } = new() { DueSoon = true };

    public static InboxFilter MineOnly { get; } = new() { Mine = true };

    public static InboxFilter OfStatus(CaseStatus status) => new() { Status = status };

    /// <summary>
    /// The other tab: the cases the agency is asked to coordinate (phối hợp) rather than lead (chủ trì),
    /// with the same filters. Coordination is other work (an input to give, not an answer), so it has its own list.
    /// </summary>
    public bool Coordinating { get; init; }

    public CaseStatus? Status { get; init; }

    public CaseKind? Kind { get; init; }

    public string? TopicCode { get; init; }

    public string? LocalityCode { get; init; }

    public CaseChannel? Channel { get; init; }

    /// <summary>Only cases assigned to the signed-in officer.</summary>
    public bool Mine { get; init; }

    /// <summary>Only running clocks due between today and the reminder horizon.</summary>
    public bool DueSoon { get; init; }

    /// <summary>Only running clocks past their due date.</summary>
    public bool Overdue { get; init; }

    /// <summary>No filter within the tab.</summary>
    public bool IsNone => this with { Coordinating = false } == None;

    /// <summary>The same filters on the agency's own cases: the quick filters are compared on this.</summary>
    public InboxFilter WithinTab => this with { Coordinating = false };

    /// <summary>The quick filter <paramref name="quick"/> in this tab.</summary>
    public InboxFilter InTab(InboxFilter quick) => quick with { Coordinating = Coordinating };

    /// <summary>
    /// Reads the filters and the page number; each value that is not one the inbox offers adds a message
    /// to <paramref name="errors"/> under the name of its form control. An empty value means "all".
    /// </summary>
    public static (InboxFilter Filter, int PageNumber) Parse(IQueryCollection query, ReferenceDirectory directory, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(errors);
        var filter = new InboxFilter
        {
            Status = Choice(query, StatusKey, "tình trạng", errors, v => Find(StatusValues, v)),
            Kind = Choice(query, KindKey, "loại hồ sơ", errors, v => Find(KindValues, v)),
            TopicCode = Choice(query, TopicKey, "lĩnh vực", errors, v => directory.FindTopic(v)?.Code),
            LocalityCode = Choice(query, LocalityKey, "xã, phường, đặc khu", errors, v => directory.FindLocality(v)?.Code),
            Channel = Choice(query, ChannelKey, "kênh tiếp nhận", errors, v => Find(ChannelValues, v)),
            Mine = Box(query, MineKey, "Hồ sơ giao cho tôi", errors),
            DueSoon = Box(query, DueSoonKey, "Hồ sơ sắp đến hạn", errors),
            Overdue = Box(query, OverdueKey, "Hồ sơ quá hạn", errors),
            Coordinating = Box(query, CoordinatingKey, "Hồ sơ phối hợp", errors),
        };
        if (filter is { DueSoon: true, Overdue: true })
        {
            errors.AddModelError(DueSoonKey, "Một hồ sơ không thể vừa sắp đến hạn vừa quá hạn. Vui lòng chỉ chọn một trong hai ô.");
        }

        var pageNumber = 1;
        if (OneValue(query, PageKey, string.Empty, errors, "Số trang chỉ được ghi một lần.") is { } page
            && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors.AddModelError(string.Empty, $"Số trang \"{Shown(page)}\" không hợp lệ. Số trang là số nguyên từ 1 trở lên.");
            pageNumber = 1;
        }

        return (filter, pageNumber);
    }

    /// <summary>The link to a page of this list: only the filters that are set, always in the same order.</summary>
    public string ToUrl(int pageNumber = 1)
    {
        var parts = new List<(string Key, string Value)>();
        Add(CoordinatingKey, Coordinating ? Ticked : null);
        Add(StatusKey, Status is { } status ? StatusValues[status] : null);
        Add(KindKey, Kind is { } kind ? KindValues[kind] : null);
        Add(TopicKey, TopicCode);
        Add(LocalityKey, LocalityCode);
        Add(ChannelKey, Channel is { } channel ? ChannelValues[channel] : null);
        Add(MineKey, Mine ? Ticked : null);
        Add(DueSoonKey, DueSoon ? Ticked : null);
        Add(OverdueKey, Overdue ? Ticked : null);
        Add(PageKey, pageNumber > 1 ? pageNumber.ToString(CultureInfo.InvariantCulture) : null);

        var url = new StringBuilder("/");
        foreach (var (key, value) in parts)
        {
            url.Append(url.Length == 1 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return url.ToString();

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parts.Add((key, value));
            }
        }
    }

    private static T? Choice<T>(IQueryCollection query, string key, string noun, ModelStateDictionary errors, Func<string, T?> find)
    {
        var value = OneValue(query, key, key, errors, $"Chỉ chọn một {noun}.");
        if (value is null)
        {
            return default;
        }

        var found = find(value);
        if (found is null)
        {
            errors.AddModelError(key, $"Không có {noun} \"{Shown(value)}\" trong danh sách. Vui lòng chọn lại {noun}.");
        }

        return found;
    }

    private static bool Box(IQueryCollection query, string key, string label, ModelStateDictionary errors)
    {
        var value = OneValue(query, key, key, errors, $"Ô \"{label}\" chỉ được ghi một lần.");
        if (value is null or Ticked)
        {
            return value is Ticked;
        }

        errors.AddModelError(key, $"Giá trị \"{Shown(value)}\" của ô \"{label}\" không hợp lệ. Ô này chỉ có chọn hoặc bỏ chọn.");
        return false;
    }

    /// <summary>The one value given for <paramref name="key"/>, or null when it is absent or empty (the form's "all").</summary>
    private static string? OneValue(IQueryCollection query, string key, string errorKey, ModelStateDictionary errors, string twiceMessage)
    {
        var values = query[key];
        if (values.Count > 1)
        {
            errors.AddModelError(errorKey, twiceMessage);
            return null;
        }

        return string.IsNullOrEmpty(values.ToString()) ? null : values.ToString();
    }

    private static T? Find<T>(IReadOnlyDictionary<T, string> values, string value)
        where T : struct, Enum =>
        values.Where(pair => pair.Value == value).Select(pair => (T?)pair.Key).FirstOrDefault();

    // A value is echoed so the officer sees what was wrong, but never at length.
    private static string Shown(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
