using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace DanVan.Feedback.Portal.Safety;

/// <summary>
/// A post larger than its page accepts gets 413 and the page /loi/413 in the filer's language, never a 500: refused
/// before a byte is read when its Content-Length says so, and caught when the server's or the form reader's limit
/// trips while reading a body of unknown length. The body is then put aside, so the error page re-executed for the
/// same request does not try to read it again.
/// </summary>
public sealed class RequestTooLargeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            Refuse(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsTooLarge(ex) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            Refuse(context);
        }
    }

    private static void Refuse(HttpContext context)
    {
        context.Request.Body = Stream.Null;
        context.Request.ContentLength = 0;
        context.Request.ContentType = null;
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;

        // The rest of a large body is not worth reading just to keep the connection (HTTP/1.1 only; later versions forbid the header).
        if (HttpProtocol.IsHttp11(context.Request.Protocol))
        {
            context.Response.Headers.Connection = "close";
        }
    }

    // Kestrel's MaxRequestBodySize throws BadHttpRequestException(413); the multipart reader's length limit throws
    // InvalidDataException, which MVC may wrap when it reads the form for model binding.
    private static bool IsTooLarge(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (ex is InvalidDataException && ex.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
