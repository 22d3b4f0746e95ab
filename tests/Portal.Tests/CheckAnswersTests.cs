using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Portal.Tests;

/// <summary>Which step a failed post shows again: the check step only when every answer stands.</summary>
public sealed class CheckAnswersTests
{
    public static TheoryData<string[], bool> Failures => new()
    {
        { [], true },
        { ["Captcha"], true },
        { ["Attachments"], true },
        { ["Captcha", "Attachments"], true },
        { ["Input.TopicCode"], false },
        { ["Captcha", "Input.TopicCode"], false },
        { ["Attachments", "Input.Phone"], false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void OnlyCheckStepFailed_ErrorsOnlyOnTheCaptchaOrTheFiles_ShowsTheCheckStep(string[] failedKeys, bool checkStep)
    {
        // Arrange
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.Description", "Nội dung đã nhập", "Nội dung đã nhập");
        foreach (var key in failedKeys)
        {
            modelState.AddModelError(key, "Lỗi");
        }

        // Act
        var result = CheckAnswers.OnlyCheckStepFailed(modelState);

        // Assert
        Assert.True(result == checkStep, $"Errors under [{string.Join(", ", failedKeys)}] should show the {(checkStep ? "check step" : "form")}.");
    }
}
