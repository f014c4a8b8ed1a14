# Program: a seeded linear congruential generator drives dice-rolling experiments and a histogram.


class LCG:
    """Numerical Recipes constants; deterministic pseudo-random numbers."""

    def __init__(self, seed):
        self.state = seed % 2 ** 32

    def next_u32(self):
        self.state = (1664525 * self.state + 1013904223) % 2 ** 32
        return self.state

    def randint(self, lo, hi):
        # the low bits of a power-of-two LCG cycle quickly, so use the high 16 bits
        return lo + (self.next_u32() >> 16) % (hi - lo + 1)

    def random(self):
        return self.next_u32() / 2 ** 32

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randint(0, i)
            items[i], items[j] = items[j], items[i]


def roll_many(rng, dice, times):
    totals = {}
    for _ in range(times):
        total = 0
        for _ in range(dice):
            total += rng.randint(1, 6)
        totals[total] = totals.get(total, 0) + 1
    return totals


def histogram(totals, scale):
    for value in sorted(totals):
        count = totals[value]
        print(f"{value:>3}: {'*' * (count // scale):<40} {count}")


def mean_and_variance(values):
    n = len(values)
    mean = sum(values) / n
    var = sum([(v - mean) ** 2 for v in values]) / n
    return mean, var


def monte_carlo_pi(rng, samples):
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples


def main():
    rng = LCG(2024)
    print("first draws:", [rng.next_u32() for _ in range(5)])
    totals = roll_many(rng, 2, 3600)
    histogram(totals, 20)
    expanded = []
    for value, count in totals.items():
        expanded.extend([value] * count)
    mean, var = mean_and_variance(expanded)
    print(f"mean={mean:.4f} variance={var:.4f}")
    print(f"pi estimate: {monte_carlo_pi(rng, 20000):.5f}")
    deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
    rng.shuffle(deck)
    print("hand:", deck[:5], "remaining:", len(deck) - 5)
    streak = best = 0
    for _ in range(1000):
        if rng.choice(["H", "T"]) == "H":
            streak += 1
            best = max(best, streak)
        else:
            streak = 0
    print("longest run of heads in 1000 flips:", best)


main()
