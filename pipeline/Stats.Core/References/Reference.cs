using Stats.Core.Intervals;
using Stats.Core.Units;

namespace Stats.Core.References;

/// <summary>An outside fact or plausibility band that rules may name (ref.&lt;id&gt;), with its source.</summary>
public sealed record Reference
{
    public Reference(string id, string label, Interval value, string unit, string source, string location, string text = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(source, nameof(source));
        Id = id;
        Label = label ?? "";
        Value = value;
        Unit = unit;
        Source = source;
        Location = location ?? "";
        Text = string.IsNullOrEmpty(text) ? QuantityText.WithUnit(value.ToString(), unit) : text;
    }

    /// <summary>The id without the ref. prefix that rules write before it.</summary>
    public string Id { get; }

    public string Label { get; }

    /// <summary>A printed value as the interval its rounding allows, or a band [low, high].</summary>
    public Interval Value { get; }

    public string Unit { get; }

    /// <summary>The value as the data file writes it, with its unit (3900.5万吨, [50, 1300] kg/亩).</summary>
    public string Text { get; }

    /// <summary>Where the value comes from, as text.</summary>
    public string Source { get; }

    /// <summary>The <c>file:line</c> of its definition.</summary>
    public string Location { get; }
}
