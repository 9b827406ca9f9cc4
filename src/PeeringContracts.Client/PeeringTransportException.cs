namespace PeeringContracts.Client;

/// <summary>No HTTP answer came: the connection failed or the client's timeout passed.</summary>
public sealed class PeeringTransportException : Exception
{
    internal PeeringTransportException(string method, Uri url, string problem, Exception? innerException)
        : base($"{method} {url} got no answer: {problem}", innerException)
    {
        Method = method;
        Url = url;
    }

    public string Method { get; }

    public Uri Url { get; }

    /// <summary>True when the client's timeout passed; false when the connection failed or closed without an answer.</summary>
    public bool TimedOut { get; init; }
}
