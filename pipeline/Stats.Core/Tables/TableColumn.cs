namespace Stats.Core.Tables;

/// <summary>
/// One column of a hand-over table, declared once: its header, its type, and how a row's value is written; the reader
/// asks a <see cref="TableRow"/> for the same column, so writer and reader can never disagree on a name.
/// </summary>
public sealed record TableColumn<T>(string Name, Type Type, Func<T, object?> Write)
{
    public static TableColumn<T> Text(string name, Func<T, string> write) => new(name, typeof(string), r => write(r));

    public static TableColumn<T> Int(string name, Func<T, int?> write) => new(name, typeof(int), r => write(r));

    public static TableColumn<T> Decimal(string name, Func<T, decimal?> write) => new(name, typeof(decimal), r => write(r));
}
