# Program: text statistics over an embedded passage: word counts, top words, line/sentence stats, a bar chart.
TEXT = """It was a bright cold day in April, and the clocks were striking thirteen.
The hallway smelt of boiled cabbage and old rag mats. At one end of it a
coloured poster, too large for indoor display, had been tacked to the wall.
It depicted simply an enormous face, more than a metre wide: the face of a
man of about forty-five, with a heavy black moustache and ruggedly handsome
features. The clocks, the poster, the face -- all of it was old, and all of
it was watching."""

PUNCT = ".,:;!?-\"'()"


def normalize(word):
    return word.strip(PUNCT).lower()


def tokenize(text):
    words = []
    for raw in text.split():
        w = normalize(raw)
        if w:
            words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top_n(counts, n):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:n]


def sentence_lengths(text):
    flat = text.replace("\n", " ")
    sentences = []
    current = []
    for ch in flat:
        current.append(ch)
        if ch in ".!?":
            s = "".join(current).strip()
            if s:
                sentences.append(s)
            current = []
    return [len(tokenize(s)) for s in sentences]


def letter_histogram(words):
    hist = {}
    for w in words:
        for ch in w:
            if ch.isalpha():
                hist[ch] = hist.get(ch, 0) + 1
    return hist


def bar_chart(pairs, width=30):
    biggest = max([v for _, v in pairs])
    lines = []
    for label, value in pairs:
        bar = "#" * max(1, round(value / biggest * width))
        lines.append(f"{label:>10} | {bar} {value}")
    return "\n".join(lines)


def main():
    words = tokenize(TEXT)
    counts = count_words(words)
    print(f"lines: {len(TEXT.splitlines())}, words: {len(words)}, distinct: {len(counts)}")
    print(f"characters: {len(TEXT)}, letters: {sum([c.isalpha() for c in TEXT])}")
    print("top words:")
    for word, n in top_n(counts, 8):
        print(f"  {word:<10}{n:>3}")
    lengths = sentence_lengths(TEXT)
    print("sentence lengths:", lengths, "average:", round(sum(lengths) / len(lengths), 2))
    longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
    print("longest words:", ", ".join(longest))
    hist = letter_histogram(words)
    common = sorted(hist.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    print(bar_chart(common))
    once = sorted([w for w, n in counts.items() if n == 1])
    print(f"hapax legomena: {len(once)}; first five: {once[:5]}")
    capitalized = [raw.strip(PUNCT) for raw in TEXT.split() if raw[:1].isupper()]
    print("capitalized tokens:", capitalized)


main()
