# A class-heavy particle simulation with a hand-written random generator.
class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x, self.y, self.vx, self.vy = x, y, vx, vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 1:
            self.vx = -self.vx
        if self.y < 0 or self.y > 1:
            self.vy = -self.vy


rng = Rng(42)
particles = [Particle(rng.next(), rng.next(), rng.next() - 0.5, rng.next() - 0.5) for _ in range(500)]
for _ in range(3000):
    for p in particles:
        p.step(0.01)
print(round(sum([p.x + p.y for p in particles]), 6))
