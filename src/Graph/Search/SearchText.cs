using System.Text;

namespace ResourceHub.Graph.Search;

/// <summary>
/// Turns text into search terms, the same way for the index and for queries. Text is normalised to NFKC (full-width
/// forms become ASCII) and lowercased. A run of Chinese (or other CJK) characters gives its overlapping bigrams; a
/// run of letters and digits gives one word, and a dotted or hyphenated run such as <c>education.smart-devices</c>
/// gives its parts and the whole. Everything else separates terms.
/// </summary>
/// <remarks>
/// A term is a 64-bit key. A bigram is its two code points; a character alone (a run of one, and, in the index, the
/// last character of every run) is the code point with a zero second half, so every character of an indexed run
/// starts some key and a one-character query is a range of keys (<see cref="SearchClause"/>). A word of up to seven
/// ASCII characters is packed into its key exactly; a longer word is hashed into 62 bits, where a collision between
/// two words of a network's vocabulary is about as likely as one in 10^7 for a million long words.
/// </remarks>
internal static class SearchText
{
    private const ulong CjkTag = 1UL << 62;
    private const ulong PackedTag = 2UL << 62;
    private const ulong HashedTag = 3UL << 62;
    private const ulong TagMask = 3UL << 62;
    private const int CodePointBits = 21;
    private const ulong CodePointMask = (1UL << CodePointBits) - 1;

    // NFKC of the punctuation, symbols and full-width forms common in Chinese text, one character at a time (，→ ,
    // Ａ → A, 、 stays); null where a character may combine with its neighbours or maps to something less simple.
    private static readonly (char First, string?[] Forms)[] SimpleForms =
        [SimpleRange('\u00A0', '\u00FF'), SimpleRange('\u2000', '\u206F'), SimpleRange('\u3000', '\u303F'), SimpleRange('\uFF00', '\uFFEF')];

    /// <summary>
    /// The text in NFKC. Text of ASCII and common Chinese characters is returned as is; text that adds only common
    /// punctuation and full-width forms is mapped a character at a time (the same result, as none of these characters
    /// composes with another); anything else goes through <see cref="string.Normalize(NormalizationForm)"/>.
    /// </summary>
    public static string Normalize(string text)
    {
        var i = 0;
        while (i < text.Length && IsPlain(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPlain(c)) sb.Append(c);
            else if (SimpleForm(c) is { } form) sb.Append(form);
            else return NormalizeSlow(text);
        }
        return sb.ToString();
    }

    private static bool IsPlain(char c) => c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF);

    private static string? SimpleForm(char c)
    {
        foreach (var (first, forms) in SimpleForms)
        {
            if (c >= first && c < first + forms.Length) return forms[c - first];
        }
        return null;
    }

    private static (char, string?[]) SimpleRange(char first, char last)
    {
        var forms = new string?[last - first + 1];
        for (var c = first; c <= last; c++)
        {
            var alone = c.ToString();
            var form = alone.Normalize(NormalizationForm.FormKC);
            var simple = !IsMark(c) && (form == alone || form.All(IsPlain));
            forms[c - first] = simple ? form : null;
        }
        return (first, forms);
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    private static string NormalizeSlow(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates and U+FFFE make the text invalid for normalisation; read them as U+FFFD, the replacement character.
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
                else sb.Append(char.IsSurrogate(c) || c == '\uFFFE' ? '\uFFFD' : c);
            }
            return sb.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    /// <summary>
    /// Appends the terms of <paramref name="text"/> to <paramref name="terms"/>, in text order. With
    /// <paramref name="endMarkers"/> (the index) the last character of every CJK run is added alone too; without (a
    /// query) only a run of one character is.
    /// </summary>
    public static void Tokenize(string text, List<ulong> terms, bool endMarkers)
    {
        var s = Normalize(text);
        var scanner = new Scanner(terms, endMarkers);
        for (var i = 0; i < s.Length;)
        {
            var rune = Decode(s, i, out var used);
            i += used;
            var cp = rune.Value;
            if (IsCjk(cp))
            {
                scanner.EndWord();
                scanner.Cjk(cp);
            }
            else if (IsWord(rune))
            {
                scanner.EndCjk();
                scanner.Word(Lower(rune));
            }
            else
            {
                scanner.EndCjk();
                if (scanner.InWord && IsConnector(cp) && i < s.Length && IsWordNotCjk(Decode(s, i, out _))) scanner.Connector(rune);
                else scanner.EndWord();
            }
        }
        scanner.EndCjk();
        scanner.EndWord();
    }

    /// <summary>The text with everything but letters, digits and CJK characters removed, lowercased: what phrase and exact-name checks compare.</summary>
    public static string Compact(string text)
    {
        var s = Normalize(text);
        var sb = new StringBuilder(s.Length);
        Span<char> buffer = stackalloc char[2];
        for (var i = 0; i < s.Length;)
        {
            var rune = Decode(s, i, out var used);
            i += used;
            if (IsCjk(rune.Value) || IsWord(rune)) sb.Append(buffer[..Lower(rune).EncodeToUtf16(buffer)]);
        }
        return sb.ToString();
    }

    /// <summary>The keys a query term matches: itself, or for a character alone every key that starts with it.</summary>
    public static SearchClause Clause(ulong term) =>
        (term & TagMask) == CjkTag && (term & CodePointMask) == 0 ? new SearchClause(term, term | CodePointMask) : new SearchClause(term, term);

    private static Rune Decode(string s, int i, out int used)
    {
        Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out used);
        return rune;
    }

    private static bool IsCjk(int cp) =>
        cp is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x3FFFF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF) or 0x3005 or 0x3007;

    private static bool IsWord(Rune rune)
    {
        if (rune.IsAscii) return char.IsAsciiLetterOrDigit((char)rune.Value);
        if (Rune.IsLetterOrDigit(rune)) return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsWordNotCjk(Rune rune) => !IsCjk(rune.Value) && IsWord(rune);

    private static bool IsConnector(int cp) => cp is '.' or '-' or '_';

    private static Rune Lower(Rune rune) =>
        rune.IsAscii ? new Rune(char.ToLowerInvariant((char)rune.Value)) : Rune.ToLowerInvariant(rune);

    private static ulong Cjk(int first, int second) => CjkTag | ((ulong)(uint)first << CodePointBits) | (uint)second;

    /// <summary>The state of one pass over a text: the CJK run and the word (with its parts) being read.</summary>
    private struct Scanner(List<ulong> terms, bool endMarkers)
    {
        private int _previous;
        private int _cjkRun;
        private WordKey _part = WordKey.Start;
        private WordKey _whole = WordKey.Start;
        private int _parts;

        public readonly bool InWord => _part.Length > 0;

        public void Cjk(int cp)
        {
            if (_cjkRun > 0) terms.Add(SearchText.Cjk(_previous, cp));
            _previous = cp;
            _cjkRun++;
        }

        public void EndCjk()
        {
            if (_cjkRun == 1 || (_cjkRun > 1 && endMarkers)) terms.Add(SearchText.Cjk(_previous, 0));
            _cjkRun = 0;
        }

        public void Word(Rune lower)
        {
            _part.Add(lower);
            _whole.Add(lower);
        }

        public void Connector(Rune rune)
        {
            terms.Add(_part.Key);
            _parts++;
            _part = WordKey.Start;
            _whole.Add(rune);
        }

        public void EndWord()
        {
            if (_part.Length == 0) return;
            terms.Add(_part.Key);
            if (_parts > 0) terms.Add(_whole.Key);
            _part = WordKey.Start;
            _whole = WordKey.Start;
            _parts = 0;
        }
    }

    /// <summary>The key of a word read one character at a time: packed while short and ASCII, hashed (FNV-1a) for the rest.</summary>
    private struct WordKey
    {
        public static readonly WordKey Start = new() { _hash = 14695981039346656037UL };

        private ulong _packed;
        private ulong _hash;
        private bool _wide;

        public int Length { get; private set; }

        public void Add(Rune rune)
        {
            Span<char> buffer = stackalloc char[2];
            var n = rune.EncodeToUtf16(buffer);
            for (var k = 0; k < n; k++)
            {
                var c = buffer[k];
                Length++;
                _wide |= c >= 0x80;
                _packed = (_packed << 8) | c;
                _hash = (_hash ^ c) * 1099511628211UL;
            }
        }

        public readonly ulong Key => !_wide && Length <= 7 ? PackedTag | _packed : HashedTag | (Mix(_hash) >> 2);

        // MurmurHash3's finaliser spreads FNV's weak high bits before two of them are dropped for the tag.
        private static ulong Mix(ulong h)
        {
            h ^= h >> 33;
            h *= 0xff51afd7ed558ccdUL;
            h ^= h >> 33;
            h *= 0xc4ceb9fe1a85ec53UL;
            return h ^ (h >> 33);
        }
    }
}
