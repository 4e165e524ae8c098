using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class AgendaTitleTests
{
    [Theory]
    [InlineData("  Nominations   for Board\npositions  ", "Nominations for Board positions")]
    [InlineData("Budget\r\n\t2027", "Budget 2027")]
    [InlineData("# Budget 2027", "Budget 2027")]
    [InlineData("### > Budget 2027", "Budget 2027")]
    [InlineData("> quoted", "quoted")]
    [InlineData("- list item", "list item")]
    [InlineData("**Bold** and _italic_ and `code`", "Bold and _italic_ and code")]
    [InlineData("```rm -rf```", "rm -rf")]
    [InlineData("~~struck~~ __under__", "struck under")]
    [InlineData("<b>Budget</b> 2027", "Budget 2027")]
    [InlineData("<at>Tobias</at> please add: Website", "Tobias please add: Website")]
    [InlineData("<script>alert(1)</script>Budget", "alert(1)Budget")]
    [InlineData("Budget<br>2027<p>Finance</p>", "Budget 2027 Finance")]
    [InlineData("<scr<script>ipt>alert(1)", "alert(1)")]
    [InlineData("&lt;b&gt;Budget&lt;/b&gt; &amp; Finance", "Budget & Finance")]
    [InlineData("<<b>b>Budget", "Budget")]
    [InlineData("<a href=\"https://evil.example\">Click</a>", "Click")]
    [InlineData("[Report](https://example.org/report)", "Report (https://example.org/report)")]
    [InlineData("Budget\u200B 2027\uFEFF", "Budget 2027")]
    [InlineData("Bud\u202Eget", "Budget")]
    [InlineData("Budget\u0000\u0007 2027", "Budget 2027")]
    [InlineData("Budget 2027 \u2028 Finance", "Budget 2027 Finance")]
    [InlineData("Budget < 5000 EUR", "Budget < 5000 EUR")]
    [InlineData("Alliance side event at BMS 7 (28 July)", "Alliance side event at BMS 7 (28 July)")]
    [InlineData("Tour de table \u00E0 la Vienne", "Tour de table \u00E0 la Vienne")]
    [InlineData("Cafe\u0301", "Caf\u00E9")]
    public void Titles_become_plain_text_on_one_line(string raw, string expected)
    {
        var title = AgendaTitle.Normalize(raw, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("***")]
    [InlineData("<b></b>")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("# ")]
    public void An_empty_title_gets_an_example(string raw)
    {
        AgendaTitle.Normalize(raw, out var problem);

        Assert.Equal("An agenda item needs a title, e.g. agenda add Nominations for Board positions.", problem);
    }

    [Fact]
    public void A_null_title_gets_an_example()
    {
        AgendaTitle.Normalize(null, out var problem);

        Assert.Equal(AgendaTitle.Missing, problem);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public void A_title_over_200_characters_is_refused(int length)
    {
        AgendaTitle.Normalize(new string('a', length), out var problem);

        Assert.Equal(AgendaTitle.TooLong, problem);
    }

    [Fact]
    public void A_title_of_exactly_200_characters_is_accepted()
    {
        var title = AgendaTitle.Normalize(new string('a', 200), out var problem);

        Assert.Null(problem);
        Assert.Equal(200, title.Length);
    }

    [Fact]
    public void Ten_thousand_characters_of_markup_are_cleaned_quickly_and_safely()
    {
        var hostile = string.Concat(Enumerable.Repeat("<b>*`\u200B\n#", 2_000));

        var title = AgendaTitle.Normalize(hostile, out var problem);

        Assert.Equal(AgendaTitle.Missing, problem);
        Assert.Equal("", title);
    }

    [Fact]
    public void A_lone_surrogate_is_removed_so_the_title_stays_valid_text()
    {
        var title = AgendaTitle.Normalize("Budget \uD800 2027 \uD83D\uDE00", out var problem);

        Assert.Null(problem);
        Assert.Equal("Budget 2027 \uD83D\uDE00", title);
    }
}
