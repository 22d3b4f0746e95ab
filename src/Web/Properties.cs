using Microsoft.Extensions.Localization;

// The resources are found the same way whichever site hosts them, whatever ResourcesPath it sets.
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("DanVan.Feedback.Web")]
