namespace PeeringContracts.Broker.Tests.Support;

/// <summary>How a script ended and what it printed.</summary>
internal sealed record ScriptOutcome(string Script, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"{Script} exited {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}stderr:{Environment.NewLine}{StandardError}";
}
