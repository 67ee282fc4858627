using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Tests.Functions;

public sealed class HostedFunctionTests
{
    [Fact]
    public void HttpTrigger_IsReadFromTheRawBindings()
    {
        var metadata = Metadata("CloseAction", "id-1",
            """{"name":"req","direction":"In","type":"httpTrigger","authLevel":"Function","methods":["post"],"route":"actions/close","properties":{}}""",
            """{"name":"$return","type":"http","direction":"Out"}""");

        var function = HostedFunction.FromMetadata(metadata);

        var trigger = Assert.IsType<HttpTrigger>(function.Trigger);
        Assert.Equal("req", trigger.BindingName);
        Assert.Equal(AuthLevel.Function, trigger.AuthLevel);
        Assert.Equal(["POST"], trigger.Methods);
        Assert.Equal("actions/close", trigger.Route);
        Assert.Equal("id-1", function.Id);
    }

    [Fact]
    public void TimerTrigger_IsReadWithItsScheduleAndRunOnStartup()
    {
        var metadata = Metadata("MonitorTick", "id-2",
            """{"name":"timer","direction":"In","type":"timerTrigger","schedule":"%MONITOR_SCHEDULE%","runOnStartup":true,"properties":{}}""");

        var trigger = Assert.IsType<TimerTrigger>(HostedFunction.FromMetadata(metadata).Trigger);

        Assert.Equal("%MONITOR_SCHEDULE%", trigger.Schedule);
        Assert.True(trigger.RunOnStartup);
    }

    [Fact]
    public void FunctionWithoutAnId_GetsOne_AndTheEchoedMetadataCarriesIt()
    {
        var metadata = Metadata("Tick", "", """{"name":"timer","direction":"In","type":"timerTrigger","schedule":"0 * * * * *"}""");

        var function = HostedFunction.FromMetadata(metadata);

        Assert.False(string.IsNullOrEmpty(function.Id));
        Assert.Equal(function.Id, function.Metadata.FunctionId);
        Assert.Equal(metadata.RawBindings, function.Metadata.RawBindings);
    }

    [Fact]
    public void OtherTriggers_AreKeptForTheAdminApi()
    {
        var metadata = Metadata("OnMessage", "id-3", """{"name":"message","direction":"In","type":"queueTrigger","queueName":"q"}""");

        var trigger = Assert.IsType<OtherTrigger>(HostedFunction.FromMetadata(metadata).Trigger);

        Assert.Equal("queueTrigger", trigger.TriggerType);
    }

    [Fact]
    public void FunctionWithoutATrigger_IsRefused()
    {
        var metadata = Metadata("Orphan", "id-4", """{"name":"$return","type":"http","direction":"Out"}""");

        var error = Assert.Throws<LocalHostConfigurationException>(() => HostedFunction.FromMetadata(metadata));

        Assert.Contains("'Orphan'", error.Message, StringComparison.Ordinal);
    }

    private static RpcFunctionMetadata Metadata(string name, string id, params string[] rawBindings)
    {
        var metadata = new RpcFunctionMetadata { Name = name, FunctionId = id, ScriptFile = "App.dll", EntryPoint = "App.Functions.Run" };
        metadata.RawBindings.Add(rawBindings);
        return metadata;
    }
}
