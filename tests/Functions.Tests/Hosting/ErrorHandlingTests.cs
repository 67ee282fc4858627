using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Functions.Tests.Hosting.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Errors;
using Sentinel.Functions.Hosting.Invocation;
using Sentinel.Functions.Hosting.Timers;

namespace Functions.Tests.Hosting;

/// <summary>Every error leaves as RFC 9457 problem details carrying the invocation id.</summary>
public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task HttpFunctionThrows_Answers500ProblemWithInvocationIdAndNoInternals()
    {
        await using var app = await TestApp.StartAsync(
            HostingMode.CustomHandler,
            a => a.MapGet("/api/boom", string () => throw new InvalidOperationException("connection string Password=hunter2")).AsFunction("Boom"));

        using var response = await app.Client.GetAsync("/api/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(response.Headers.GetValues(InvocationIds.ResponseHeader).Single(), problem["invocationId"]!.GetValue<string>());
        Assert.Contains(app.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error && l.Scope[InvocationIds.ScopeKey] is string id && id == problem["invocationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpFunctionWithInvalidJsonBody_Answers400Problem()
    {
        await using var app = await TestApp.StartAsync(
            HostingMode.CustomHandler,
            a => a.MapPost("/api/rules", (RuleBody body) => Results.Ok(body)).AsFunction("CreateRule"));
        using var content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/api/rules", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(typeof(InvalidInvocationException), 400)]
    [InlineData(typeof(JsonException), 400)]
    [InlineData(typeof(OperationCanceledException), 499)]
    [InlineData(typeof(InvalidOperationException), 500)]
    [InlineData(typeof(NullReferenceException), 500)]
    public void Map_GivesEachExceptionKindItsStatus(Type exceptionType, int status)
    {
        var problem = ProblemExceptionHandler.Map((Exception)Activator.CreateInstance(exceptionType)!);

        Assert.Equal(status, problem.Status);
    }

    public sealed record RuleBody(string Name);
}
