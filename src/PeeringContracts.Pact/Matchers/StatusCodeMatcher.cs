namespace PeeringContracts.Pact.Matchers;

/// <summary>A response status matched by its class; the mock server answers with <see cref="Example"/>.</summary>
public sealed class StatusCodeMatcher
{
    internal StatusCodeMatcher(StatusClass statusClass, int example)
    {
        StatusClass = statusClass;
        Example = example;
    }

    public StatusClass StatusClass { get; }

    public int Example { get; }

    /// <summary>The core's name of the class, e.g. <c>clientError</c>.</summary>
    internal string CoreName => StatusClass switch
    {
        StatusClass.Information => "information",
        StatusClass.Success => "success",
        StatusClass.Redirect => "redirect",
        StatusClass.ClientError => "clientError",
        StatusClass.ServerError => "serverError",
        StatusClass.NonError => "nonError",
        StatusClass.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(StatusClass), StatusClass, "not a status class"),
    };

    public override string ToString() =>
        IntegrationJson.Serialize(new Dictionary<string, object>
        {
            ["pact:matcher:type"] = "statusCode",
            ["status"] = CoreName,
            ["value"] = Example,
        });
}
