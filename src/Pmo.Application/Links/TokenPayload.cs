using System.Text.Json.Serialization;

namespace Pmo.Application.Links;

/// <summary>The signed part of a token, with one-letter names to keep links short.</summary>
internal sealed record TokenPayload(string T, string P, string R, int U, long E, string? A);

[JsonSerializable(typeof(TokenPayload))]
internal sealed partial class TokenJson : JsonSerializerContext;
