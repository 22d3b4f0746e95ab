using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Web.Localization;

public static class WebLocalization
{
    /// <summary>
    /// Localization from Resources/ (neutral = Vietnamese, .en = English; ADR 9, 22), each string read once
    /// per culture, the shared case vocabulary and the words for Core's refusals. Each site then chooses which cultures it offers.
    /// </summary>
    public static IServiceCollection AddSharedText(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, CachedStringLocalizerFactory>());
        services.TryAddSingleton<CaseVocabulary>();
        services.TryAddSingleton<CaseRuleMessages>();
        return services;
    }
}
