// Lets netstandard2.0 compiler components use records and init accessors.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
