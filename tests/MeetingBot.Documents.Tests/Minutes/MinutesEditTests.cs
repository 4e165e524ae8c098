using System.Text.Json;
using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>The secretary's <c>minutes edit</c>: replace or append by section key, and the stored JSON of both.</summary>
public sealed class MinutesEditTests
{
    private static readonly MinutesDocument Golden = MinutesComposer.Compose(GoldenMeeting.Input());

    [Fact]
    public void Replace_swaps_the_sections_text_for_paragraphs_at_blank_lines()
    {
        var result = Golden.Apply(new MinutesEdit("item-3", MinutesEditMode.Replace,
            "The UNODC reported on the\nconstructive dialogues.\r\n\r\n\r\nRegistration opens in October."));

        Assert.True(result.Succeeded);
        Assert.Equal("\"3. Updates from partners\" is replaced.", result.Message);
        Assert.Equal(["The UNODC reported on the constructive dialogues.", "Registration opens in October."],
            result.Document.Lines("item-3"));
        Assert.Equal("3. Updates from partners", result.Document.Section("item-3")?.Heading);
        Assert.Empty(Golden.Lines("item-3"));
    }

    [Fact]
    public void Append_adds_after_what_is_there()
    {
        var before = Golden.Lines("aob");

        var result = Golden.Apply(new MinutesEdit("AOB", MinutesEditMode.Append, "The chair thanked the interpreters."));

        Assert.True(result.Succeeded);
        Assert.Equal([.. before, "The chair thanked the interpreters."], result.Document.Lines("aob"));
        Assert.Equal(Golden.Sections.Count, result.Document.Sections.Count);
    }

    [Fact]
    public void An_unknown_section_is_refused_with_the_keys_to_choose_from()
    {
        var result = Golden.Apply(new MinutesEdit("item-9", MinutesEditMode.Replace, "Text"));

        Assert.False(result.Succeeded);
        Assert.Same(Golden, result.Document);
        Assert.Equal("These minutes have no section called \"item-9\". Choose one of: header, participants, agenda, " +
                     "item-1, item-2, item-3, tour, aob, next, annex.", result.Message);
    }

    [Fact]
    public void Appending_nothing_and_text_over_the_limit_are_refused()
    {
        var empty = Golden.Apply(new MinutesEdit("aob", MinutesEditMode.Append, " \n\u0007\n "));
        var tooLong = Golden.Apply(new MinutesEdit("aob", MinutesEditMode.Append, new string('a', MinutesEdit.MaxTextLength + 1)));

        Assert.False(empty.Succeeded);
        Assert.Equal("There is no text to add to \"5. AOB\". Write it after the section name.", empty.Message);
        Assert.False(tooLong.Succeeded);
        Assert.Equal("That text is 20,001 characters; one edit can hold 20,000. Split it into several appends.", tooLong.Message);
    }

    [Fact]
    public void Replacing_with_nothing_empties_the_section()
    {
        var result = Golden.Apply(new MinutesEdit("tour", MinutesEditMode.Replace, ""));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Document.Lines("tour"));
    }

    [Fact]
    public void Control_characters_are_cleaned_from_an_edit_and_line_breaks_kept_as_paragraph_breaks()
    {
        var result = Golden.Apply(new MinutesEdit("next", MinutesEditMode.Replace, "Next:\u0000 10\u001b Oct\t\t2027\u2029\u2029Venue\uD800 TBC"));

        Assert.Equal(["Next: 10 Oct 2027", "Venue TBC"], result.Document.Lines("next"));
    }

    [Fact]
    public void Stored_edits_apply_again_to_a_regenerated_draft_and_those_that_no_longer_fit_are_returned()
    {
        MinutesEdit[] edits =
        [
            new("item-2", MinutesEditMode.Append, "The concept note was approved."),
            new("item-7", MinutesEditMode.Replace, "An item withdrawn since."),
            new("next", MinutesEditMode.Replace, "To be confirmed."),
        ];

        var replay = MinutesComposer.Compose(GoldenMeeting.Input()).ApplyAll(edits);

        Assert.Equal([edits[1]], replay.Skipped);
        Assert.Equal("The concept note was approved.", replay.Document.Lines("item-2")[^1]);
        Assert.Equal(["To be confirmed."], replay.Document.Lines("next"));
    }

    [Fact]
    public void Section_choices_list_every_key_with_its_heading()
    {
        var choices = Golden.SectionChoices;

        Assert.Equal(Golden.Sections.Count, choices.Count);
        Assert.Equal(new MinutesSectionChoice("tour", "4. Tour de table"), choices[6]);
        Assert.Equal(new MinutesSectionChoice("header", "9th Informal Meeting of the Alliance"), choices[0]);
    }

    [Fact]
    public void The_document_survives_a_JSON_round_trip_unchanged()
    {
        var json = MinutesJson.Serialize(Golden);

        var read = MinutesJson.Deserialize(json);

        Assert.Equal(json, MinutesJson.Serialize(read));
        Assert.Equal(MarkdownMinutesWriter.Write(Golden), MarkdownMinutesWriter.Write(read));
        Assert.Equal(1, read.Section("header")?.Level);
        Assert.IsType<MinutesLinks>(read.Section("annex")?.Blocks[0]);
        Assert.True(read.Section("tour")?.Blocks.OfType<MinutesParagraph>().First().Emphasis);
        Assert.Contains("\"kind\":\"labelled\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("sectionChoices", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_document_may_have_its_kind_anywhere_in_a_block()
    {
        const string json = """
            {"title":"M","sections":[{"key":"s","heading":"S","level":2,
              "blocks":[{"text":"Bold","emphasis":true,"kind":"paragraph"},{"kind":"links","sharer":"Eve","links":[{"url":"https://a.example/"}]}]}]}
            """;

        var document = MinutesJson.Deserialize(json);

        Assert.Equal(new MinutesParagraph("Bold") { Emphasis = true }, document.Sections[0].Blocks[0]);
        Assert.Null(Assert.IsType<MinutesLinks>(document.Sections[0].Blocks[1]).Links[0].Title);
    }

    [Fact]
    public void Edits_survive_a_JSON_round_trip_with_their_mode_as_a_word()
    {
        MinutesEdit[] edits = [new("aob", MinutesEditMode.Append, "Line one\nLine two"), new("next", MinutesEditMode.Replace, "")];

        var json = MinutesJson.SerializeEdits(edits);

        Assert.Contains("\"mode\":\"Append\"", json, StringComparison.Ordinal);
        Assert.Equal(edits, MinutesJson.DeserializeEdits(json));
        Assert.Empty(MinutesJson.DeserializeEdits("[]"));
        Assert.Empty(MinutesJson.DeserializeEdits(""));
    }

    [Fact]
    public void Text_that_is_not_a_document_is_refused()
    {
        Assert.Throws<JsonException>(() => MinutesJson.Deserialize("null"));
        Assert.ThrowsAny<JsonException>(() => MinutesJson.Deserialize("{\"title\":\"M\",\"sections\":[{\"key\":\"s\",\"heading\":\"S\",\"blocks\":[{\"kind\":\"video\"}]}]}"));
    }
}
