namespace PeeringContracts.TestSupport;

/// <summary>How a script that <see cref="NodeScript"/> ran ended: its exit code and what it printed, trimmed.</summary>
public sealed record NodeScriptRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}stdout: {Output}{Environment.NewLine}stderr: {Errors}";
}
