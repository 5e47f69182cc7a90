using System.Net.Http.Headers;

namespace Pmo.Mail.Tests.SendGrid;

public sealed class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly SendGridOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        RetryMaxDelay = TimeSpan.FromSeconds(30),
    };

    private static HttpResponseHeaders Headers(Action<HttpResponseHeaders> set)
    {
        using var response = new HttpResponseMessage();
        set(response.Headers);
        return response.Headers;
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 8)]
    [InlineData(10, 30)] // capped
    public void Without_server_hints_the_delay_doubles_and_is_capped(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryDelay.Compute(null, attempt, Options, Now));

    [Fact]
    public void Retry_After_in_seconds_wins_over_backoff() =>
        Assert.Equal(TimeSpan.FromSeconds(5),
            RetryDelay.Compute(Headers(h => h.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(5))), 3, Options, Now));

    [Fact]
    public void Retry_After_as_a_date_is_measured_from_now() =>
        Assert.Equal(TimeSpan.FromSeconds(20),
            RetryDelay.Compute(Headers(h => h.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(20))), 0, Options, Now));

    [Fact]
    public void A_huge_Retry_After_is_capped() =>
        Assert.Equal(TimeSpan.FromSeconds(30),
            RetryDelay.Compute(Headers(h => h.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1))), 0, Options, Now));

    [Fact]
    public void A_reset_in_the_past_means_no_wait() =>
        Assert.Equal(TimeSpan.Zero,
            RetryDelay.Compute(Headers(h => h.Add("X-RateLimit-Reset", Now.AddSeconds(-5).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))), 0, Options, Now));
}
