namespace PeeringContracts.Pact.Errors;

/// <summary>Anything the Pact binding reports: the native core refused a call, or a verification failed.</summary>
public class PactException : Exception
{
    public PactException(string message)
        : base(message)
    {
    }

    public PactException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
