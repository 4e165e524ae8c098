using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class OrdinalTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(9, "9th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    [InlineData(1013, "1013th")]
    public void Numbers_get_their_English_ordinal_suffix(int number, string expected) =>
        Assert.Equal(expected, Ordinal.Of(number));

    [Fact]
    public void A_negative_number_has_no_ordinal() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ordinal.Of(-1));
}
